/**
 * Whether an error means "the database cannot be reached right now" (stopped, restarting, unreachable, too busy),
 * as opposed to a bug or a bad request: those requests answer 503 with Retry-After, because trying again shortly works.
 * Pure: reads only an error's name, code, message and cause chain.
 */

export const DATABASE_UNAVAILABLE_MESSAGE = 'The database is unavailable right now; nothing was saved. Try again in a few seconds.'
export const DATABASE_UNAVAILABLE_READ_MESSAGE = 'The database is unavailable right now. Try again in a few seconds.'
export const DATABASE_RETRY_AFTER_SECONDS = 5

/** The message for a request: reads need not hear that nothing was saved. */
export const databaseUnavailableMessage = (method?: string): string =>
  method === 'GET' || method === 'HEAD' ? DATABASE_UNAVAILABLE_READ_MESSAGE : DATABASE_UNAVAILABLE_MESSAGE

/** PostgreSQL SQLSTATEs: 08xxx connection exceptions, 57P01–57P03 shutdown/crash/starting up, 53300 too many connections. */
const UNAVAILABLE_SQLSTATE = /^(08[0-9A-Z]{3}|57P0[123]|53300)$/
/** Socket errors reaching a database server (Node error codes). */
const UNREACHABLE_SOCKET = new Set(['EAI_AGAIN', 'ECONNREFUSED', 'ECONNRESET', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EPIPE', 'ETIMEDOUT'])
/** SQLite: another connection holds the lock for longer than the busy timeout. */
const SQLITE_BUSY = /^SQLITE_(BUSY|LOCKED)(_|$)/
/** MongoDB driver and Mongoose: no server to talk to. */
const MONGO_UNAVAILABLE = new Set(['MongoNetworkError', 'MongoNetworkTimeoutError', 'MongoServerSelectionError', 'MongooseServerSelectionError'])
/**
 * The same failures by message, for wrappers that keep only the text (Payload's drizzle adapter rethrows a failed
 * BEGIN as `Error: cannot begin transaction: <message>`): node-postgres' and PostgreSQL's own wording.
 */
const UNAVAILABLE_MESSAGE = new RegExp(
  [
    '\\b(connect|read|write) (ECONNREFUSED|ECONNRESET|EHOSTUNREACH|ENETUNREACH|EPIPE|ETIMEDOUT)\\b',
    '\\bgetaddrinfo (ENOTFOUND|EAI_AGAIN)\\b',
    'Connection terminated unexpectedly',
    'Connection terminated due to connection timeout',
    'timeout exceeded when trying to connect',
    '^timeout expired$',
    'Client has encountered a connection error and is not queryable',
    'terminating connection due to administrator command',
    'the database system is (shutting down|starting up|in recovery mode|not yet accepting connections)',
    'sorry, too many clients already',
    '\\bSQLITE_(BUSY|LOCKED)\\b',
    '\\bdatabase is locked\\b',
  ].join('|'),
)

interface ErrorLike {
  cause?: unknown
  code?: unknown
  message?: unknown
  name?: unknown
  originalError?: unknown
}

export function isDatabaseUnavailable(error: unknown): boolean {
  const seen = new Set<unknown>()
  // Follow wrappers (drizzle's "Failed query" keeps the driver error as `cause`, GraphQL as `originalError`).
  for (let current = error; current && typeof current === 'object' && !seen.has(current); ) {
    seen.add(current)
    const { cause, code, message, name, originalError } = current as ErrorLike
    // A failed outgoing HTTP request (fetch) is not the database, whatever its cause says.
    if (name === 'TypeError' && message === 'fetch failed') return false
    if (typeof code === 'string' && (UNAVAILABLE_SQLSTATE.test(code) || UNREACHABLE_SOCKET.has(code) || SQLITE_BUSY.test(code))) return true
    if (typeof name === 'string' && MONGO_UNAVAILABLE.has(name)) return true
    if (typeof message === 'string' && UNAVAILABLE_MESSAGE.test(message)) return true
    current = originalError ?? cause
  }
  return false
}

/** The innermost message of an error chain (e.g. "connect ECONNREFUSED 127.0.0.1:5432"), for one-line logs. */
export function rootMessage(error: unknown): string {
  const seen = new Set<unknown>()
  let message = String(error)
  for (let current = error; current && typeof current === 'object' && !seen.has(current); ) {
    seen.add(current)
    const { cause, message: text, originalError } = current as ErrorLike
    if (typeof text === 'string' && text) message = text
    current = originalError ?? cause
  }
  return message.length > 200 ? `${message.slice(0, 200)}…` : message
}
