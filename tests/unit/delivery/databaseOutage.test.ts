/**
 * The fast delivery path while the database is down: API keys known a moment ago keep working and the index answers
 * from memory, without any request waiting for a database that is not there. Payload is a stub here (its `find` and
 * `findGlobal` fail with the connection-refused error node-postgres throws, or never answer, as a black-holed host).
 */
import net from 'node:net'

import { jest } from '@jest/globals'
import pg from 'pg'

import { ApiKeyCache, KEY_LOOKUP_WAIT_MS } from '@/delivery/server/authenticate'
import { DeliveryStore, SYNC_INTERVAL_MS } from '@/delivery/store'

async function connectionRefused(): Promise<Error> {
  const server = net.createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as net.AddressInfo
  await new Promise((resolve) => server.close(resolve))
  return new pg.Client({ host: '127.0.0.1', port }).connect().then(
    () => Promise.reject(new Error('expected a refused connection')),
    (error: Error) => error,
  )
}

const never = () => new Promise<never>(() => {})
const client = { id: 7, kind: 'website', name: 'Website' }

function stubPayload() {
  return {
    find: jest.fn<(...args: unknown[]) => Promise<unknown>>(),
    findGlobal: jest.fn<(...args: unknown[]) => Promise<unknown>>(),
    logger: { warn: jest.fn() },
    secret: 'test-secret',
  }
}

afterEach(() => {
  jest.useRealTimers()
})

describe('ApiKeyCache while the database is down', () => {
  it('keeps a key it knew, answers at once, and re-reads the database at most once a second', async () => {
    jest.useFakeTimers({ doNotFake: ['nextTick', 'setImmediate', 'queueMicrotask'], now: 0 })
    const payload = stubPayload()
    const keys = new ApiKeyCache(payload as never)
    payload.find.mockResolvedValueOnce({ docs: [client] })
    expect(await keys.userFor('api-clients API-Key known')).toMatchObject({ collection: 'api-clients', id: 7 })

    const refused = await connectionRefused()
    payload.find.mockRejectedValue(refused)
    jest.setSystemTime(1500)
    expect(await keys.userFor('api-clients API-Key known')).toMatchObject({ id: 7 })
    expect(payload.find).toHaveBeenCalledTimes(2)
    expect(await keys.userFor('api-clients API-Key known')).toMatchObject({ id: 7 }) // cached again for a second
    expect(payload.find).toHaveBeenCalledTimes(2)

    // A database that does not answer at all: the last known state, without waiting for it.
    payload.find.mockImplementation(never)
    jest.setSystemTime(3000)
    expect(await keys.userFor('api-clients API-Key known')).toMatchObject({ id: 7 })
    expect(payload.find).toHaveBeenCalledTimes(3)
  })

  it('refuses a key it never saw with the database error (answered 503 by the fast path)', async () => {
    const payload = stubPayload()
    payload.find.mockRejectedValue(await connectionRefused())
    await expect(new ApiKeyCache(payload as never).userFor('api-clients API-Key unknown')).rejects.toMatchObject({ code: 'ECONNREFUSED' })
  })

  it('waits at most KEY_LOOKUP_WAIT_MS for a slow database before answering with what it knew', async () => {
    jest.useFakeTimers({ doNotFake: ['nextTick', 'setImmediate', 'queueMicrotask'], now: 0 })
    const payload = stubPayload()
    const keys = new ApiKeyCache(payload as never)
    payload.find.mockResolvedValueOnce({ docs: [client] })
    await keys.userFor('api-clients API-Key known')
    payload.find.mockImplementation(never)
    jest.setSystemTime(1500)
    const answer = keys.userFor('api-clients API-Key known')
    await jest.advanceTimersByTimeAsync(KEY_LOOKUP_WAIT_MS)
    expect(await answer).toMatchObject({ id: 7 })
  })

  it('still stops accepting a disabled key within a second while the database answers', async () => {
    jest.useFakeTimers({ doNotFake: ['nextTick', 'setImmediate', 'queueMicrotask'], now: 0 })
    const payload = stubPayload()
    const keys = new ApiKeyCache(payload as never)
    payload.find.mockResolvedValueOnce({ docs: [client] })
    await keys.userFor('api-clients API-Key known')
    payload.find.mockResolvedValueOnce({ docs: [] })
    jest.setSystemTime(1500)
    expect(await keys.userFor('api-clients API-Key known')).toBeNull()
  })
})

describe('DeliveryStore.fresh while the database is down', () => {
  it('answers from the loaded index without waiting once a sync has failed, and retries in the background', async () => {
    jest.useFakeTimers({ doNotFake: ['nextTick', 'setImmediate', 'queueMicrotask'], now: 10_000 })
    const payload = stubPayload()
    const store = new DeliveryStore(payload as never)
    payload.findGlobal.mockRejectedValue(await connectionRefused())
    await store.fresh() // the first failure is met by a request (it fails fast)
    expect(payload.findGlobal).toHaveBeenCalledTimes(1)
    expect(payload.logger.warn).toHaveBeenCalledTimes(1)

    // Now the database hangs (a host that drops packets): requests must not wait for the sync.
    payload.findGlobal.mockImplementation(never)
    jest.setSystemTime(10_000 + SYNC_INTERVAL_MS + 1)
    let answered = false
    void store.fresh().then(() => (answered = true))
    await Promise.resolve()
    await Promise.resolve()
    expect(answered).toBe(true)
    expect(payload.findGlobal).toHaveBeenCalledTimes(2) // the retry runs in the background
  })
})
