/**
 * `GET /sitemap.xml` and `GET /api/feed.atom` over HTTP on the production fast path: an index plus one sitemap per
 * type split at the configured URL limit, lastmod, hreflang alternates, only servable web items with current slugs;
 * Atom feeds that parse, filtered by stage and condition, with bad input refused clearly.
 */
import { Readable } from 'node:stream'

import { parseSitemap, parseSitemapIndex } from 'sitemap'
import { convert } from 'xmlbuilder2'

import { deliveryStore } from '@/delivery/store'

import { lexical, publishApproved } from './helpers/fixtures'
import { apiClient } from './helpers/http'
import { bootCarepath, type TestCarepath } from './helpers/payload'
import { setEnv, startFastPath } from './helpers/website'

let carepath: TestCarepath
let fast: Awaited<ReturnType<typeof startFastPath>>
let restoreEnv: () => void
const SITE = 'https://www.hospital.example'
const SERVER = 'https://cms.hospital.example'

beforeAll(async () => {
  restoreEnv = setEnv({ CAREPATH_SERVER_URL: SERVER, CAREPATH_SITE_URL: SITE, CAREPATH_SITEMAP_URLS_PER_FILE: '3' })
  carepath = await bootCarepath()
  const { payload } = carepath
  const asthma = await payload.create({ collection: 'conditions', data: { icd10Codes: ['J45'], name: 'Asthma', slug: 'asthma' } })
  const childAsthma = await payload.create({ collection: 'conditions', data: { name: 'Asthma in children', parent: asthma.id, slug: 'asthma-in-children' } })
  const article = (title: string, extra: Record<string, unknown> = {}) =>
    publishApproved(payload, { collection: 'articles', data: { body: lexical('Plain words.'), conditions: [asthma.id], stages: ['awareness'], title, ...extra } })
  for (const n of [1, 2, 3, 4]) await article(`Asthma basics ${n}`)
  const bilingual = await article('Inhaler technique', { conditions: [childAsthma.id], stages: ['retention'], summary: 'How to use an inhaler.' })
  await publishApproved(payload, { collection: 'articles', data: { title: 'Técnica del inhalador' }, id: bilingual.id, locale: 'es' })
  await article('Hidden campaign', { meta: { noindex: true } })
  await article('Portal only', { channels: ['portal'] })
  const renamed = await article('Old name')
  await payload.update({ collection: 'articles', data: { slug: 'new-name' }, id: renamed.id })
  await payload.create({ collection: 'articles', data: { _status: 'draft', title: 'Unpublished draft' } as never, draft: true })
  await publishApproved(payload, {
    collection: 'events',
    data: { attendance: 'virtual', capacity: 5, endsAt: '2099-03-01T16:00:00Z', kind: 'class', stages: ['awareness'], startsAt: '2099-03-01T15:00:00Z', title: 'Asthma class', virtualUrl: 'https://meet.example.org/a' },
  })
  await (await deliveryStore(payload)).sync()
  fast = await startFastPath(payload)
})

afterAll(async () => {
  await fast?.stop()
  await carepath?.shutdown()
  restoreEnv?.()
})

const xmlOf = async (path: string) => {
  const res = await fetch(`${fast.base}${path}`)
  expect(res.status).toBe(200)
  return { body: await res.text(), type: res.headers.get('content-type') }
}

describe('sitemap', () => {
  it('is an index of one sitemap per type and page, each page at most the configured number of URLs', async () => {
    const index = await xmlOf('/sitemap.xml')
    expect(index.type).toBe('application/xml; charset=utf-8')
    const sitemaps = await parseSitemapIndex(Readable.from([index.body]))
    expect(sitemaps.map((s) => s.url)).toEqual([
      `${SERVER}/sitemap.xml?type=articles&page=1`,
      `${SERVER}/sitemap.xml?type=articles&page=2`,
      `${SERVER}/sitemap.xml?type=articles&page=3`,
      `${SERVER}/sitemap.xml?type=events&page=1`,
    ])
    const pages = await Promise.all(sitemaps.map(async (s) => parseSitemap(Readable.from([(await xmlOf(new URL(s.url).pathname + new URL(s.url).search)).body]))))
    expect(pages.map((p) => p.length)).toEqual([3, 3, 1, 1])
    for (const [i, page] of pages.entries()) {
      const newest = page.map((u) => u.lastmod!).sort().at(-1)
      expect(new Date(sitemaps[i]!.lastmod!).toISOString()).toBe(new Date(newest!).toISOString())
    }
  })

  it('lists only servable web items under their current slugs, with lastmod and hreflang alternates', async () => {
    const urls = (await Promise.all([1, 2, 3].map(async (n) => parseSitemap(Readable.from([(await xmlOf(`/sitemap.xml?type=articles&page=${n}`)).body]))))).flat()
    expect(urls.map((u) => u.url).sort()).toEqual(
      [
        ...[1, 2, 3, 4].map((n) => `${SITE}/health-library/asthma-basics-${n}`),
        `${SITE}/health-library/inhaler-technique`,
        `${SITE}/es/health-library/inhaler-technique`,
        `${SITE}/health-library/new-name`,
      ].sort(),
    )
    for (const u of urls) expect(Number.isNaN(Date.parse(u.lastmod!))).toBe(false)
    const bilingual = urls.filter((u) => u.url.includes('inhaler-technique'))
    for (const u of bilingual) {
      expect(u.links.map((l) => [l.hreflang ?? l.lang, l.url])).toEqual([
        ['en', `${SITE}/health-library/inhaler-technique`],
        ['es', `${SITE}/es/health-library/inhaler-technique`],
      ])
    }
    const raw = (await xmlOf('/sitemap.xml?type=articles&page=1')).body
    expect(raw).toContain('xmlns:xhtml="http://www.w3.org/1999/xhtml"')
  })

  it('refuses unknown parameters and pages that do not exist, saying what to ask for', async () => {
    const bad = await fast.get('/sitemap.xml?type=recipes')
    expect(bad.status).toBe(400)
    expect(bad.body.errors[0].message).toBe('type must be one of articles, pamphlets, videos, events.')
    const missing = await fast.get('/sitemap.xml?type=articles&page=9')
    expect(missing.status).toBe(404)
    expect(missing.body.errors[0].message).toMatch(/There is no sitemap page 9 for articles: 3 page\(s\)/)
    expect((await fast.get('/sitemap.xml?email=x')).status).toBe(400)
  })

  it('is the same through Payload\'s REST route (/api/sitemap.xml)', async () => {
    const res = await apiClient(carepath.config).rest('GET', 'sitemap.xml')
    expect(res.status).toBe(200)
    expect(res.body).toBe((await xmlOf('/sitemap.xml')).body)
  })
})

type AtomEntry = { id: string; link: { '@href': string }; title: { $: string } }
const atom = async (query: string) => {
  const { body, type } = await xmlOf(`/api/feed.atom${query}`)
  expect(type).toBe('application/atom+xml; charset=utf-8')
  const feed = (convert(body, { format: 'object' }) as { feed: { '@xmlns': string; entry?: AtomEntry | AtomEntry[]; id: string; title: string } }).feed
  expect(feed['@xmlns']).toBe('http://www.w3.org/2005/Atom')
  const entries = feed.entry === undefined ? [] : Array.isArray(feed.entry) ? feed.entry : [feed.entry]
  return { ...feed, entries: entries.map((e) => ({ ...e, title: e.title.$ })) }
}

describe('Atom feed', () => {
  it('parses as Atom and lists public web items, newest first', async () => {
    const feed = await atom('')
    const titles = feed.entries.map((e) => e.title)
    expect(titles).toHaveLength(8)
    expect(titles).not.toContain('Portal only')
    expect(titles).not.toContain('Unpublished draft')
    expect(titles[0]).toBe('Asthma class')
    expect(feed.entries[0]!.link['@href']).toBe(`${SITE}/events/asthma-class`)
  })

  it('filters by stage and by condition (its child conditions included), in the language asked for', async () => {
    expect((await atom('?stage=retention')).entries.map((e) => e.title)).toEqual(['Inhaler technique'])
    expect((await atom('?condition=asthma-in-children&locale=es')).entries.map((e) => [e.title, e.link['@href']])).toEqual([
      ['Técnica del inhalador', `${SITE}/es/health-library/inhaler-technique`],
    ])
    expect((await atom('?condition=asthma&types=articles&limit=2')).entries).toHaveLength(2)
  })

  it('refuses bad input with a message, never echoing identifiers', async () => {
    const cases: Array<[string, number, RegExp]> = [
      ['?stage=someday', 400, /stage must be one of awareness/],
      ['?condition=no-such-condition', 404, /no condition with that slug/],
      ['?limit=1000', 400, /limit must be a whole number from 1 to 100/],
      ['?colour=blue', 400, /Unknown parameter colour/],
      ['?condition=jane.doe@example.com', 400, /never accepts patient identifiers/],
    ]
    for (const [query, status, message] of cases) {
      const res = await fast.get(`/api/feed.atom${query}`)
      expect([query, res.status]).toEqual([query, status])
      expect(res.body.errors[0].message).toMatch(message)
      expect(res.body.errors[0].message).not.toContain('jane.doe')
    }
  })
})
