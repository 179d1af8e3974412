/**
 * Delivery answers kept as the bytes sent: a repeated request (same operation, variables and access scope) is
 * answered without parsing, validating or executing anything. Entries live in the delivery store's ResponseCache, so
 * they follow the index exactly like the per-query caches: a change keeps only the answers it cannot alter.
 */
import crypto from 'node:crypto'

import type { PayloadRequest } from 'payload'

import type { DeliveryStore } from '../store'
import { deliveryAudience } from '../access'
import type { AnswerNotes } from './answerNotes'

/** Who an answer is for. `public`: anyone anonymous; `client:<id>`: one API client; null: never cached (staff). */
export type AnswerScope = { key: string; visibility: 'private' | 'public' } | null

export function answerScope(user: PayloadRequest['user'] | null): AnswerScope {
  const audience = deliveryAudience({ user } as PayloadRequest)
  if (audience === 'anonymous') return { key: 'public', visibility: 'public' }
  // An API client sees every channel: its answers are its own, and never stored by a shared cache.
  if (audience === 'client') return { key: `client:${String(user!.id)}`, visibility: 'private' }
  return null // staff may see drafts and previews: always computed afresh
}

export interface CachedAnswer {
  body: Buffer
  contentType: string
  etag: string
  /** Extra headers the route set (Last-Modified, Vary). */
  headers: Record<string, string>
  /** The response headers, worked out on the first send and reused by every hit. */
  sent?: Record<string, number | string>
  status: number
  tags: ReadonlySet<string>
  visibility: 'private' | 'public'
}

export const etagOf = (body: Buffer) => `"${crypto.createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`

export function answerCacheKey(scope: NonNullable<AnswerScope>, request: string): string {
  return `answer|${scope.key}|${request}`
}

export function cachedAnswer(store: DeliveryStore, key: string): CachedAnswer | undefined {
  if (!store.cacheEnabled) return undefined
  return store.cache.get(key, store.index.version) as CachedAnswer | undefined
}

/**
 * Keeps an answer computed from index `version` (read before the queries ran: a change during them makes it a miss).
 * Only complete, successful answers whose every query noted what it used are kept.
 */
export function keepAnswer(store: DeliveryStore, key: string, version: number, answer: CachedAnswer, notes: AnswerNotes): void {
  if (!store.cacheEnabled || answer.status !== 200 || !notes.cacheable) return
  store.cache.set(key, version, answer, new Date(), notes.affectedBy())
}
