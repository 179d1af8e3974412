/**
 * Answers an old address: a manual redirect (the `redirects` collection) to a content item's current page or to a
 * URL, following redirect chains to their end (at most MAX_HOPS, loops refused).
 */
import type { Endpoint, PayloadRequest } from 'payload'
import { APIError } from 'payload'

import { effectiveChannel } from '../delivery/access'
import { deliveryStore } from '../delivery/store'
import { isServable } from '../personalization'
import { itemURL } from '../seo/routes'
import { siteRoutes } from '../seo/payload/siteRoutes'
import { isContentType } from '../taxonomy/contentTypes'
import { normalizeRedirectPath } from './paths'

const MAX_HOPS = 10
const MAX_FROM = 2000

export interface RedirectAnswer {
  from: string
  /** Absolute URL (a content item's page on the website, or the URL given) or a path on the website. */
  to: string
  statusCode: 301 | 302
  /** Set when the redirect leads to a content item. */
  type: string | null
  slug: string | null
}

type RedirectDoc = { from: string; to?: { reference?: { relationTo: string; value: unknown } | null; type?: null | string; url?: null | string } | null; type?: null | string }

/** Where one stored redirect leads: the referenced item's current page (when it is served to this caller) or its URL. */
async function target(req: PayloadRequest, doc: RedirectDoc): Promise<{ slug: null | string; to: string; type: null | string } | null> {
  const reference = doc.to?.reference
  if (doc.to?.type === 'reference' && reference && isContentType(reference.relationTo)) {
    const id = String(typeof reference.value === 'object' && reference.value ? (reference.value as { id: unknown }).id : reference.value)
    const store = await deliveryStore(req.payload)
    const item = store.index.get(reference.relationTo, id)
    const channel = effectiveChannel(req, undefined)
    if (!item || !isServable(item, { ...store.availability, now: new Date() }) || (channel && !item.channels.includes(channel))) return null
    return { slug: item.slug, to: itemURL(siteRoutes(), item.type, item.slug), type: item.type }
  }
  return doc.to?.url ? { slug: null, to: doc.to.url, type: null } : null
}

async function stored(req: PayloadRequest, from: string): Promise<RedirectDoc | null> {
  const { docs } = await req.payload.find({ collection: 'redirects', depth: 0, limit: 1, overrideAccess: true, pagination: false, where: { from: { equals: from } } })
  return (docs[0] as unknown as RedirectDoc | undefined) ?? null
}

/** The redirect for an old path (or full URL), chains collapsed; null when there is none or it leads nowhere servable. */
export async function findRedirect(req: PayloadRequest, rawFrom: unknown): Promise<RedirectAnswer | null> {
  if (typeof rawFrom !== 'string' || !rawFrom.trim()) throw new APIError('Give the old address as `from`, a path such as /patients/diabetes.html.', 400, null, true)
  if (rawFrom.length > MAX_FROM) throw new APIError(`\`from\` is ${rawFrom.length} characters; an address has at most ${MAX_FROM}.`, 400, null, true)
  const from = normalizeRedirectPath(rawFrom)
  const seen = new Set<string>()
  let current = from
  let answer: RedirectAnswer | null = null
  let temporary = false
  for (let hop = 0; hop < MAX_HOPS; hop++) {
    seen.add(current)
    const doc = await stored(req, current)
    if (!doc) break
    const leads = await target(req, doc)
    if (!leads) return answer // the chain ends at something not served: the last good step stands
    // Permanent only when every step is: one temporary step makes the whole chain temporary.
    temporary ||= doc.type === '302'
    answer = { from, slug: leads.slug, statusCode: temporary ? 302 : 301, to: leads.to, type: leads.type }
    // Another redirect may start where this one ends (a path, or a URL on the website): follow it.
    const site = siteRoutes().siteURL
    const next = leads.to.startsWith('/') ? normalizeRedirectPath(leads.to) : leads.to.startsWith(`${site}/`) ? normalizeRedirectPath(leads.to.slice(site.length)) : null
    if (!next || seen.has(next)) break
    current = next
  }
  return answer
}

/** `GET /api/redirects/lookup?from=/old/path`: 200 with the redirect, or 404. */
export async function redirectLookupResponse(req: PayloadRequest, url: URL): Promise<Response> {
  const unknown = [...url.searchParams.keys()].filter((key) => key !== 'from')
  if (unknown.length) throw new APIError('The redirect lookup takes only from (the old path).', 400, null, true)
  const answer = await findRedirect(req, url.searchParams.get('from'))
  if (!answer) return Response.json({ errors: [{ message: 'There is no redirect from this address.' }] }, { headers: { 'Cache-Control': 'public, max-age=60' }, status: 404 })
  return Response.json(answer, { headers: { 'Cache-Control': 'public, max-age=60' } })
}

/** On the redirects collection: `GET /api/redirects/lookup?from=`. */
export const redirectLookupEndpoint: Endpoint = {
  handler: (req) => redirectLookupResponse(req, new URL(req.url ?? '', 'http://localhost')),
  method: 'get',
  path: '/lookup',
}
