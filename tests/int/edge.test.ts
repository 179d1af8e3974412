/**
 * The fast delivery path as a CDN and a browser see it: answers kept as bytes per operation, variables and access
 * scope; cache headers with surrogate keys; GET with persisted queries; one purge per publish, naming what it alters.
 */
import fs from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'

import { Webhook as StandardWebhook } from 'standardwebhooks'

import { answerCacheKey, cachedAnswer } from '@/delivery/edge/answerCache'
import { graphqlRequestKey } from '@/delivery/edge/edgeAnswers'
import { sha256Hex } from '@/delivery/edge/persistedQueries'
import { REPEAT_PURGE_AFTER_MS } from '@/delivery/edge/purge'
import { createFastDeliveryHandler } from '@/delivery/server/fastHandler'
import { deliveryStore } from '@/delivery/store'
import { dispatchWebhookDeliveries } from '@/webhooks/dispatch'
import { setWebhookResolver } from '@/webhooks/target'

import { createApiClient, lexical, publishApproved } from './helpers/fixtures'
import { bootCarepath, bootSecondInstance, type TestCarepath } from './helpers/payload'

let carepath: TestCarepath
let second: TestCarepath
const servers: http.Server[] = []
let base: string
let secondBase: string
let apiKey: string
const ids: Record<string, number> = {}
const purges: string[][] = []
let purger: http.Server

const ITEM = 'query Item($slug: String!) { deliveredItem(type: articles, slug: $slug) { ... on DeliveredContent { id title } } }'
const LIST = 'query List($profile: ContentProfileInput!) { personalizedContent(profile: $profile) { id title } }'
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

// The cache.purge receiver runs on 127.0.0.1: the development allowance for localhost. Names never reach real DNS.
process.env.CAREPATH_WEBHOOKS_ALLOW_LOCALHOST = 'true'
setWebhookResolver(async () => [{ address: '93.184.215.14', family: 4 }])

async function listen(server: http.Server) {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  servers.push(server)
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`
}

const serve = (carepathInstance: TestCarepath) => {
  const fast = createFastDeliveryHandler(carepathInstance.payload)
  return listen(http.createServer((req, res) => void fast(req, res).then((handled) => handled || res.writeHead(404).end())))
}

const get = async (query: string, variables: Record<string, unknown>, headers: Record<string, string> = {}, at = base) => {
  const res = await fetch(`${at}/api/delivery/graphql?${new URLSearchParams({ query, variables: JSON.stringify(variables) })}`, { headers })
  return { body: res.status === 304 ? null : await res.json(), headers: res.headers, status: res.status }
}

const article = async (data: Record<string, unknown>, id?: number) =>
  (await publishApproved(carepath.payload, { collection: 'articles', data: { body: lexical('Plain words about your health.'), ...data }, id })).id as number

beforeAll(async () => {
  purger = http.createServer((req, res) => {
    if (req.method === 'PURGE') purges.push(String(req.headers['xkey-purge']).split(' '))
    res.writeHead(200).end()
  })
  const purgeURL = await new Promise<string>((resolve) => purger.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(purger.address() as AddressInfo).port}/`)))
  process.env.CAREPATH_CDN_PURGE_URL = purgeURL

  carepath = await bootCarepath()
  second = await bootSecondInstance(carepath)
  const { payload } = carepath
  apiKey = (await createApiClient(payload, 'website')).apiKey
  ids.asthma = (await payload.create({ collection: 'conditions', data: { name: 'Asthma', slug: 'asthma' } })).id as number
  ids.awareness = await article({ conditions: [ids.asthma], slug: 'breathing-basics', stages: ['awareness'], title: 'Breathing basics' })
  ids.retention = await article({ slug: 'living-well', stages: ['retention'], title: 'Living well' })
  base = await serve(carepath)
  secondBase = await serve(second)
})

afterAll(async () => {
  delete process.env.CAREPATH_CDN_PURGE_URL
  delete process.env.CAREPATH_PERSISTED_QUERIES
  delete process.env.CAREPATH_PERSISTED_QUERIES_ONLY
  for (const server of [...servers, purger]) {
    server.closeAllConnections()
    await new Promise((resolve) => server.close(resolve))
  }
  await second?.shutdown()
  await carepath?.shutdown()
})

describe('cached answers are bytes', () => {
  it('answers a repeated request from the bytes kept for its operation, variables and scope', async () => {
    const first = await get(ITEM, { slug: 'breathing-basics' })
    expect(first.body.data.deliveredItem).toEqual({ id: String(ids.awareness), title: 'Breathing basics' })
    const store = await deliveryStore(carepath.payload)
    const kept = cachedAnswer(store, answerCacheKey({ key: 'public', visibility: 'public' }, graphqlRequestKey(ITEM, undefined, { slug: 'breathing-basics' })))
    expect(kept && JSON.parse(kept.body.toString('utf8'))).toEqual(first.body)
    const again = await get(ITEM, { slug: 'breathing-basics' })
    expect(again.headers.get('etag')).toBe(first.headers.get('etag'))
    expect(again.body).toEqual(first.body)
  })

  it('keeps an API client\'s answers apart from the public ones, and never keeps a staff or failed answer', async () => {
    const keyed = await get(ITEM, { slug: 'breathing-basics' }, { Authorization: `api-clients API-Key ${apiKey}` })
    expect(keyed.headers.get('cache-control')).toBe('private, no-cache')
    expect(keyed.headers.get('surrogate-key')).toBeNull()
    const refused = await get(LIST, { profile: { segments: ['Jane Doe'] } })
    expect(refused.body.errors[0].message).toMatch(/profile was refused/)
    expect(refused.headers.get('cache-control')).toBe('no-store')
  })

  it('drops only the answers a publish alters', async () => {
    const store = await deliveryStore(carepath.payload)
    const key = (query: string, variables: Record<string, unknown>) => answerCacheKey({ key: 'public', visibility: 'public' }, graphqlRequestKey(query, undefined, variables))
    const retentionList = { profile: { stage: 'retention' } }
    const awarenessList = { profile: { stage: 'awareness' } }
    await store.sync() // past the start-up re-read of recent events
    await get(LIST, retentionList)
    await get(LIST, awarenessList)
    await get(ITEM, { slug: 'breathing-basics' })
    await article({ slug: 'moving-more', stages: ['retention'], title: 'Moving more' })
    await store.sync()
    expect(cachedAnswer(store, key(LIST, retentionList))).toBeUndefined() // a retention item could enter it
    expect(cachedAnswer(store, key(LIST, awarenessList))).toBeDefined()
    expect(cachedAnswer(store, key(ITEM, { slug: 'breathing-basics' }))).toBeDefined()
    const list = await get(LIST, retentionList)
    expect(list.body.data.personalizedContent.map((item: { title: string }) => item.title)).toContain('Moving more')
  })
})

describe('cache headers a CDN understands', () => {
  it('marks anonymous answers public with surrogate keys naming the items served and the dimensions asked for', async () => {
    const res = await get(LIST, { profile: { conditions: ['asthma'], stage: 'awareness' } })
    expect(res.headers.get('cache-control')).toMatch(/^public, max-age=0, s-maxage=\d+, stale-while-revalidate=\d+$/)
    const keys = res.headers.get('surrogate-key')!.split(' ')
    expect(keys).toEqual(expect.arrayContaining(['cp', `i:articles/${ids.awareness}`, 'st:awareness', 'c:asthma', 'l:en']))
    expect(res.headers.get('cache-tag')!.split(',')).toEqual(keys)
  })

  it('answers 304 to a client that holds the ETag', async () => {
    const first = await get(ITEM, { slug: 'living-well' })
    const revalidated = await get(ITEM, { slug: 'living-well' }, { 'If-None-Match': first.headers.get('etag')! })
    expect(revalidated.status).toBe(304)
  })

  it('caches the REST delivery routes the same way', async () => {
    const url = `${base}/api/infobutton?mainSearchCriteria.v.c=J45&mainSearchCriteria.v.cs=2.16.840.1.113883.6.90&knowledgeResponseType=application/json`
    const res = await fetch(url)
    expect(res.status).toBe(200)
    expect(res.headers.get('cache-control')).toMatch(/^public, /)
    expect(res.headers.get('surrogate-key')).toMatch(/^cp /)
    expect((await fetch(url, { headers: { 'If-None-Match': res.headers.get('etag')! } })).status).toBe(304)
  })
})

describe('GET with persisted queries', () => {
  const hash = sha256Hex(ITEM)
  const persisted = (params: Record<string, string>, at = base) => fetch(`${at}/api/delivery/graphql?${new URLSearchParams(params)}`)

  it('follows Apollo\'s automatic persisted queries: unknown hash, then registered with its text, then by hash alone', async () => {
    const extensions = JSON.stringify({ persistedQuery: { sha256Hash: hash, version: 1 } })
    const variables = JSON.stringify({ slug: 'living-well' })
    const unknown = await (await persisted({ extensions, variables })).json()
    expect(unknown.errors).toEqual([{ extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' }, message: 'PersistedQueryNotFound' }])
    expect((await (await persisted({ extensions, query: ITEM, variables })).json()).data.deliveredItem.title).toBe('Living well')
    const byHash = await persisted({ extensions, variables })
    expect((await byHash.json()).data.deliveredItem.title).toBe('Living well')
    expect(byHash.headers.get('cache-control')).toMatch(/^public/)
  })

  it('refuses bad GET parameters with a message', async () => {
    const res = await persisted({ query: ITEM, variables: '{not json' })
    expect(res.status).toBe(400)
    expect((await res.json()).errors[0].message).toMatch(/"variables" parameter is not valid JSON/)
  })

  it('runs only manifest operations when production is set to registered operations only', async () => {
    const manifest = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'carepath-pq-')), 'persisted-queries.json')
    fs.writeFileSync(manifest, JSON.stringify({ [hash]: ITEM }))
    process.env.CAREPATH_PERSISTED_QUERIES = manifest
    process.env.CAREPATH_PERSISTED_QUERIES_ONLY = 'true'
    const strict = await serve(carepath)
    delete process.env.CAREPATH_PERSISTED_QUERIES_ONLY
    const ok = await persisted({ id: hash, variables: JSON.stringify({ slug: 'living-well' }) }, strict)
    expect((await ok.json()).data.deliveredItem.title).toBe('Living well')
    const adHoc = await persisted({ query: LIST, variables: JSON.stringify({ profile: {} }) }, strict)
    expect(adHoc.status).toBe(400)
    expect((await adHoc.json()).errors[0].message).toMatch(/registered operations only/)
  })
})

describe('purge on publish', () => {
  it('sends one purge per change (plus its repeat), from one of the instances, naming the item and its dimensions', async () => {
    await get(ITEM, { slug: 'breathing-basics' }, {}, secondBase) // the second instance has loaded and purges too
    await sleep(REPEAT_PURGE_AFTER_MS + 1000) // earlier publishes' repeated purges are through
    purges.length = 0
    ids.edited = await article({ conditions: [ids.asthma], slug: 'breathing-basics', stages: ['awareness'], title: 'Breathing basics, revised' }, ids.awareness)
    const named = () => purges.filter((keys) => keys.includes(`i:articles/${ids.awareness}`))
    for (let waited = 0; named().length < 2 && waited < 20_000; waited += 200) await sleep(200)
    await sleep(REPEAT_PURGE_AFTER_MS + 1000) // a purge sent by both instances would arrive by now
    expect(named()).toHaveLength(2)
    expect(named()[0]).toEqual(expect.arrayContaining(['cp-wide', 's:articles/breathing-basics', 'st:awareness', 'c:asthma', 'g:*']))
    expect((await get(ITEM, { slug: 'breathing-basics' })).body.data.deliveredItem.title).toBe('Breathing basics, revised')
  })

  it('owes each webhook subscribed to cache.purge one signed message per change, whichever instance applied it', async () => {
    const received: Array<{ body: string; headers: Record<string, string> }> = []
    const receiver = http.createServer((req, res) => {
      const chunks: Buffer[] = []
      req.on('data', (c: Buffer) => chunks.push(c))
      req.on('end', () => {
        received.push({ body: Buffer.concat(chunks).toString('utf8'), headers: req.headers as Record<string, string> })
        res.writeHead(200, { connection: 'close' }).end('ok')
      })
    })
    const url = `${await listen(receiver)}/hooks/cdn`
    const webhook = await carepath.payload.create({ collection: 'webhooks', data: { events: ['cache-purge'], name: 'CDN purger', url } as never })
    ids.living = await article({ slug: 'living-well', stages: ['retention'], title: 'Living well, revised' }, ids.retention)
    const [revision] = (await carepath.payload.find({ collection: 'content-events', limit: 1, sort: '-at', where: { docId: { equals: String(ids.retention) } } })).docs
    expect(revision?.action).toBe('updated')
    const owed = async () =>
      (await carepath.payload.find({ collection: 'webhook-deliveries', depth: 0, pagination: false, where: { and: [{ webhook: { equals: webhook.id } }, { event: { equals: revision!.id } }] } })).docs
    for (let waited = 0; (await owed()).length === 0 && waited < 20_000; waited += 200) await sleep(200)
    await sleep(2000) // a second instance owing it too would have queued it by now
    expect(await owed()).toEqual([expect.objectContaining({ itemKey: `articles/${ids.retention}`, messageType: 'cache.purge' })])
    await dispatchWebhookDeliveries(carepath.payload)
    const messages = received.map((r) => new StandardWebhook(webhook.secret!).verify(r.body, r.headers) as { data: { eventId: string; keys: string[] }; type: string })
    const message = messages.find((m) => m.data.eventId === String(revision!.id))!
    expect(message.type).toBe('cache.purge')
    expect(message.data.keys).toEqual(expect.arrayContaining([`i:articles/${ids.retention}`, 's:articles/living-well', 'st:retention', 'g:*']))
  })
})
