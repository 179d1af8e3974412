/**
 * The flat JSON content feed over plain HTTP (for tools that cannot speak GraphQL): query parsing, conditional
 * requests (ETag / Last-Modified) and page serialization under a size cap. Pure; no Payload imports.
 * Error messages name parameters and what is wrong, never the value sent, so they are safe to log.
 */
import { createHash } from 'node:crypto'

import { z } from 'zod'

import { MAX_SLUG_LENGTH, SLUG_PATTERN } from '../../privacy/profile'
import { detectIdentifier } from '../../privacy/identifiers'
import { CHANNELS, type Channel } from '../../taxonomy/channels'
import { CONTENT_TYPES, type ContentType } from '../../taxonomy/contentTypes'
import { JOURNEY_STAGE_VALUES, type JourneyStage } from '../../taxonomy/journeyStages'
import { LOCALES, type Locale } from '../../taxonomy/locales'

export const FEED_QUERY_PARAMS = ['stage', 'segment', 'channel', 'locale', 'types', 'updatedSince', 'after', 'first'] as const
export type FeedQueryParam = (typeof FEED_QUERY_PARAMS)[number]

export const DEFAULT_FEED_PAGE_SIZE = 50
export const MAX_FEED_PAGE_SIZE = 200
export const MAX_CURSOR_LENGTH = 512
export const DEFAULT_MAX_PAGE_BYTES = 1_000_000
/** Clock skew tolerated between a client's `updatedSince` and ours. */
export const FUTURE_TOLERANCE_MS = 60_000

export interface FeedQuery {
  stage: JourneyStage
  segment?: string
  channel?: Channel
  locale?: Locale
  /** Sorted and de-duplicated, so equal queries have equal ETags. */
  types?: ContentType[]
  /** Normalized to ISO-8601 UTC with milliseconds. */
  updatedSince?: string
  after?: string
  first: number
}

export type FeedQueryResult = { ok: true; query: FeedQuery } | { ok: false; status: 400; message: string }

const CHANNEL_VALUES = CHANNELS.map((channel) => channel.value)
export const oneOf = (values: readonly string[]) => `must be one of ${values.join(', ')}`
const SLUG_HINT = `use lowercase letters and digits, words joined by single hyphens, at most ${MAX_SLUG_LENGTH} characters (for example adults-with-type-2-diabetes)`
const FIRST_RANGE = `first must be a whole number from 1 to ${MAX_FEED_PAGE_SIZE} (default ${DEFAULT_FEED_PAGE_SIZE})`
const NO_IDENTIFIERS = 'Carepath never accepts patient identifiers: the feed takes only stage, segment, channel, locale, types, updatedSince, after and first'

// Values with their own strict format are not screened: ISO dates look like birth dates, cursors may hold digit runs.
const FORMATTED_PARAMS = new Set<string>(['updatedSince', 'after', 'first'])

// Only short attribute-like names are repeated back in messages; anything else might itself be personal data.
const isPlainName = (key: string) => /^[A-Za-z][A-Za-z0-9_.]{0,39}$/.test(key) && detectIdentifier(key) === null

/** `types=articles,videos`: sorted and de-duplicated, so equal queries are equal. */
export const contentTypesParam = z.string().transform((list, ctx): ContentType[] => {
  const parts = list.split(',').map((part) => part.trim())
  const unknown = parts.filter((part) => !(CONTENT_TYPES as readonly string[]).includes(part))
  if (unknown.length > 0 || parts.length === 0) {
    ctx.addIssue({ code: 'custom', message: `types must be a comma-separated list of ${CONTENT_TYPES.join(', ')} (for example types=articles,videos)` })
    return z.NEVER
  }
  return [...new Set(parts as ContentType[])].sort()
})

/**
 * The checks every public query string gets before its values are read: no parameter name or value that looks like
 * a patient identifier (values of `formatted` parameters, which have strict formats of their own, excepted), no
 * unknown parameters, none sent twice. A message safe to log (it never repeats a value), or null when all is well.
 */
export function screenQueryParams(params: URLSearchParams, allowed: readonly string[], { formatted = new Set<string>(), noIdentifiers }: { formatted?: ReadonlySet<string>; noIdentifiers: string }): null | string {
  const keys = [...new Set(params.keys())]
  // Privacy first: nothing else is looked at (or echoed) before identifiers are ruled out.
  for (const key of keys) {
    if (!isPlainName(key) && detectIdentifier(key)) return `${noIdentifiers}. A parameter name looks like ${detectIdentifier(key)}.`
    if (formatted.has(key)) continue
    for (const value of params.getAll(key)) {
      const looksLike = detectIdentifier(value)
      if (looksLike) return `${noIdentifiers}. The value of ${isPlainName(key) ? key : 'a parameter'} looks like ${looksLike}.`
    }
  }
  const unknown = keys.filter((key) => !allowed.includes(key))
  if (unknown.length > 0) {
    const names = unknown.map((key) => (isPlainName(key) ? key : '(unreadable name)'))
    return `Unknown parameter${unknown.length > 1 ? 's' : ''} ${names.join(', ')}: the feed accepts ${allowed.join(', ')}`
  }
  const repeated = keys.filter((key) => params.getAll(key).length > 1)
  if (repeated.length > 0) {
    return `${repeated.join(', ')} ${repeated.length > 1 ? 'were' : 'was'} sent more than once; send each parameter once (types takes a comma-separated list)`
  }
  return null
}

const feedQuerySchema = (now: Date) =>
  z
    .object({
      stage: z.enum(JOURNEY_STAGE_VALUES as [JourneyStage, ...JourneyStage[]], {
        error: (issue) => (issue.input === undefined ? `stage is required: it ${oneOf(JOURNEY_STAGE_VALUES)}` : `stage ${oneOf(JOURNEY_STAGE_VALUES)}`),
      }),
      segment: z
        .string()
        .max(MAX_SLUG_LENGTH, { error: `segment is too long for a slug: ${SLUG_HINT}` })
        .regex(SLUG_PATTERN, { error: `segment is not a slug: ${SLUG_HINT}` })
        .optional(),
      channel: z.enum(CHANNEL_VALUES as [Channel, ...Channel[]], { error: `channel ${oneOf(CHANNEL_VALUES)}` }).optional(),
      locale: z.enum(LOCALES, { error: `locale ${oneOf(LOCALES)}` }).optional(),
      types: contentTypesParam.optional(),
      updatedSince: z
        .string()
        .pipe(z.iso.datetime({ offset: true, error: 'updatedSince must be an ISO-8601 date-time with a time zone (for example 2026-10-08T13:38:08Z)' }))
        .transform((text, ctx) => {
          const time = Date.parse(text)
          if (Number.isNaN(time)) {
            ctx.addIssue({ code: 'custom', message: 'updatedSince is not a real date-time (for example 2026-10-08T13:38:08Z)' })
            return z.NEVER
          }
          if (time > now.getTime() + FUTURE_TOLERANCE_MS) {
            ctx.addIssue({ code: 'custom', message: 'updatedSince is in the future: send the time of your last sync, or leave it out for everything' })
            return z.NEVER
          }
          return new Date(time).toISOString()
        })
        .optional(),
      after: z
        .string()
        .min(1, { error: 'after is empty: pass pageInfo.endCursor from the previous page, or leave after out to start from the beginning' })
        .max(MAX_CURSOR_LENGTH, { error: `after is too long for a cursor (at most ${MAX_CURSOR_LENGTH} characters): pass pageInfo.endCursor from the previous page unchanged` })
        .regex(/^[A-Za-z0-9_-]+$/, { error: 'after is not a cursor from this feed: pass pageInfo.endCursor from the previous page unchanged' })
        .optional(),
      first: z
        .string()
        .regex(/^\d{1,4}$/, { error: FIRST_RANGE })
        .transform(Number)
        .pipe(z.number().int().min(1, { error: FIRST_RANGE }).max(MAX_FEED_PAGE_SIZE, { error: FIRST_RANGE }))
        .optional(),
    })
    .strict()

/** Reads the feed's URL query into a normalized query, or a 400 with a message a person can act on. */
export function parseFeedQuery(params: URLSearchParams, options: { now?: Date } = {}): FeedQueryResult {
  const fail = (message: string): FeedQueryResult => ({ ok: false, status: 400, message })
  const refusal = screenQueryParams(params, FEED_QUERY_PARAMS, { formatted: FORMATTED_PARAMS, noIdentifiers: NO_IDENTIFIERS })
  if (refusal) return fail(refusal)

  const parsed = feedQuerySchema(options.now ?? new Date()).safeParse(Object.fromEntries(params))
  if (!parsed.success) return fail(parsed.error.issues[0]!.message)
  const { first, ...rest } = parsed.data
  const query: FeedQuery = { ...rest, first: first ?? DEFAULT_FEED_PAGE_SIZE }
  for (const key of Object.keys(query) as Array<keyof FeedQuery>) if (query[key] === undefined) delete query[key]
  return { ok: true, query }
}

// ---------------------------------------------------------------------------------------------------------------
// Conditional requests

// Key order must not change the ETag of an equal query.
const canonicalJSON = (value: unknown): string => {
  if (Array.isArray(value)) return `[${value.map(canonicalJSON).join(',')}]`
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJSON(item)}`).join(',')}}`
  }
  return JSON.stringify(value)
}

/** A strong ETag for one feed page: changes whenever the delivery index or the (normalized) query does. */
export function feedETag(parts: { indexVersion: number | string; query: FeedQuery }): string {
  const digest = createHash('sha1').update(canonicalJSON({ v: String(parts.indexVersion), q: parts.query })).digest('base64url')
  return `"${digest}"`
}

/** An HTTP Last-Modified value (IMF-fixdate, e.g. `Thu, 08 Oct 2026 13:38:08 GMT`). */
export function lastModified(date: Date): string {
  if (!(date instanceof Date) || Number.isNaN(date.getTime())) throw new RangeError('lastModified needs a valid Date')
  return date.toUTCString()
}

const ENTITY_TAG = /(?:W\/)?"[^"]*"/g
const opaqueTag = (tag: string) => tag.replace(/^W\//, '')

/**
 * True when the client's cached copy is current and a 304 applies (RFC 9110 §13.1): If-None-Match, compared weakly
 * and honouring `*`, takes precedence; only without it is If-Modified-Since compared, to the second.
 */
export function isNotModified(requestHeaders: Headers, etag: string, lastModifiedValue?: string | Date): boolean {
  const ifNoneMatch = requestHeaders.get('if-none-match')
  if (ifNoneMatch !== null) {
    if (ifNoneMatch.trim() === '*') return true
    const ours = opaqueTag(etag.trim())
    return (ifNoneMatch.match(ENTITY_TAG) ?? []).some((tag) => opaqueTag(tag) === ours)
  }
  const ifModifiedSince = requestHeaders.get('if-modified-since')
  if (ifModifiedSince === null || lastModifiedValue === undefined) return false
  const since = Date.parse(ifModifiedSince)
  const modified = lastModifiedValue instanceof Date ? lastModifiedValue.getTime() : Date.parse(lastModifiedValue)
  if (Number.isNaN(since) || Number.isNaN(modified)) return false
  return Math.floor(modified / 1000) <= Math.floor(since / 1000)
}

// ---------------------------------------------------------------------------------------------------------------
// Page serialization

/** A feed page; other fields (such as `tombstonesCompleteSince`) are serialized as they are. */
export interface FeedPage<Item, Tombstone = unknown> {
  items: Item[]
  tombstones: Tombstone[]
  pageInfo: { hasNextPage: boolean; endCursor: string | null }
}

export interface SerializeFeedPageOptions<Item> {
  /** The page must serialize to fewer bytes than this. Default 1 000 000. */
  maxBytes?: number
  /** The cursor of an item, used as `endCursor` when items are trimmed. Default: the item's own `cursor` field. */
  cursorFor?: (item: Item) => string
}

export class FeedPageTooLargeError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'FeedPageTooLargeError'
  }
}

const byteLength = (text: string) => Buffer.byteLength(text, 'utf8')

const ownCursor = (item: unknown): string => {
  const cursor = (item as { cursor?: unknown } | null)?.cursor
  if (typeof cursor !== 'string') throw new TypeError('serializeFeedPage needs cursorFor when items have no string cursor field')
  return cursor
}

/**
 * The page as JSON, always smaller than `maxBytes`: when it would not be, items are dropped from the end and
 * `pageInfo` points at the last item kept (`hasNextPage: true`), so the client fetches the rest on the next page.
 * Tombstones are kept whole; one re-sent on the next page is harmless (deletions are idempotent).
 */
export function serializeFeedPage<Item, Tombstone = unknown>(page: FeedPage<Item, Tombstone>, options: SerializeFeedPageOptions<Item> = {}): string {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_PAGE_BYTES
  const whole = JSON.stringify(page)
  if (byteLength(whole) < maxBytes) return whole

  const cursorFor = options.cursorFor ?? ownCursor
  const render = (count: number) => {
    if (count === page.items.length) return whole
    const kept = page.items.slice(0, count)
    const endCursor = count > 0 ? cursorFor(kept[count - 1]!) : null
    return JSON.stringify({ ...page, items: kept, pageInfo: { ...page.pageInfo, hasNextPage: true, endCursor } })
  }
  // Size is monotonic in the number of items kept: binary-search the largest count that fits.
  let low = 0
  let high = page.items.length - 1
  let best: { count: number; json: string } | undefined
  while (low <= high) {
    const middle = (low + high) >> 1
    const json = render(middle)
    if (byteLength(json) < maxBytes) {
      best = { count: middle, json }
      low = middle + 1
    } else {
      high = middle - 1
    }
  }
  // Zero items would leave the client stuck at the same cursor forever, so refuse instead.
  if (best === undefined || best.count === 0) {
    throw new FeedPageTooLargeError(`A feed page cannot fit in ${maxBytes} bytes: its first item (or its tombstones) alone are larger`)
  }
  return best.json
}
