/**
 * PostgreSQL going away mid-load: the process lives on, delivery answers from memory, writes answer 503 with a message
 * a person understands and leave the stored document as it was, and everything works again once PostgreSQL is back,
 * without a restart. PostgreSQL only: the test database is reached through a TCP proxy the test cuts (new connections
 * refused, open ones dropped), so the PostgreSQL server other tests share keeps running.
 */
import http from 'node:http'
import type { AddressInfo } from 'node:net'

import type { CollectionAfterChangeHook } from 'payload'

import { parseDatabaseURI } from '@/db/databaseURI'
import { DATABASE_UNAVAILABLE_MESSAGE } from '@/db/unavailable'
import { createFastDeliveryHandler } from '@/delivery/server/fastHandler'
import { deliveryStore, SYNC_INTERVAL_MS } from '@/delivery/store'

import { createApiClient, createStaff, lexical, publishApproved } from './helpers/fixtures'
import { apiClient } from './helpers/http'
import { bootCarepath, type TestCarepath } from './helpers/payload'
import { TcpProxy } from './helpers/tcpProxy'
import { createTestDatabase } from './helpers/testDatabase'

const postgresOnly = parseDatabaseURI(process.env.DATABASE_URI).kind === 'postgres' ? describe : describe.skip

const PERSONALIZED = `query { personalizedContent(profile: { stage: awareness }, limit: 10) { id title } }`
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

postgresOnly('PostgreSQL outage', () => {
  let carepath: TestCarepath
  let proxy: TcpProxy
  let api: ReturnType<typeof apiClient>
  let server: http.Server
  let deliveryURL: string
  let editor: string
  let websiteKey: string
  let draftId: number

  beforeAll(async () => {
    const database = await createTestDatabase()
    const target = new URL(database.uri)
    proxy = new TcpProxy({ host: target.hostname, port: Number(target.port || 5432) })
    await proxy.restore()
    carepath = await bootCarepath({ database: { ...database, uri: proxy.uri(database.uri) } })
    api = apiClient(carepath.config)
    const { payload } = carepath
    editor = (await createStaff(payload, ['editor'], 'editor')).token
    websiteKey = (await createApiClient(payload, 'website')).apiKey
    await publishApproved(payload, { collection: 'articles', data: { body: lexical('Plain words.'), stages: ['awareness'], title: 'Living with diabetes' } })
    const draft = await payload.create({ collection: 'articles', data: { _status: 'draft', stages: ['awareness'], title: 'Draft before the outage' } as never, draft: true })
    draftId = draft.id as number

    const fast = createFastDeliveryHandler(payload)
    server = http.createServer((req, res) => void fast(req, res).then((handled) => handled || res.writeHead(404).end()))
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    deliveryURL = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })

  afterAll(async () => {
    await proxy?.restore().catch(() => {}) // listening already when the test restored it
    await new Promise((resolve) => server?.close(resolve))
    await carepath?.shutdown()
    await proxy?.cut()
  })

  const deliver = async () => {
    const started = Date.now()
    const res = await fetch(`${deliveryURL}/api/delivery/graphql`, {
      body: JSON.stringify({ query: PERSONALIZED }),
      headers: { Authorization: `api-clients API-Key ${websiteKey}`, 'Content-Type': 'application/json' },
      method: 'POST',
    })
    const body = await res.json()
    return { ms: Date.now() - started, status: res.status, titles: (body.data?.personalizedContent ?? []).map((item: { title: string }) => item.title), body }
  }
  const saveDraft = (title: string) => api.rest('PATCH', `articles/${draftId}?draft=true&depth=0`, { auth: { token: editor }, body: { title } })
  const storedTitle = async () => (await carepath.payload.findByID({ collection: 'articles', depth: 0, draft: true, id: draftId })).title

  it('keeps delivering from memory, refuses writes with 503, and recovers by itself', async () => {
    const { payload } = carepath
    const before = await deliver()
    expect(before).toMatchObject({ status: 200, titles: ['Living with diabetes'] })
    // Idle pooled connections and one checked out in an open transaction: PostgreSQL closes both kinds when it stops.
    await Promise.all(Array.from({ length: 4 }, () => payload.count({ collection: 'articles' })))
    const openTransaction = await payload.db.beginTransaction()

    await proxy.cut()
    try {
      await sleep(SYNC_INTERVAL_MS + 100) // the delivery index and the API key are due for a re-read
      for (let i = 0; i < 8; i += 1) {
        const during = await deliver()
        expect(during.status).toBe(200)
        expect(during.titles).toEqual(['Living with diabetes'])
        expect(during.ms).toBeLessThan(1000) // no request waits for a database that is down
        await sleep(150)
      }

      const rest = await saveDraft('Saved during the outage')
      expect(rest.status).toBe(503)
      expect(rest.headers.get('retry-after')).toBe('5')
      expect(rest.body.errors).toEqual([{ message: DATABASE_UNAVAILABLE_MESSAGE }])

      const graphql = await api.graphql(`mutation { updateArticle(id: ${draftId}, draft: true, data: { title: "Saved during the outage" }) { title } }`, {}, { token: editor })
      expect(graphql.body.errors?.[0]).toMatchObject({ extensions: { statusCode: 503 }, message: DATABASE_UNAVAILABLE_MESSAGE })

      // The editor's sign-in cannot be looked up: they hear that the database is down, not that they are not allowed.
      const staffOnly = await api.rest('GET', 'users', { auth: { token: editor } })
      expect(staffOnly.status).toBe(503)
      expect(staffOnly.body.errors[0].message).toMatch(/database is unavailable/)

      await payload.db.rollbackTransaction!(await openTransaction!)
    } finally {
      await proxy.restore()
    }

    expect(await storedTitle()).toBe('Draft before the outage')
    let saved = await saveDraft('Saved after the outage')
    for (let tries = 0; saved.status !== 200 && tries < 40; tries += 1) {
      await sleep(250)
      saved = await saveDraft('Saved after the outage')
    }
    expect(saved.status).toBe(200)
    expect(await storedTitle()).toBe('Saved after the outage')

    // Delivery follows the database again: a publish after the outage is served.
    await publishApproved(payload, { collection: 'articles', data: { body: lexical('More plain words.'), stages: ['awareness'], title: 'Published after the outage' } })
    await (await deliveryStore(payload)).sync()
    await sleep(SYNC_INTERVAL_MS + 100)
    expect((await deliver()).titles).toEqual(expect.arrayContaining(['Living with diabetes', 'Published after the outage']))
  })

  it('answers 503 for a save whose connection is lost before COMMIT, and keeps the stored article as it was', async () => {
    const { payload } = carepath
    const before = await storedTitle()
    let cutOnce = true
    // Runs after the article's rows are written and before the transaction commits.
    const loseConnectionBeforeCommit: CollectionAfterChangeHook = async ({ doc }) => {
      if (cutOnce) {
        cutOnce = false
        await proxy.cut()
        await sleep(100)
      }
      return doc
    }
    const hooks = payload.collections.articles.config.hooks
    hooks.afterChange = [...hooks.afterChange, loseConnectionBeforeCommit]
    try {
      const res = await saveDraft('Half-written?')
      expect(res.status).toBe(503)
      expect(res.body.errors).toEqual([{ message: DATABASE_UNAVAILABLE_MESSAGE }])
    } finally {
      hooks.afterChange = hooks.afterChange.filter((hook) => hook !== loseConnectionBeforeCommit)
      await proxy.restore()
    }
    expect(await storedTitle()).toBe(before)
  })
})
