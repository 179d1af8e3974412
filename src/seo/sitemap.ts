/**
 * Sitemaps (sitemaps.org 0.9 with xhtml:link hreflang alternates) and the Atom feed, written by the `sitemap` and
 * `feed` libraries from plain entries. Pure: no Payload.
 */
import { Readable } from 'node:stream'

import { Feed } from 'feed'
import { ErrorLevel, SitemapIndexStream, SitemapStream, streamToPromise } from 'sitemap'

import type { Locale } from '../taxonomy/locales'

/** The sitemaps.org limit on URLs per sitemap file. */
export const MAX_URLS_PER_SITEMAP = 50_000

export interface SitemapEntry {
  url: string
  /** ISO date-time. */
  lastmod: string
  /** Every language version of the page, itself included (hreflang). */
  alternates: ReadonlyArray<{ locale: Locale; url: string }>
}

export async function sitemapXML(entries: readonly SitemapEntry[]): Promise<string> {
  // Entries are built from configuration and stored slugs: the library's per-URL validation (most of its time) is skipped.
  const stream = new SitemapStream({ level: ErrorLevel.SILENT, xmlns: { image: false, news: false, video: false, xhtml: true } })
  const written = streamToPromise(stream)
  // 50,000 URLs take seconds to write: in slices, letting other requests in between (no stall over ~50 ms).
  for (let i = 0; i < entries.length; i++) {
    const e = entries[i]!
    stream.write({ lastmod: e.lastmod, links: e.alternates.map((a) => ({ hreflang: a.locale, lang: a.locale, url: a.url })), url: e.url })
    if (i % SLICE === SLICE - 1) await new Promise((resolve) => setImmediate(resolve))
  }
  stream.end()
  return (await written).toString('utf8')
}

const SLICE = 500

export async function sitemapIndexXML(sitemaps: ReadonlyArray<{ lastmod?: string; url: string }>): Promise<string> {
  const stream = new SitemapIndexStream()
  return (await streamToPromise(Readable.from(sitemaps).pipe(stream))).toString('utf8')
}

export interface AtomEntry {
  id: string
  title: string
  summary: string | null
  url: string
  updatedAt: string
  publishedAt: string | null
  categories: readonly string[]
}

export interface AtomFeedInput {
  id: string
  title: string
  /** The feed's own address. */
  self: string
  /** The website. */
  site: string
  locale: Locale
  updated: Date
  entries: readonly AtomEntry[]
}

export function atomXML(input: AtomFeedInput): string {
  const feed = new Feed({
    copyright: input.title,
    feedLinks: { atom: input.self },
    generator: 'Carepath',
    id: input.id,
    language: input.locale,
    link: input.site,
    title: input.title,
    updated: input.updated,
  })
  for (const entry of input.entries) {
    feed.addItem({
      category: entry.categories.map((term) => ({ name: term, term })),
      date: new Date(entry.updatedAt),
      description: entry.summary ?? undefined,
      id: entry.id,
      link: entry.url,
      published: entry.publishedAt ? new Date(entry.publishedAt) : undefined,
      title: entry.title,
    })
  }
  return feed.atom1()
}
