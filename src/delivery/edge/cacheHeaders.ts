/**
 * HTTP caching for delivery answers: what a CDN and a browser may keep, for how long, and under which keys.
 * Anonymous answers are the same for everyone who asks the same thing (profiles are coarse by design), so shared caches
 * may keep them; an API client's answers are `private`.
 */
import type { IncomingHttpHeaders } from 'node:http'

import type { CachedAnswer } from './answerCache'
import { tagHeader } from './surrogateKeys'

const seconds = (name: string, fallback: number) => {
  const value = Number(process.env[name])
  return Number.isInteger(value) && value >= 0 ? value : fallback
}

/** Shared caches keep an anonymous answer this long (purges end it sooner). */
export const cdnMaxAge = () => seconds('CAREPATH_CDN_MAX_AGE', 60)
/** ...and may serve it this much longer while fetching a fresh one. */
export const cdnStaleWhileRevalidate = () => seconds('CAREPATH_CDN_STALE_WHILE_REVALIDATE', 30)

export const PRIVATE_CACHE_CONTROL = 'private, no-cache'

/** Browsers revalidate every time (max-age=0: they cannot be purged); shared caches keep the answer until purged. */
export function publicCacheControl(): string {
  return `public, max-age=0, s-maxage=${cdnMaxAge()}, stale-while-revalidate=${cdnStaleWhileRevalidate()}`
}

export function answerHeaders(answer: CachedAnswer): Record<string, string> {
  // Vary: an API client asking the same URL gets its own answer (every channel), never the anonymous one.
  const common = { ...answer.headers, ETag: answer.etag, Vary: 'Authorization' }
  if (answer.visibility === 'private') return { ...common, 'Cache-Control': PRIVATE_CACHE_CONTROL }
  return {
    ...common,
    'Cache-Control': publicCacheControl(),
    'Cache-Tag': tagHeader(answer.tags, ','),
    'Surrogate-Key': tagHeader(answer.tags),
  }
}

/** Whether the client already holds these bytes (If-None-Match lists the ETag, or `*`). */
export function clientHasIt(headers: IncomingHttpHeaders, etag: string): boolean {
  const sent = headers['if-none-match']
  if (!sent) return false
  return sent.split(',').some((tag) => {
    const value = tag.trim()
    return value === '*' || value === etag || value === `W/${etag}`
  })
}
