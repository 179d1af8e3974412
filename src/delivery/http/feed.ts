import type { PayloadRequest } from 'payload'
import { APIError } from 'payload'

import { feedETag, isNotModified, lastModified, parseFeedQuery, serializeFeedPage } from '../../personalization/formats/feed'
import { deliveredContent } from '../graphql'
import { runContentFeed } from '../queries'

/**
 * `GET /api/feed?stage=…&segment=…&channel=…&locale=…&types=…&updatedSince=…&first=…&after=…`:
 * the automation feed as flat JSON for tools that cannot speak GraphQL. Each page stays under 1 MB,
 * carries an ETag and Last-Modified, and answers 304 when the client already has it.
 */
export async function feedResponse(req: PayloadRequest, url: URL, headers: Headers): Promise<Response> {
  const parsed = parseFeedQuery(url.searchParams)
  if (!parsed.ok) throw new APIError(`The feed request is not valid: ${parsed.message}`, 400, null, true)
  const { query } = parsed
  const { results, store } = await runContentFeed(req, query)

  // Identical query on an unchanged index: the client's copy is current.
  const etag = feedETag({ indexVersion: store.index.version, query })
  const times = [...results.items.map((r) => Date.parse(r.item.updatedAt)), ...results.tombstones.map((t) => Date.parse(t.removedAt))]
  const modified = new Date(times.length ? Math.max(...times) : Date.parse(results.tombstonesCompleteSince))
  const common = { 'Cache-Control': 'private, no-cache', ETag: etag, 'Last-Modified': lastModified(modified), Vary: 'Authorization' }
  if (isNotModified(headers, etag, modified)) return new Response(null, { headers: common, status: 304 })

  const items = results.items.map((r) => {
    const { __typename: _, codeMatch: __, reasons: ___, score: ____, ...item } = deliveredContent(store, r.item, r, { cursor: r.cursor })
    return item
  })
  const body = serializeFeedPage({ ...results, items })
  return new Response(body, { headers: { ...common, 'Content-Type': 'application/json; charset=utf-8' }, status: 200 })
}
