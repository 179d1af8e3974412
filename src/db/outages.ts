import type { DatabaseAdapterObj } from 'payload'
import type { Pool, PoolClient } from 'pg'

import { isDatabaseUnavailable } from './unavailable'

/** How long opening a PostgreSQL connection may take (node-postgres waits forever by default). */
export const CONNECT_TIMEOUT_MS = 5000
/** A client that lost its connection and is still checked out this long afterwards has been abandoned. */
const ABANDONED_AFTER_MS = 10_000

const unreachable = new WeakSet<object>()

/**
 * Whether this Payload's database was unavailable at its most recent call (from any request). Payload's sign-in
 * strategies swallow a failed user lookup and carry on as an anonymous caller, so during an outage an editor's save is
 * refused as "not allowed"; this lets that answer say what really happened.
 */
export function databaseUnreachable(payload: { db?: unknown } | null | undefined): boolean {
  const db = payload?.db
  return Boolean(db && typeof db === 'object' && unreachable.has(db))
}

/** Wraps every adapter method to note whether the database answered its most recent call. */
export function trackReachability(adapter: DatabaseAdapterObj): DatabaseAdapterObj {
  return {
    ...adapter,
    init: (args) => {
      const db = adapter.init(args) as unknown as Record<string, unknown>
      for (const [name, method] of Object.entries(db)) {
        if (typeof method !== 'function') continue
        db[name] = function tracked(this: unknown, ...params: unknown[]) {
          const result: unknown = method.apply(this, params)
          if (!(result instanceof Promise)) return result
          return result.then(
            (value: unknown) => {
              unreachable.delete(db)
              return value
            },
            (error: unknown) => {
              if (isDatabaseUnavailable(error)) unreachable.add(db)
              throw error
            },
          )
        }
      }
      return db as never
    },
  }
}

/** The parts of Payload's PostgreSQL adapter this module works with (assigned by the adapter's `connect()`). */
interface PostgresAdapterInternals {
  commitTransaction: (id: number | Promise<number | string> | string) => Promise<void>
  drizzle?: DrizzleDatabase
  pool?: Pool
  sessions: Record<number | string, { db: object } | undefined>
}
interface DrizzleDatabase {
  transaction: (run: (tx: object) => Promise<unknown>, config?: unknown) => Promise<unknown>
}

/**
 * Keeps the process alive through a PostgreSQL restart and makes a save whose COMMIT failed fail too.
 * - node-postgres re-emits a lost connection as an 'error' event on the pool (idle clients) or on the client
 *   (checked-out ones); with no listener, Node ends the process. The adapter creates its pool inside `connect()`, so
 *   the listeners go on as the pool is assigned, before any client exists.
 * - Payload's adapter swallows an error from drizzle's COMMIT: a save whose connection died after its last statement
 *   was reported as saved although PostgreSQL had rolled it back. Such a commit now throws the driver's error.
 */
export function survivePostgresRestarts(adapter: DatabaseAdapterObj): DatabaseAdapterObj {
  return {
    ...adapter,
    init: (args) => {
      const db = adapter.init(args)
      const internals = db as unknown as PostgresAdapterInternals
      const warn = (msg: string, err: Error) => args.payload.logger.warn({ err, msg })
      onAssign<Pool>(db, 'pool', (pool) => listenForLostConnections(pool, warn))
      onAssign<DrizzleDatabase>(db, 'drizzle', rememberFailedTransactions)
      const commit = internals.commitTransaction
      internals.commitTransaction = async function commitOrThrow(this: PostgresAdapterInternals, id) {
        const transactionID = id instanceof Promise ? await id : id
        const transaction = this.sessions[transactionID]?.db
        await commit.call(this, transactionID)
        const failure = transaction && failedTransactions.get(transaction)
        if (failure) throw failure
      }
      return db
    },
  }
}

/** Runs `configure` on every value assigned to `object[key]`. */
function onAssign<T>(object: object, key: string, configure: (value: T) => void) {
  let current: T | undefined
  Object.defineProperty(object, key, {
    configurable: true,
    enumerable: true,
    get: () => current,
    set: (value: T | undefined) => {
      current = value
      if (value) configure(value)
    },
  })
}

const failedTransactions = new WeakMap<object, Error>()

/** Notes, per transaction, the error a drizzle transaction ended with (Payload's adapter discards it). */
function rememberFailedTransactions(drizzle: DrizzleDatabase) {
  const transaction = drizzle.transaction.bind(drizzle)
  drizzle.transaction = (run, config) => {
    let tx: object | undefined
    return transaction((opened) => run((tx = opened)), config).catch((error: unknown) => {
      if (tx && error instanceof Error) failedTransactions.set(tx, error)
      throw error
    })
  }
}

function listenForLostConnections(pool: Pool, warn: (message: string, error: Error) => void) {
  const checkedOut = new WeakSet<PoolClient>()
  pool.on('acquire', (client) => checkedOut.add(client))
  pool.on('release', (_error, client) => checkedOut.delete(client))
  // An idle client: the pool has already dropped it and opens a new connection when one is needed.
  pool.on('error', (error) => warn('PostgreSQL closed an idle connection; a new one is opened when needed', error))
  pool.on('connect', (client) => {
    client.on('error', (error) => {
      if (!checkedOut.has(client)) return // idle: reported by the pool above
      // Its holder sees the error on its next query and releases it. Payload's adapter keeps one client checked out
      // for good, and drizzle never releases one whose BEGIN failed: without this, each outage could cost a pool slot.
      setTimeout(() => {
        if (!checkedOut.has(client)) return
        try {
          client.release(error)
        } catch {
          // released in the meantime
        }
      }, ABANDONED_AFTER_MS).unref()
    })
  })
}
