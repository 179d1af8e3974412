/**
 * isDatabaseUnavailable on the errors the drivers really throw: node-postgres against closed ports, servers that hang
 * up, reset or never answer, a PostgreSQL-speaking stub that answers with the shutdown and start-up errors (PostgreSQL
 * itself cannot be stopped in a unit test; the DatabaseError objects are still pg's own, parsed from the wire), a
 * locked SQLite file and a MongoDB client with no server.
 */
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'

import { createClient } from '@libsql/client'
import { GraphQLError } from 'graphql'
import { MongoClient } from 'mongodb'
import pg from 'pg'

import { DATABASE_UNAVAILABLE_MESSAGE, databaseUnavailableMessage, isDatabaseUnavailable, rootMessage } from '@/db/unavailable'

type Behaviour = 'hang up' | 'never answer' | 'reset' | 'ready' | 'starting up' | 'shut down on query' | 'duplicate key on query'

const message = (type: string, body: Buffer) => {
  const length = Buffer.alloc(4)
  length.writeInt32BE(body.length + 4)
  return Buffer.concat([Buffer.from(type), length, body])
}
const errorResponse = (severity: string, code: string, text: string) =>
  message('E', Buffer.from(`S${severity}\0V${severity}\0C${code}\0M${text}\0\0`))
const AUTHENTICATION_OK = message('R', Buffer.from([0, 0, 0, 0]))
const READY_FOR_QUERY = message('Z', Buffer.from('I'))

const servers: net.Server[] = []
/** A TCP server on a free port that behaves like a PostgreSQL server in one particular state. */
async function stubServer(behaviour: Behaviour): Promise<number> {
  const server = net.createServer((socket) => {
    socket.on('error', () => {})
    if (behaviour === 'hang up') return void socket.destroy()
    if (behaviour === 'reset') return void socket.resetAndDestroy()
    let started = false
    socket.on('data', (data) => {
      if (behaviour === 'never answer' || data[0] === 'X'.charCodeAt(0)) return // X: the client says goodbye
      if (behaviour === 'starting up') return void socket.end(errorResponse('FATAL', '57P03', 'the database system is starting up'))
      if (!started) {
        started = true
        return void socket.write(Buffer.concat([AUTHENTICATION_OK, READY_FOR_QUERY]))
      }
      if (behaviour === 'shut down on query') socket.end(errorResponse('FATAL', '57P01', 'terminating connection due to administrator command'))
      if (behaviour === 'duplicate key on query') socket.write(Buffer.concat([errorResponse('ERROR', '23505', 'duplicate key value violates unique constraint "users_email_idx"'), READY_FOR_QUERY]))
    })
  })
  servers.push(server)
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return (server.address() as net.AddressInfo).port
}

/** A port nothing listens on. */
async function closedPort(): Promise<number> {
  const server = net.createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as net.AddressInfo
  await new Promise((resolve) => server.close(resolve))
  return port
}

const clientFor = (port: number, options: Partial<pg.ClientConfig> = {}) =>
  new pg.Client({ host: '127.0.0.1', password: 'x', port, user: 'postgres', ...options })

async function errorOf(run: () => Promise<unknown>): Promise<Error> {
  try {
    await run()
  } catch (error) {
    return error as Error
  }
  throw new Error('expected a failure')
}

afterAll(async () => {
  await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))))
})

describe('isDatabaseUnavailable: PostgreSQL (node-postgres)', () => {
  it('a stopped server: connection refused', async () => {
    const port = await closedPort()
    const error = await errorOf(() => clientFor(port).connect())
    expect((error as NodeJS.ErrnoException).code).toBe('ECONNREFUSED')
    expect(isDatabaseUnavailable(error)).toBe(true)
  })

  it('a server that hangs up or resets the connection', async () => {
    const hungUp = await errorOf(async () => clientFor(await stubServer('hang up')).connect())
    expect(hungUp.message).toBe('Connection terminated unexpectedly')
    expect(isDatabaseUnavailable(hungUp)).toBe(true)
    const reset = await errorOf(async () => clientFor(await stubServer('reset')).connect())
    expect((reset as NodeJS.ErrnoException).code).toBe('ECONNRESET')
    expect(isDatabaseUnavailable(reset)).toBe(true)
  })

  it('a server that never answers: connection timeout, and a pool with no free client', async () => {
    const silent = await stubServer('never answer')
    const timedOut = await errorOf(() => clientFor(silent, { connectionTimeoutMillis: 100 }).connect())
    expect(timedOut.message).toBe('timeout expired')
    expect(isDatabaseUnavailable(timedOut)).toBe(true)

    const pool = new pg.Pool({ connectionTimeoutMillis: 100, host: '127.0.0.1', max: 1, password: 'x', port: await stubServer('ready'), user: 'postgres' })
    const held = await pool.connect()
    const exhausted = await errorOf(() => pool.connect())
    expect(exhausted.message).toBe('timeout exceeded when trying to connect')
    expect(isDatabaseUnavailable(exhausted)).toBe(true)
    held.release()
    await pool.end()

    const pooled = new pg.Pool({ connectionTimeoutMillis: 100, host: '127.0.0.1', password: 'x', port: silent, user: 'postgres' })
    const poolTimeout = await errorOf(() => pooled.query('select 1'))
    expect(poolTimeout.message).toBe('Connection terminated due to connection timeout')
    expect(isDatabaseUnavailable(poolTimeout)).toBe(true)
    await pooled.end()
  })

  it('a server starting up or shutting down (SQLSTATE 57P03, 57P01), and a client whose connection is gone', async () => {
    const startingUp = await errorOf(async () => clientFor(await stubServer('starting up')).connect())
    expect(startingUp).toBeInstanceOf(pg.DatabaseError)
    expect((startingUp as pg.DatabaseError).code).toBe('57P03')
    expect(isDatabaseUnavailable(startingUp)).toBe(true)

    const client = clientFor(await stubServer('shut down on query'))
    client.on('error', () => {})
    await client.connect()
    const shutDown = await errorOf(() => client.query('select 1'))
    expect((shutDown as pg.DatabaseError).code).toBe('57P01')
    expect(isDatabaseUnavailable(shutDown)).toBe(true)
    await new Promise((resolve) => setTimeout(resolve, 20)) // the server has closed the socket
    const gone = await errorOf(() => client.query('select 1'))
    expect(isDatabaseUnavailable(gone)).toBe(true)
  })

  it('the same errors inside the wrappers Payload and GraphQL put around them', async () => {
    const refused = await errorOf(async () => clientFor(await closedPort()).connect())
    // @payloadcms/drizzle's beginTransaction keeps only the message; drizzle-orm's DrizzleQueryError keeps the cause.
    expect(isDatabaseUnavailable(new Error(`Error: cannot begin transaction: ${refused.message}`))).toBe(true)
    expect(isDatabaseUnavailable(new Error('Failed query: select 1\nparams: ', { cause: refused }))).toBe(true)
    expect(isDatabaseUnavailable(new GraphQLError('Something went wrong.', { originalError: refused }))).toBe(true)
    // Logged in one line: the driver's words, not the wrapper's SQL.
    expect(rootMessage(new Error(`Failed query: select 1 ${'x'.repeat(5000)}`, { cause: refused }))).toMatch(/^connect ECONNREFUSED 127\.0\.0\.1:\d+$/)
  })

  it('is false for errors a retry will not fix', async () => {
    const client = clientFor(await stubServer('duplicate key on query'))
    await client.connect()
    const duplicate = await errorOf(() => client.query('insert into users default values'))
    expect((duplicate as pg.DatabaseError).code).toBe('23505')
    expect(isDatabaseUnavailable(duplicate)).toBe(false)
    await client.end()

    const missingFile = await errorOf(async () => fs.readFileSync(path.join(os.tmpdir(), 'no-such-carepath-file')))
    expect(isDatabaseUnavailable(missingFile)).toBe(false)
    expect(isDatabaseUnavailable(new Error('Something else broke'))).toBe(false)
    expect(isDatabaseUnavailable(undefined)).toBe(false)
    expect(isDatabaseUnavailable('ECONNREFUSED')).toBe(false)
  })

  it('is false for an outgoing HTTP request that could not connect (a webhook target, not the database)', async () => {
    const fetchFailed = await errorOf(async () => fetch(`http://127.0.0.1:${await closedPort()}/`))
    expect(((fetchFailed as Error & { cause?: NodeJS.ErrnoException }).cause)?.code).toBe('ECONNREFUSED')
    expect(isDatabaseUnavailable(fetchFailed)).toBe(false)
  })
})

describe('isDatabaseUnavailable: SQLite and MongoDB', () => {
  it('a SQLite file locked by another connection (SQLITE_BUSY)', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'carepath-busy-'))
    const url = `file:${path.join(dir, 'busy.db')}`
    const holder = createClient({ url })
    const other = createClient({ url })
    try {
      await holder.execute('create table t (x integer)')
      const transaction = await holder.transaction('write')
      await transaction.execute('insert into t values (1)')
      await other.execute('pragma busy_timeout = 0')
      const busy = await errorOf(() => other.execute('insert into t values (2)'))
      expect(busy.message).toMatch(/SQLITE_BUSY|database is locked/)
      expect(isDatabaseUnavailable(busy)).toBe(true)
      await transaction.rollback()
    } finally {
      holder.close()
      other.close()
      fs.rmSync(dir, { force: true, recursive: true })
    }
  })

  it('MongoDB with no server to select', async () => {
    const client = new MongoClient(`mongodb://127.0.0.1:${await closedPort()}/carepath`, { serverSelectionTimeoutMS: 100 })
    const error = await errorOf(() => client.connect())
    expect(error.name).toBe('MongoServerSelectionError')
    expect(isDatabaseUnavailable(error)).toBe(true)
    await client.close()
  })
})

describe('databaseUnavailableMessage', () => {
  it('tells writers that nothing was saved, and readers just to try again', () => {
    expect(databaseUnavailableMessage('PATCH')).toBe(DATABASE_UNAVAILABLE_MESSAGE)
    expect(databaseUnavailableMessage('POST')).toMatch(/nothing was saved/)
    expect(databaseUnavailableMessage('GET')).toBe('The database is unavailable right now. Try again in a few seconds.')
  })
})
