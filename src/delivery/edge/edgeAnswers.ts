/**
 * The fast path's answer flow for every delivery route: a repeated request in the same access scope is written from
 * the bytes cache; otherwise the route runs with its queries noting what they used, and a complete, successful answer
 * is kept and sent with the cache headers its scope allows (public + surrogate keys, or private).
 */
import type { IncomingHttpHeaders, ServerResponse } from 'node:http'

import type { Payload, PayloadRequest } from 'payload'

import { stableStringify } from '../../personalization/responseCache'
import { deliveryStore } from '../store'
import { answerCacheKey, answerScope, cachedAnswer, etagOf, keepAnswer, type CachedAnswer } from './answerCache'
import { collectNotes } from './answerNotes'
import { answerHeaders, clientHasIt } from './cacheHeaders'

export interface ComputedAnswer {
  body: Buffer
  /** False for answers that must not be kept (GraphQL errors). */
  cacheable: boolean
  contentType: string
  /** Headers the route set (its own Cache-Control is kept only when the answer is not cached). */
  headers: Record<string, string>
  status: number
}

/** What identifies a GraphQL request in the bytes cache: operation, its name and the variables, order-independent. */
export const graphqlRequestKey = (query: string, operationName: unknown, variables: unknown) =>
  `graphql|${typeof operationName === 'string' ? operationName : ''}|${query}|${stableStringify(variables ?? {})}`

/** A REST route's key: its path and parameters, sorted. */
export const restRequestKey = (url: URL) => `${url.pathname}?${[...url.searchParams].map(([k, v]) => `${k}=${v}`).sort().join('&')}`

const REPLACED_HEADERS = new Set(['cache-control', 'content-length', 'content-type', 'etag', 'vary'])

export function writeAnswer(res: ServerResponse, requestHeaders: IncomingHttpHeaders, answer: CachedAnswer) {
  answer.sent ??= { ...answerHeaders(answer), 'Content-Length': answer.body.length, 'Content-Type': answer.contentType }
  if (clientHasIt(requestHeaders, answer.etag)) {
    const { 'Content-Length': _length, 'Content-Type': _type, ...headers } = answer.sent
    res.writeHead(304, headers).end()
    return
  }
  res.writeHead(answer.status, answer.sent)
  res.end(answer.body)
}

export async function answerThroughCache(
  payload: Payload,
  { request, requestHeaders, res, user }: { request: string; requestHeaders: IncomingHttpHeaders; res: ServerResponse; user: PayloadRequest['user'] | null },
  compute: (req: PayloadRequest) => Promise<ComputedAnswer>,
): Promise<void> {
  const scope = answerScope(user)
  const store = await deliveryStore(payload)
  const key = scope ? answerCacheKey(scope, request) : undefined
  const hit = key ? cachedAnswer(store, key) : undefined
  if (hit) return writeAnswer(res, requestHeaders, hit)

  const version = store.index.version
  const req = { payload, user: user ?? null } as unknown as PayloadRequest
  const notes = collectNotes(req)
  const computed = await compute(req)
  if (!scope || !computed.cacheable || computed.status !== 200 || !notes.cacheable) {
    // The route's own headers, less the two set here (header names are case-insensitive: `content-type` from a
    // Response next to `Content-Type` would send the type twice).
    const own = Object.fromEntries(Object.entries(computed.headers).filter(([name]) => !/^content-(type|length)$/i.test(name)))
    const headers = { 'Cache-Control': 'no-store', ...own, 'Content-Type': computed.contentType }
    res.writeHead(computed.status, computed.body.length ? { ...headers, 'Content-Length': computed.body.length } : headers)
    res.end(computed.body)
    return
  }
  // The scope decides caching and Vary; the ETag is the bytes' own.
  const routeHeaders = Object.fromEntries(Object.entries(computed.headers).filter(([name]) => !REPLACED_HEADERS.has(name.toLowerCase())))
  const answer: CachedAnswer = {
    body: computed.body,
    contentType: computed.contentType,
    etag: etagOf(computed.body),
    headers: routeHeaders,
    status: 200,
    tags: notes.tags,
    visibility: scope.visibility,
  }
  keepAnswer(store, key!, version, answer, notes)
  writeAnswer(res, requestHeaders, answer)
}
