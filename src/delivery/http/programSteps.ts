import { createHash } from 'node:crypto'

import type { PayloadRequest } from 'payload'
import { APIError } from 'payload'

import { isNotModified } from '../../personalization'
import { refuseUnknownParameters } from '../../programs/delivery/stepQuery'
import { asAPIError, runProgramSteps } from '../../programs/payload/queries'
import { requireAuthenticated } from '../access'
import { deliveredContent } from '../deliveredContent'

/** `/api/programs/{slug}/steps`: the slug, or undefined when the path is not that route. */
export function programStepsSlug(pathname: string): string | undefined {
  const match = /^\/api\/programs\/([^/]+)\/steps\/?$/.exec(pathname)
  return match ? decodeURIComponent(match[1]!) : undefined
}

const MAX_BYTES = 1024 * 1024

/**
 * `GET /api/programs/{slug}/steps?tracks=baby,mom&day=14&window=7&locale=es&channel=email`: the steps due, flat JSON
 * for Braze Connected Content and Salesforce Marketing Cloud (one call per send): each step carries its content's
 * fields directly. ETag and 304; an API client key is required.
 */
export async function programStepsResponse(req: PayloadRequest, url: URL, headers: Headers): Promise<Response> {
  requireAuthenticated(req, 'Program steps')
  const slug = programStepsSlug(url.pathname)
  try {
    refuseUnknownParameters(url.searchParams.keys())
  } catch (error) {
    asAPIError(error)
  }
  const param = (name: string) => url.searchParams.get(name) ?? undefined
  const { answer, key, store } = await runProgramSteps(req, {
    channel: param('channel'),
    date: param('date'),
    day: param('day'),
    locale: param('locale'),
    program: slug,
    tracks: param('tracks'),
    window: param('window'),
  })
  // Serialized once per answer: one call per send must be cheap.
  const { body, etag } = store.programs.cached(`rest|${key}`, store.programs.affectedBy(answer.program), () => {
    const json = JSON.stringify({
      program: answer.program.slug,
      locale: answer.locale,
      localeFallback: answer.localeFallback,
      steps: answer.due.map(({ item, served, ...place }) => {
        const { __typename: _, codeMatch: __, cursor: ___, reasons: ____, score: _____, ...content } = deliveredContent(store, item, served)
        return { ...place, ...content }
      }),
      skipped: answer.skipped,
    })
    return { body: json, etag: `"${createHash('sha1').update(json).digest('base64url')}"` }
  }, store.cacheEnabled)
  if (Buffer.byteLength(body) > MAX_BYTES) throw new APIError('The answer would be larger than 1 MB: ask for fewer tracks or a shorter window.', 413, null, true)
  const common = { 'Cache-Control': 'private, no-cache', ETag: etag, Vary: 'Authorization' }
  if (isNotModified(headers, etag)) return new Response(null, { headers: common, status: 304 })
  return new Response(body, { headers: { ...common, 'Content-Type': 'application/json; charset=utf-8' }, status: 200 })
}
