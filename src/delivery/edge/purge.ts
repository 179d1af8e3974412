/**
 * Purge on publish: every applied content change becomes one purge of the surrogate keys it can alter, sent to the
 * CDN configured by `CAREPATH_CDN_PURGE_URL` (Varnish with xkey, or any endpoint that takes `PURGE` with the keys in a
 * header). Every instance applies every change; a lease makes exactly one of them send it. The purge is sent again a
 * little later, once every instance has surely applied the change: a CDN that refetched from an instance still a
 * sync behind in between is corrected.
 */
import type { Payload } from 'payload'

import { claimOnce } from '../../jobs/lease'
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
export function purgerConfig(env: NodeJS.ProcessEnv = process.env): PurgerConfig | null {
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

const started = new WeakSet<Payload>()

/**
 * Starts purging for this Payload instance when a purge URL is configured: listens to its delivery store and keeps
 * the store syncing every second, so a purge goes out even while the CDN answers every request itself.
 */
export function startPurging(payload: Payload, config = purgerConfig()): void {
  if (!config || started.has(payload)) return
  started.add(payload)
  const purge = async (request: PurgeRequest) => {
    if (request.eventId && !(await claimOnce(payload, `cdn-purge:${request.eventId}`, 10 * 60_000))) return
    await sendPurge(config, request.keys)
    setTimeout(() => sendPurge(config, request.keys).catch(logFailure), REPEAT_PURGE_AFTER_MS).unref()
  }
  const logFailure = (error: unknown) => payload.logger.warn((error as Error).message)
  const listener = (change: StoreChange) => void purge(purgeFor(change)).catch(logFailure)
  // Each tick syncs; it also listens to a store loaded again after a failed first load (adding twice is a no-op).
  const tick = () => deliveryStore(payload).then((store: DeliveryStore) => store.changeListeners.add(listener), () => {})
  void tick()
  setInterval(tick, SYNC_INTERVAL_MS).unref()
}
