import crypto from 'node:crypto'

import type { PayloadRequest } from 'payload'
import { APIError } from 'payload'
import { z } from 'zod'

import { CONTENT_TYPES, JOURNEY_STAGE_VALUES } from '../../taxonomy/journeyStages'
import { deliveredContent } from '../graphql'
import { runContentFeed } from '../queries'

export const MAX_FEED_PAGE_BYTES = 1_000_000

const feedQuerySchema = z
  .object({
    after: z.string().max(512).optional(),
    channel: z.enum(['web', 'portal', 'email', 'sms']).optional(),
    first: z.coerce.number().int().min(1).max(200).optional(),
    locale: z.enum(['en', 'es']).optional(),
    segment: z.string().max(64).optional(),
    stage: z.enum(JOURNEY_STAGE_VALUES as [string, ...string[]], { message: `stage is required: one of ${JOURNEY_STAGE_VALUES.join(', ')}` }),
    types: z
      .string()
      .transform((v) => v.split(',').map((t) => t.trim()).filter(Boolean))
      .pipe(z.array(z.enum(CONTENT_TYPES)))
      .optional(),
    updatedSince: z
      .string()
      .refine((v) => !Number.isNaN(Date.parse(v)), 'updatedSince must be an ISO 8601 date-time such as 2026-11-01T00:00:00Z')
      .optional(),
  })
  .strict()

function parseFeedQuery(url: URL) {
  const params = Object.fromEntries(url.searchParams)
  const parsed = feedQuerySchema.safeParse(params)
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) =>
      issue.code === 'unrecognized_keys' ? `unknown parameter(s): ${issue.keys.join(', ')}` : `${issue.path.join('.') || 'query'}: ${issue.message}`,
    )
    throw new APIError(`The feed request is not valid: ${problems.join('; ')}.`, 400, null, true)
  }
  return parsed.data
}

/** RFC 7232: If-None-Match (any of a list, weak comparison, or *) wins over If-Modified-Since. */
function notModified(headers: Headers, etag: string, lastModified: Date): boolean {
  const ifNoneMatch = headers.get('if-none-match')
  if (ifNoneMatch) {
    const strip = (tag: string) => tag.trim().replace(/^W\//, '')
    return ifNoneMatch.trim() === '*' || ifNoneMatch.split(',').some((tag) => strip(tag) === strip(etag))
  }
  const since = Date.parse(headers.get('if-modified-since') ?? '')
  return !Number.isNaN(since) && Math.floor(lastModified.getTime() / 1000) * 1000 <= since
}

/**
 * `GET /api/feed?stage=…&segment=…&channel=…&locale=…&types=…&updatedSince=…&first=…&after=…`:
 * the automation feed as flat JSON for tools that cannot speak GraphQL. Each page stays under 1 MB,
 * carries an ETag and Last-Modified, and answers 304 when the client already has it.
 */
export async function feedResponse(req: PayloadRequest, url: URL, headers: Headers): Promise<Response> {
  const query = parseFeedQuery(url)
  const { results, store } = await runContentFeed(req, { ...query, stage: query.stage as never, types: query.types })

  const items = results.items.map((r) => {
    const { __typename: _, codeMatch: __, reasons: ___, score: ____, ...item } = deliveredContent(store, r.item, r, { cursor: r.cursor })
    return item
  })
  const page = { items, pageInfo: results.pageInfo, tombstones: results.tombstones, tombstonesCompleteSince: results.tombstonesCompleteSince }
  let body = JSON.stringify(page)
  // A page never exceeds 1 MB: drop items from its end and point the cursor at the last one kept.
  while (Buffer.byteLength(body) > MAX_FEED_PAGE_BYTES && page.items.length > 1) {
    page.items = page.items.slice(0, Math.max(1, Math.floor(page.items.length * 0.8)))
    page.pageInfo = { endCursor: page.items[page.items.length - 1]!.cursor, hasNextPage: true }
    body = JSON.stringify(page)
  }

  const etag = `"${crypto.createHash('sha1').update(body).digest('base64url')}"`
  const newest = [...page.items.map((i) => Date.parse(i.updatedAt)), ...page.tombstones.map((t) => Date.parse(t.removedAt))]
  const lastModified = new Date(newest.length ? Math.max(...newest) : Date.parse(results.tombstonesCompleteSince))
  const common = {
    'Cache-Control': 'private, no-cache',
    ETag: etag,
    'Last-Modified': lastModified.toUTCString(),
    Vary: 'Authorization',
  }
  if (notModified(headers, etag, lastModified)) return new Response(null, { headers: common, status: 304 })
  return new Response(body, { headers: { ...common, 'Content-Type': 'application/json; charset=utf-8' }, status: 200 })
}
