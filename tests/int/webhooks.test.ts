import http from 'node:http'
import type { AddressInfo } from 'node:net'

import { Webhook as StandardWebhook } from 'standardwebhooks'

import type { WebhookDelivery } from '../../payload-types'
import { elapsedBeforeAttemptMs, MAX_ATTEMPTS, MIN_RETRY_WINDOW_MS } from '@/webhooks/backoff'
import { dispatchWebhookDeliveries } from '@/webhooks/dispatch'
import { setWebhookResolver } from '@/webhooks/target'

import { createApiClient, createStaff, lexical, publishApproved } from './helpers/fixtures'
import { startReceiver, type Received } from './helpers/webhookReceiver'
import { apiClient } from './helpers/http'
import { bootCarepath, type TestCarepath } from './helpers/payload'

/** An address nothing listens on. */
async function closedPortURL() {
  const server = http.createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  await new Promise((resolve) => server.close(resolve))
  return `http://127.0.0.1:${port}/hooks`
}

// Receivers run on 127.0.0.1: the development allowance for localhost. Names never reach real DNS.
process.env.CAREPATH_WEBHOOKS_ALLOW_LOCALHOST = 'true'
setWebhookResolver(async () => [{ address: '93.184.215.14', family: 4 }])

let carepath: TestCarepath
let api: ReturnType<typeof apiClient>
let receiver: Awaited<ReturnType<typeof startReceiver>>
let admin: string
let editor: string

beforeAll(async () => {
  carepath = await bootCarepath()
  api = apiClient(carepath.config)
  receiver = await startReceiver()
  admin = (await createStaff(carepath.payload, ['admin'], 'admin')).token
  editor = (await createStaff(carepath.payload, ['editor'], 'editor')).token
})

afterAll(async () => {
  await receiver?.close()
  await carepath?.shutdown()
})

beforeEach(async () => {
  // Each test watches only its own webhooks.
  await carepath.payload.update({ collection: 'webhooks', data: { enabled: false }, where: { enabled: { equals: true } } })
  receiver.setMode('up')
  receiver.received.length = 0
})

let titles = 0
async function publishArticle(data: Record<string, unknown> = {}) {
  titles += 1
  const doc = await publishApproved(carepath.payload, {
    collection: 'articles',
    data: { body: lexical('Plain words about your health.'), stages: ['awareness'], summary: 'Short summary.', title: `Managing diabetes ${titles}`, ...data },
  })
  return doc.id as number
}
/** Unpublishes (server code may), or publishes a change once a medical reviewer approved it. */
const updateArticle = (id: number, data: Record<string, unknown>) =>
  data._status === 'draft'
    ? carepath.payload.update({ collection: 'articles', data: data as never, id })
    : publishApproved(carepath.payload, { collection: 'articles', data, id })

async function createWebhook(data: Record<string, unknown> = {}) {
  const res = await api.rest('POST', 'webhooks', { auth: { token: admin }, body: { events: ['published', 'updated', 'unpublished', 'deleted'], name: 'CRM', url: receiver.url, ...data } })
  expect(res.status).toBe(201)
  return res.body.doc as { id: number; secret: string; url: string }
}

const deliveriesOf = async (webhookId: number) =>
  (await carepath.payload.find({ collection: 'webhook-deliveries', depth: 0, pagination: false, sort: 'id', where: { webhook: { equals: webhookId } } })).docs as WebhookDelivery[]

describe('webhook deliveries', () => {
  it('sends a published item through the jobs queue as a signed Standard Webhooks message the receiver verifies', async () => {
    const webhook = await createWebhook()
    expect(webhook.secret).toMatch(/^whsec_/)
    const id = await publishArticle({ title: 'Gestational diabetes basics' })

    const [pending] = await deliveriesOf(webhook.id)
    expect(pending).toMatchObject({ attempts: 0, itemKey: `articles/${id}`, messageType: 'content.published', status: 'pending' })
    const jobs = await carepath.payload.find({ collection: 'payload-jobs', where: { taskSlug: { equals: 'dispatchWebhooks' } } })
    expect(jobs.totalDocs).toBeGreaterThan(0)

    await carepath.payload.jobs.run()

    expect(receiver.received).toHaveLength(1)
    const [message] = receiver.received
    expect(message!.headers['content-type']).toBe('application/json')
    const verified = new StandardWebhook(webhook.secret).verify(message!.body, message!.headers) as Received['json']
    expect(verified.type).toBe('content.published')
    // Content metadata only: nothing else can ride along.
    expect(Object.keys(verified.data).sort()).toEqual(['action', 'at', 'eventId', 'id', 'itemKey', 'segments', 'slug', 'stages', 'title', 'type'])
    expect(verified.data).toMatchObject({ action: 'published', id: String(id), stages: ['awareness'], title: 'Gestational diabetes basics', type: 'articles' })
    expect(() => new StandardWebhook(webhook.secret).verify(message!.body.replace('basics', 'BASICS'), message!.headers)).toThrow()

    const [delivered] = await deliveriesOf(webhook.id)
    expect(delivered).toMatchObject({ attempts: 1, lastStatusCode: 200, messageId: message!.headers['webhook-id'], status: 'delivered' })
    expect(delivered!.deliveredAt).toEqual(expect.any(String))
  })

  it('two instances dispatching at the same moment send each message once', async () => {
    const webhook = await createWebhook()
    const ids = [await publishArticle(), await publishArticle(), await publishArticle()]

    const [a, b] = await Promise.all([dispatchWebhookDeliveries(carepath.payload), dispatchWebhookDeliveries(carepath.payload)])
    expect(a.delivered + b.delivered).toBe(3)
    expect(receiver.received.map((m) => m.json.data.id).sort()).toEqual(ids.map(String).sort())
    expect(new Set(receiver.received.map((m) => m.headers['webhook-id'])).size).toBe(3)
    expect((await deliveriesOf(webhook.id)).map((d) => [d.status, d.attempts])).toEqual(ids.map(() => ['delivered', 1]))
  })

  it('the dispatcher job queues itself again for when the next retry is due', async () => {
    const webhook = await createWebhook()
    receiver.setMode('down')
    await publishArticle()
    await carepath.payload.jobs.run()

    const [failed] = await deliveriesOf(webhook.id)
    expect(failed).toMatchObject({ attempts: 1, lastStatusCode: 503, status: 'failed' })
    const waiting = await carepath.payload.find({
      collection: 'payload-jobs',
      where: { and: [{ taskSlug: { equals: 'dispatchWebhooks' } }, { completedAt: { exists: false } }] },
    })
    expect(waiting.docs.map((job) => Date.parse(job.waitUntil!))).toEqual([Date.parse(failed!.nextAttemptAt!)])
  })

  it('respects event, content type, stage and segment filters', async () => {
    const newMoms = await carepath.payload.create({ collection: 'segments', data: { name: 'New moms', slug: 'new-moms' } })
    const onlyVideos = await createWebhook({ types: ['videos'] })
    const onlyRetention = await createWebhook({ stages: ['retention'] })
    const onlyUnpublished = await createWebhook({ events: ['unpublished'] })
    const onlySeniors = await createWebhook({ segments: ['seniors'] })
    const momsAwarenessArticles = await createWebhook({ events: ['published'], segments: ['new-moms'], stages: ['awareness', 'conversion'], types: ['articles'] })

    const forMoms = await publishArticle({ segments: [newMoms.id], stages: ['awareness'] })
    const forEveryone = await publishArticle({ segments: [], stages: ['awareness'] })
    await updateArticle(forMoms, { _status: 'draft' })

    const keys = async (w: { id: number }) => (await deliveriesOf(w.id)).map((d) => `${d.itemKey}:${d.messageType}`)
    expect(await keys(onlyVideos)).toEqual([])
    expect(await keys(onlyRetention)).toEqual([])
    expect(await keys(onlyUnpublished)).toEqual([`articles/${forMoms}:content.unpublished`])
    // An item with no segment is for everyone, so segment filters match it.
    expect(await keys(onlySeniors)).toEqual([`articles/${forEveryone}:content.published`])
    expect(await keys(momsAwarenessArticles)).toEqual([`articles/${forMoms}:content.published`, `articles/${forEveryone}:content.published`])

    await carepath.payload.update({ collection: 'webhooks', data: { enabled: false }, id: momsAwarenessArticles.id })
    await publishArticle()
    expect(await keys(momsAwarenessArticles)).toHaveLength(2) // paused: nothing new is queued
  })

  it('retries with backoff while the receiver is down for an hour, then delivers everything in order per item', async () => {
    const webhook = await createWebhook()
    receiver.setMode('down')
    const first = await publishArticle({ title: 'Insulin at home' })
    await updateArticle(first, { title: 'Insulin at home, step by step' })
    const second = await publishArticle({ title: 'Foot care' })
    await updateArticle(first, { _status: 'draft' })

    // The jobs cron runs every minute; move a fake clock instead of waiting.
    const start = Date.now()
    let now = new Date(start)
    const clock = () => now
    for (let minute = 0; minute <= 60; minute += 1) {
      now = new Date(start + minute * 60_000)
      const summary = await dispatchWebhookDeliveries(carepath.payload, { clock })
      expect(summary.delivered).toBe(0)
    }

    const down = await deliveriesOf(webhook.id)
    expect(down.map((d) => d.status)).toEqual(['failed', 'pending', 'failed', 'pending'])
    const [firstPublished] = down
    // Attempts at 0, 1, 2, 4, 9, 24 and 54 minutes (10 s, 30 s, 2, 5, 15, 30 min apart, rounded up to the cron minute); next after an hour.
    expect(firstPublished).toMatchObject({ attempts: 7, lastError: 'HTTP 503 (Service Unavailable)', lastStatusCode: 503 })
    expect(Date.parse(firstPublished!.nextAttemptAt!)).toBe(start + 114 * 60_000)
    expect(down[1]!.attempts).toBe(0) // never sent before the earlier message for the same item
    expect(receiver.received.every((r) => r.json.type === 'content.published')).toBe(true)
    const sentIds = new Set(receiver.received.filter((r) => r.json.data.id === String(first)).map((r) => r.headers['webhook-id']))
    expect(sentIds).toEqual(new Set([firstPublished!.messageId])) // retries reuse the webhook-id

    // Back after an hour: the next retry (at 114 min) gets through, and then everything owed is sent at once.
    receiver.setMode('up')
    receiver.received.length = 0
    now = new Date(start + 114 * 60_000)
    const summary = await dispatchWebhookDeliveries(carepath.payload, { clock })
    expect(summary).toMatchObject({ delivered: 4, failed: 0, nextDueAt: null })

    const byItem = (id: number) => receiver.received.filter((r) => r.json.data.id === String(id)).map((r) => `${r.json.type}:${r.json.data.title}`)
    expect(byItem(first)).toEqual(['content.published:Insulin at home', 'content.updated:Insulin at home, step by step', 'content.unpublished:Insulin at home, step by step'])
    expect(byItem(second)).toEqual(['content.published:Foot care'])
    for (const r of receiver.received) expect(() => new StandardWebhook(webhook.secret).verify(r.body, r.headers)).not.toThrow()
    expect((await deliveriesOf(webhook.id)).map((d) => d.status)).toEqual(['delivered', 'delivered', 'delivered', 'delivered'])
  })

  it('gives up on a receiver that stays unreachable for over 24 hours, then moves on to the next message', async () => {
    const webhook = await createWebhook({ url: await closedPortURL() })
    const id = await publishArticle()
    await updateArticle(id, { title: 'Changed title' })

    const start = Date.now()
    let now = new Date(start)
    for (let run = 0; run < MAX_ATTEMPTS; run += 1) {
      const [head] = await deliveriesOf(webhook.id)
      now = new Date(Math.max(now.getTime(), Date.parse(head!.nextAttemptAt!)))
      await dispatchWebhookDeliveries(carepath.payload, { clock: () => now })
    }
    const [gaveUp, next] = await deliveriesOf(webhook.id)
    expect(gaveUp).toMatchObject({ attempts: MAX_ATTEMPTS, nextAttemptAt: null, status: 'gave-up' })
    expect(gaveUp!.lastError).toMatch(/ECONNREFUSED/)
    expect(now.getTime() - start).toBeGreaterThanOrEqual(MIN_RETRY_WINDOW_MS)
    expect(now.getTime() - start).toBe(elapsedBeforeAttemptMs(MAX_ATTEMPTS))

    await carepath.payload.update({ collection: 'webhooks', data: { url: receiver.url }, id: webhook.id })
    await dispatchWebhookDeliveries(carepath.payload, { clock: () => now })
    expect((await deliveriesOf(webhook.id))[1]).toMatchObject({ id: next!.id, status: 'delivered' })
  })

  it('counts a receiver that does not answer in time as a failed attempt', async () => {
    const webhook = await createWebhook()
    receiver.setMode('hang')
    await publishArticle()
    await dispatchWebhookDeliveries(carepath.payload, { timeoutMs: 300 })
    const [delivery] = await deliveriesOf(webhook.id)
    expect(delivery).toMatchObject({ attempts: 1, lastError: 'No response within 0.3 s', status: 'failed' })
  })

  it('deletes the delivery log with its webhook', async () => {
    const webhook = await createWebhook()
    await publishArticle()
    expect(await deliveriesOf(webhook.id)).toHaveLength(1)
    expect((await api.rest('DELETE', `webhooks/${webhook.id}`, { auth: { token: admin } })).status).toBe(200)
    expect(await carepath.payload.count({ collection: 'webhook-deliveries', where: { webhook: { equals: webhook.id } } })).toEqual({ totalDocs: 0 })
  })
})

describe('send test event', () => {
  it('sends a signed webhook.test message now and answers with what the receiver said', async () => {
    const webhook = await createWebhook({ enabled: false })
    const res = await api.rest('POST', `webhooks/${webhook.id}/test`, { auth: { token: admin } })
    expect(res.status).toBe(200)
    expect(res.body).toMatchObject({ delivered: true, error: null, statusCode: 200 })
    expect(receiver.received).toHaveLength(1)
    const verified = new StandardWebhook(webhook.secret).verify(receiver.received[0]!.body, receiver.received[0]!.headers) as Received['json']
    expect(verified.type).toBe('webhook.test')
    expect(receiver.received[0]!.headers['webhook-id']).toBe(res.body.messageId)
    expect(await deliveriesOf(webhook.id)).toEqual([expect.objectContaining({ itemKey: 'test', messageType: 'webhook.test', status: 'delivered' })])
  })

  it('reports an unreachable receiver without scheduling retries', async () => {
    const webhook = await createWebhook({ url: await closedPortURL() })
    const res = await api.rest('POST', `webhooks/${webhook.id}/test`, { auth: { token: admin } })
    expect(res.body).toMatchObject({ delivered: false, error: expect.stringMatching(/ECONNREFUSED/), statusCode: null })
    expect(await deliveriesOf(webhook.id)).toEqual([expect.objectContaining({ nextAttemptAt: null, status: 'failed' })])
  })

  it('is for admins only', async () => {
    const webhook = await createWebhook()
    expect((await api.rest('POST', `webhooks/${webhook.id}/test`, { auth: { token: editor } })).status).toBe(403)
    expect((await api.rest('POST', `webhooks/${webhook.id}/test`)).status).toBe(403)
    expect((await api.rest('POST', 'webhooks/999999/test', { auth: { token: admin } })).status).toBe(404)
    expect(receiver.received).toHaveLength(0)
  })
})

describe('webhook settings', () => {
  const attempt = (url: string) => api.rest('POST', 'webhooks', { auth: { token: admin }, body: { events: ['published'], name: 'Bad', url } })
  const message = (res: { body: any }) => JSON.stringify(res.body.errors)

  it('rejects URLs that are not https (or http on localhost while developing), with messages that say why', async () => {
    const plain = await attempt('http://crm.example.org/hooks')
    expect(plain.status).toBe(400)
    expect(message(plain)).toMatch(/must use https:\/\/. Plain http:\/\/ is allowed only for localhost/)
    expect(message(await attempt('crm.example.org/hooks'))).toMatch(/is not a complete URL/)
    expect(message(await attempt('ftp://crm.example.org/hooks'))).toMatch(/must start with https:\/\//)
    expect(message(await attempt('https://u:p@crm.example.org/hooks'))).toMatch(/Remove the user name and password/)
    expect((await attempt('https://crm.example.org/hooks')).status).toBe(201)
    expect(await carepath.payload.count({ collection: 'webhooks', where: { name: { equals: 'Bad' } } })).toEqual({ totalDocs: 1 })
  })

  it('requires events and checks segment slugs and secrets', async () => {
    const noEvents = await api.rest('POST', 'webhooks', { auth: { token: admin }, body: { name: 'x', url: receiver.url } })
    expect(noEvents.status).toBe(400)
    expect(message(noEvents)).toMatch(/events/)
    const badSegment = await api.rest('POST', 'webhooks', { auth: { token: admin }, body: { events: ['published'], name: 'x', segments: ['New moms'], url: receiver.url } })
    expect(message(badSegment)).toMatch(/'New moms' is not/)
    const badSecret = await api.rest('POST', 'webhooks', { auth: { token: admin }, body: { events: ['published'], name: 'x', secret: 'hunter2', url: receiver.url } })
    expect(message(badSecret)).toMatch(/whsec_/)
  })

  it('generates a secret and rotates it when an admin clears it', async () => {
    const webhook = await createWebhook()
    const rotated = await api.rest('PATCH', `webhooks/${webhook.id}`, { auth: { token: admin }, body: { secret: '' } })
    expect(rotated.status).toBe(200)
    expect(rotated.body.doc.secret).toMatch(/^whsec_/)
    expect(rotated.body.doc.secret).not.toBe(webhook.secret)
    const unchanged = await api.rest('PATCH', `webhooks/${webhook.id}`, { auth: { token: admin }, body: { name: 'Renamed' } })
    expect(unchanged.body.doc.secret).toBe(rotated.body.doc.secret)
  })

  it('keeps webhooks, their secrets and the delivery log from everyone but admins', async () => {
    const webhook = await createWebhook()
    const { apiKey } = await createApiClient(carepath.payload, 'automation')
    for (const auth of [{ token: editor }, { apiKey }, undefined]) {
      expect((await api.rest('GET', 'webhooks', { auth })).status).toBe(403)
      expect((await api.rest('GET', `webhooks/${webhook.id}`, { auth })).status).toBe(403)
      expect((await api.rest('GET', 'webhook-deliveries', { auth })).status).toBe(403)
      expect((await api.rest('POST', 'webhooks', { auth, body: { events: ['published'], name: 'Mine', url: receiver.url } })).status).toBe(403)
      expect((await api.rest('PATCH', `webhooks/${webhook.id}`, { auth, body: { url: 'https://attacker.example/hook' } })).status).toBe(403)
      expect((await api.rest('DELETE', `webhooks/${webhook.id}`, { auth })).status).toBe(403)
      const gql = await api.graphql('{ Webhooks { docs { id secret } } }', {}, auth)
      expect(JSON.stringify(gql.body)).not.toContain('whsec_')
      expect(gql.body.errors?.[0]?.message).toMatch(/not allowed/i)
    }
    const asAdmin = await api.graphql('{ Webhooks { docs { id secret } } }', {}, { token: admin })
    expect(JSON.stringify(asAdmin.body.data)).toContain(webhook.secret)
    // Even admins cannot forge or rewrite the delivery log.
    const [delivery] = (await carepath.payload.find({ collection: 'webhook-deliveries', limit: 1 })).docs
    expect((await api.rest('PATCH', `webhook-deliveries/${delivery!.id}`, { auth: { token: admin }, body: { status: 'delivered' } })).status).toBe(403)
    expect((await api.rest('POST', 'webhook-deliveries', { auth: { token: admin }, body: {} })).status).toBe(403)
  })
})
