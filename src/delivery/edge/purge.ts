/**
 * Purge on publish: every applied content change becomes one purge of the surrogate keys it can alter, sent to the
 * CDN configured by `CAREPATH_CDN_PURGE_URL` (Varnish with xkey, a Fastly-style endpoint, Cloudflare's API) and as a
 * Standard Webhooks `cache.purge` message to the webhooks that subscribe to it. Every instance applies every change; a lease makes exactly one of them send it. The purge is sent again a
 * little later, once every instance has surely applied the change: a CDN that refetched from an instance still a
 * sync behind in between is corrected.
 */
import type { Payload } from 'payload'

import { claimOnce } from '../../jobs/lease'
import { queueDispatch } from '../../webhooks/dispatch'
import { CACHE_PURGE_EVENT, CACHE_PURGE_MESSAGE_TYPE } from '../../webhooks/events'
import { itemKeyOf, newMessageId } from '../../webhooks/message'
import type { ContentEvent } from '../../../payload-types'
import { deliveryStore, MAX_SYNC_WAIT_MS, SYNC_INTERVAL_MS, type DeliveryStore, type StoreChange } from '../store'
import { ALL_KEY, purgeKeys, type ItemFacts } from './surrogateKeys'

/** Long enough for every instance to have synced a change: one sync interval plus the longest wait for a sync. */
export const REPEAT_PURGE_AFTER_MS = SYNC_INTERVAL_MS + MAX_SYNC_WAIT_MS
/** Keys per purge request are split so each header stays well under proxies' 8 KB limit. */
const MAX_PURGE_HEADER = 3000

export interface PurgeRequest {
  /** `content-events` id the purge answers, or undefined for a purge of everything. */
  eventId?: string
  keys: string[]
}

/** The keys one store change purges. */
export function purgeFor(change: StoreChange): PurgeRequest {
  if (change.everything) return { keys: [ALL_KEY] }
  const { event } = change
  const logged: ItemFacts = { id: String(event.docId), segments: event.segments, slug: event.slug, stages: event.stages, type: event.type }
  return { eventId: String(event.id), keys: purgeKeys(change.before, change.after, logged) }
}

export interface PurgerConfig {
  headers: Record<string, string>
  method: string
  /** `xkey` (Varnish, Fastly: keys in headers) or `cloudflare` (its purge API: `{ "tags": [...] }`, 30 a call). */
  style: 'cloudflare' | 'xkey'
  urls: string[]
}

/** From the environment: CAREPATH_CDN_PURGE_URL (comma-separated), CAREPATH_CDN_PURGE_METHOD, CAREPATH_CDN_PURGE_TOKEN. */
export function purgerConfig(env: Record<string, string | undefined> = process.env): PurgerConfig | null {
  const urls = (env.CAREPATH_CDN_PURGE_URL ?? '').split(',').map((url) => url.trim()).filter(Boolean)
  if (!urls.length) return null
  for (const url of urls) {
    if (!/^https?:\/\//.test(url)) throw new Error(`CAREPATH_CDN_PURGE_URL must list http(s) URLs; "${url}" is not one.`)
  }
  const token = env.CAREPATH_CDN_PURGE_TOKEN
  if (urls.every((url) => new URL(url).host === 'api.cloudflare.com')) {
    return { headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) }, method: 'POST', style: 'cloudflare', urls }
  }
  return { headers: token ? { 'Fastly-Key': token } : {}, method: env.CAREPATH_CDN_PURGE_METHOD || 'PURGE', style: 'xkey', urls }
}

const CLOUDFLARE_TAGS_PER_CALL = 30

/** Splits keys into header-sized groups. */
export function keyBatches(keys: readonly string[], max = MAX_PURGE_HEADER): string[] {
  const batches: string[] = []
  let current = ''
  for (const key of keys) {
    if (current && current.length + 1 + key.length > max) {
      batches.push(current)
      current = ''
    }
    current = current ? `${current} ${key}` : key
  }
  if (current) batches.push(current)
  return batches
}

/** Sends one purge to every configured endpoint (xkey reads `xkey-purge`; Fastly-style endpoints `Surrogate-Key`). */
export async function sendPurge(config: PurgerConfig, keys: readonly string[], fetchImpl: typeof fetch = fetch): Promise<void> {
  const failures: string[] = []
  const requests: RequestInit[] =
    config.style === 'cloudflare'
      ? Array.from({ length: Math.ceil(keys.length / CLOUDFLARE_TAGS_PER_CALL) }, (_, i) => ({ body: JSON.stringify({ tags: keys.slice(i * CLOUDFLARE_TAGS_PER_CALL, (i + 1) * CLOUDFLARE_TAGS_PER_CALL) }) }))
      : keyBatches(keys).map((batch) => ({ headers: { 'Surrogate-Key': batch, 'xkey-purge': batch } }))
  for (const url of config.urls) {
    for (const request of requests) {
      try {
        const response = await fetchImpl(url, {
          ...request,
          headers: { ...config.headers, ...(request.headers as Record<string, string>) },
          method: config.method,
          signal: AbortSignal.timeout(5000),
        })
        if (!response.ok) failures.push(`${new URL(url).host} answered ${response.status}`)
      } catch (error) {
        failures.push(`${new URL(url).host}: ${(error as Error).message}`)
      }
    }
  }
  if (failures.length) throw new Error(`CDN purge failed (${failures.join('; ')}); cached answers expire within their s-maxage`)
}

/** Enabled webhooks subscribed to `cache.purge`. */
async function purgeWebhooks(payload: Payload) {
  const { docs } = await payload.find({
    collection: 'webhooks',
    depth: 0,
    overrideAccess: true,
    pagination: false,
    where: { and: [{ enabled: { equals: true } }, { events: { in: [CACHE_PURGE_EVENT.value] } }] },
  })
  return docs
}

/** Owes each subscribed webhook one signed `cache.purge` message (sent, retried and ordered by the webhooks queue). */
async function queuePurgeMessages(payload: Payload, webhooks: ReadonlyArray<{ id: number | string }>, event: ContentEvent, keys: string[]) {
  const itemKey = itemKeyOf(event)
  for (const webhook of webhooks) {
    await payload.create({
      collection: 'webhook-deliveries',
      data: { attempts: 0, event: event.id, itemKey, messageId: newMessageId(), messageType: CACHE_PURGE_MESSAGE_TYPE, nextAttemptAt: new Date().toISOString(), purgeKeys: keys, status: 'pending', webhook: webhook.id as never },
      depth: 0,
      overrideAccess: true,
    })
  }
  await queueDispatch(payload)
}

const started = new WeakSet<Payload>()
/** Whether any webhook wants purges is read again after this long. */
const WEBHOOK_CHECK_MS = 30_000

/**
 * Starts purging for this Payload instance: listens to its delivery store and, for each applied change, sends the
 * purge to CAREPATH_CDN_PURGE_URL and queues a `cache.purge` message for each subscribed webhook (one instance does,
 * under a lease). While anything wants purges, the store syncs every second, so a purge goes out even while the CDN
 * answers every request itself.
 */
export function startPurging(payload: Payload, config = purgerConfig()): void {
  if (started.has(payload)) return
  started.add(payload)
  const logFailure = (error: unknown) => payload.logger.warn((error as Error).message)
  let webhooksCheckedAt = 0
  let webhooksWanted = false
  const wanted = async () => {
    if (Date.now() - webhooksCheckedAt > WEBHOOK_CHECK_MS) {
      webhooksWanted = (await purgeWebhooks(payload)).length > 0
      webhooksCheckedAt = Date.now()
    }
    return Boolean(config) || webhooksWanted
  }
  const purge = async (request: PurgeRequest, change: StoreChange) => {
    if (!(await wanted())) return
    const webhooks = request.eventId && !change.everything ? await purgeWebhooks(payload) : []
    if (request.eventId && !(await claimOnce(payload, `cdn-purge:${request.eventId}`, 10 * 60_000))) return
    if (webhooks.length && !change.everything) await queuePurgeMessages(payload, webhooks, change.event, request.keys)
    if (!config) return
    await sendPurge(config, request.keys)
    setTimeout(() => sendPurge(config, request.keys).catch(logFailure), REPEAT_PURGE_AFTER_MS).unref()
  }
  const listener = (change: StoreChange) => void purge(purgeFor(change), change).catch(logFailure)
  // Each tick syncs; it also listens to a store loaded again after a failed first load (adding twice is a no-op).
  const tick = async () => {
    try {
      const store: DeliveryStore = await deliveryStore(payload)
      store.changeListeners.add(listener)
      if (!config) await wanted() // refreshes webhooksWanted; the next tick syncs when it is set
    } catch {
      // logged by the store; the next tick tries again
    }
  }
  void tick()
  setInterval(() => {
    if (config || webhooksWanted) void tick()
    else if (Date.now() - webhooksCheckedAt > WEBHOOK_CHECK_MS) void wanted().catch(() => {})
  }, SYNC_INTERVAL_MS).unref()
}
