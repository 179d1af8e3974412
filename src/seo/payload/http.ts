/**
 * The website's plain-HTTP reads, answered from the delivery index: `GET /sitemap.xml` (an index, and one sitemap per
 * type and page with `?type=…&page=…`), `GET /api/feed.atom` (public Atom feeds) and `GET /api/redirects/lookup?from=`.
 * Served on the fast path (scripts/server.ts) and as Payload endpoints.
 */
import type { Endpoint, PayloadRequest } from 'payload'
import { APIError } from 'payload'

import { deliveryStore, type DeliveryStore } from '../../delivery/store'
import { isServableEntry, serveText, type DeliveryItem, type IndexedEntry } from '../../personalization'
import { redirectLookupResponse } from '../../redirects/lookup'
import { publicURLs } from '../../security/publicURLs'
import { CONTENT_TYPES, isContentType, type ContentType } from '../../taxonomy/contentTypes'
import { LOCALES } from '../../taxonomy/locales'
import { parseAtomQuery } from '../atomQuery'
import { itemURL, type SiteRoutes } from '../routes'
import { atomXML, MAX_URLS_PER_SITEMAP, sitemapIndexXML, sitemapXML, type SitemapEntry } from '../sitemap'
import { siteName, siteRoutes } from './siteRoutes'

export const SITEMAP_PATH = '/sitemap.xml'

/** URLs per sitemap file: CAREPATH_SITEMAP_URLS_PER_FILE (1–50,000, default 50,000). */
export function sitemapLimit(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.CAREPATH_SITEMAP_URLS_PER_FILE?.trim()
  if (!raw) return MAX_URLS_PER_SITEMAP
  const limit = Number(raw)
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_URLS_PER_SITEMAP) {
    throw new Error(`CAREPATH_SITEMAP_URLS_PER_FILE must be a whole number from 1 to ${MAX_URLS_PER_SITEMAP} (got '${raw.slice(0, 20)}').`)
  }
  return limit
}

/** Published web-channel items servable now, of one type, in a stable order (sitemap pages stay put). */
function webEntries(store: DeliveryStore, type: ContentType): IndexedEntry[] {
  const availability = { ...store.availability, now: new Date() }
  const ofType = store.index.postings('type', type)
  return [...store.index.postings('channel', 'web')]
    .filter((entry) => ofType.has(entry) && isServableEntry(entry, availability))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
}

/** One <url> per language version of each item (its own canonical page), with every version as an hreflang alternate. */
function sitemapEntries(store: DeliveryStore, routes: SiteRoutes, item: DeliveryItem): SitemapEntry[] {
  const seo = store.seo.get(item.type, item.id)
  if (seo?.noindex) return []
  // A language whose canonical URL is elsewhere is that page's duplicate: it is not listed.
  const locales = LOCALES.filter((locale) => item.locales[locale] && !seo?.meta[locale]?.canonicalURL)
  const alternates = locales.map((locale) => ({ locale, url: itemURL(routes, item.type, item.slug, locale) }))
  return alternates.map(({ url }) => ({ alternates: alternates.length > 1 ? alternates : [], lastmod: item.updatedAt, url }))
}

/** Rendered sitemaps per store, until the index changes or 5 minutes pass (ended events leave): 50,000 URLs take seconds. */
const SITEMAP_TTL_MS = 5 * 60_000
const renderedSitemaps = new WeakMap<DeliveryStore, Map<string, { expires: number; value: Promise<unknown> }>>()
function renderOnce<T>(store: DeliveryStore, key: string, render: () => Promise<T>): Promise<T> {
  let cache = renderedSitemaps.get(store)
  if (!cache) renderedSitemaps.set(store, (cache = new Map()))
  const now = Date.now()
  const fullKey = `${store.index.version}|${key}`
  const hit = cache.get(fullKey)
  if (hit && hit.expires > now) return hit.value as Promise<T>
  for (const [k, v] of cache) if (v.expires <= now || !k.startsWith(`${store.index.version}|`)) cache.delete(k)
  const value = render()
  value.catch(() => cache.delete(fullKey))
  cache.set(fullKey, { expires: now + SITEMAP_TTL_MS, value })
  return value
}

const xml = (body: string) => new Response(body, { headers: { 'Cache-Control': 'public, max-age=300', 'Content-Type': 'application/xml; charset=utf-8' } })

export async function sitemapResponse(req: PayloadRequest, url: URL): Promise<Response> {
  const unknown = [...url.searchParams.keys()].filter((key) => key !== 'type' && key !== 'page')
  if (unknown.length) throw new APIError(`${SITEMAP_PATH} takes only type and page (as listed in the sitemap index).`, 400, null, true)
  const store = await deliveryStore(req.payload)
  const routes = siteRoutes()
  const limit = sitemapLimit()
  const type = url.searchParams.get('type')
  const settings = `${limit}|${JSON.stringify(routes)}|${publicURLs().serverURL}`
  const key = `${settings}|${type}|${url.searchParams.get('page')}`
  const pagesOf = (t: ContentType) =>
    renderOnce(store, `${settings}|pages|${t}`, async () => {
      const entries = webEntries(store, t).flatMap((entry) => sitemapEntries(store, routes, entry.item))
      const pages: SitemapEntry[][] = []
      for (let i = 0; i < entries.length; i += limit) pages.push(entries.slice(i, i + limit))
      return pages
    })
  if (type === null) {
    const base = publicURLs().serverURL
    return xml(
      await renderOnce(store, key, async () => {
        const sitemaps = []
        for (const t of CONTENT_TYPES) {
          for (const [i, page] of (await pagesOf(t)).entries()) {
            sitemaps.push({ lastmod: page.reduce((latest, e) => (e.lastmod > latest ? e.lastmod : latest), ''), url: `${base}${SITEMAP_PATH}?type=${t}&page=${i + 1}` })
          }
        }
        return sitemapIndexXML(sitemaps)
      }),
    )
  }
  if (!isContentType(type)) throw new APIError(`type must be one of ${CONTENT_TYPES.join(', ')}.`, 400, null, true)
  const page = Number(url.searchParams.get('page') ?? '1')
  const pages = await pagesOf(type)
  if (!Number.isInteger(page) || page < 1 || page > Math.max(1, pages.length)) {
    throw new APIError(`There is no sitemap page ${String(url.searchParams.get('page')).slice(0, 10)} for ${type}: ${pages.length} page(s), see ${SITEMAP_PATH}.`, 404, null, true)
  }
  return xml(await renderOnce(store, key, () => sitemapXML(pages[page - 1] ?? [])))
}

/** `GET /api/feed.atom?stage=…&condition=…&locale=…&types=…&limit=…`: newest first, public (web channel). */
export async function atomFeedResponse(req: PayloadRequest, url: URL): Promise<Response> {
  const parsed = parseAtomQuery(url.searchParams)
  if (!parsed.ok) throw new APIError(`The Atom feed request is not valid: ${parsed.message}`, 400, null, true)
  const { query } = parsed
  const store = await deliveryStore(req.payload)
  const conditions = store.index.conditions
  if (query.condition && !conditions.get(query.condition)) throw new APIError('There is no condition with that slug; see the conditions list for slugs.', 404, null, true)
  const wanted = query.condition ? new Set([query.condition, ...conditions.descendants(query.condition)]) : null
  const availability = { ...store.availability, now: new Date() }
  const entries = [...store.index.postings('channel', 'web')]
    .filter(({ item }) => (!query.types || query.types.includes(item.type))
      && (!query.stage || item.stages.includes(query.stage))
      && (!wanted || item.conditions.some((c) => wanted.has(c))))
    .filter((entry) => isServableEntry(entry, availability))
    .sort((a, b) => b.updatedMs - a.updatedMs || (a.key < b.key ? -1 : 1))
    .slice(0, query.limit)
  const routes = siteRoutes()
  const name = siteName()
  const self = `${publicURLs().serverURL}/api/feed.atom${url.search}`
  const title = [name, query.condition && conditions.get(query.condition)?.name, query.stage].filter(Boolean).join(' · ')
  const body = atomXML({
    entries: entries.flatMap(({ item }) => {
      const served = serveText(item, query.locale, [])
      if (!served) return []
      return [{
        categories: [...item.stages, ...item.conditions],
        id: itemURL(routes, item.type, item.slug, served.locale),
        publishedAt: item.publishedAt,
        summary: served.text.summary,
        title: served.text.title,
        updatedAt: item.updatedAt,
        url: itemURL(routes, item.type, item.slug, served.locale),
      }]
    }),
    id: self,
    locale: query.locale,
    self,
    site: routes.siteURL,
    title,
    updated: new Date(entries[0]?.updatedMs ?? Date.now()),
  })
  return new Response(body, { headers: { 'Cache-Control': 'public, max-age=300', 'Content-Type': 'application/atom+xml; charset=utf-8' } })
}

/** The same handlers on the fast path (exact paths; the sitemap is outside /api). */
export const WEBSITE_GET_ROUTES: Record<string, (req: PayloadRequest, url: URL) => Promise<Response>> = {
  '/api/feed.atom': atomFeedResponse,
  '/api/redirects/lookup': redirectLookupResponse,
  [SITEMAP_PATH]: sitemapResponse,
}

const requestURL = (req: PayloadRequest) => new URL(req.url ?? '', 'http://localhost')

/** Payload endpoints under /api (the sitemap is served at the site root by scripts/server.ts and src/app/sitemap.xml). */
export const websiteEndpoints: Endpoint[] = [
  { handler: (req) => atomFeedResponse(req, requestURL(req)), method: 'get', path: '/feed.atom' },
  { handler: (req) => sitemapResponse(req, requestURL(req)), method: 'get', path: '/sitemap.xml' },
]

