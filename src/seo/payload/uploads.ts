import type { Payload } from 'payload'

import { publicURLs } from '../../security/publicURLs'
import type { UploadId } from '../seoIndex'

type UploadCollection = 'caption-files' | 'media' | 'video-files'
export interface UploadLink {
  url: string
  alt: string | null
  width: number | null
  height: number | null
}

const TTL_MS = 60_000
const MAX_ENTRIES = 20_000

type UploadDoc = { alt?: null | string; height?: null | number; id: UploadId; sizes?: { og?: { height?: null | number; url?: null | string; width?: null | number } }; url?: null | string; width?: null | number }

/**
 * Absolute URLs of images (the 1200×630 `og` size when there is one) and caption files, read in one query per request
 * for the ids not seen in the last minute: JSON-LD and SEO fields are resolved only when a client asks for them.
 */
export class UploadLinks {
  private readonly cache = new Map<string, { expires: number; link: UploadLink | null }>()
  private pending: Map<UploadCollection, Set<string>> | null = null
  private batch: Promise<void> | null = null

  constructor(private readonly payload: Payload) {}

  /** One upload's link; the ids asked for within one tick (a list's items resolving their fields) share one query. */
  async link(collection: UploadCollection, id: UploadId | null | undefined): Promise<UploadLink | null> {
    if (id === null || id === undefined) return null
    const cached = this.cache.get(`${collection}/${id}`)
    if (cached && cached.expires >= Date.now()) return cached.link
    if (!this.pending) {
      this.pending = new Map()
      this.batch = Promise.resolve().then(async () => {
        const pending = this.pending!
        this.pending = null
        await Promise.all([...pending].map(([c, ids]) => this.links(c, ids)))
      })
    }
    const ids = this.pending.get(collection) ?? new Set<string>()
    ids.add(String(id))
    this.pending.set(collection, ids)
    await this.batch
    return this.cache.get(`${collection}/${id}`)?.link ?? null
  }

  async links(collection: UploadCollection, ids: Iterable<UploadId>): Promise<Map<string, UploadLink | null>> {
    const now = Date.now()
    const wanted = [...new Set([...ids].map(String))]
    const missing = wanted.filter((id) => (this.cache.get(`${collection}/${id}`)?.expires ?? 0) < now)
    if (missing.length) {
      const { docs } = await this.payload.find({ collection, depth: 0, limit: missing.length, locale: 'en', overrideAccess: true, pagination: false, where: { id: { in: missing } } })
      const found = new Map((docs as unknown as UploadDoc[]).map((d) => [String(d.id), d]))
      if (this.cache.size > MAX_ENTRIES) this.cache.clear()
      const base = publicURLs().serverURL
      const absolute = (url: string) => (url.startsWith('/') ? `${base}${url}` : url)
      for (const id of missing) {
        const doc = found.get(id)
        const og = doc?.sizes?.og
        const link: UploadLink | null = doc?.url
          ? og?.url
            ? { alt: doc.alt ?? null, height: og.height ?? null, url: absolute(og.url), width: og.width ?? null }
            : { alt: doc.alt ?? null, height: doc.height ?? null, url: absolute(doc.url), width: doc.width ?? null }
          : null
        this.cache.set(`${collection}/${id}`, { expires: now + TTL_MS, link })
      }
    }
    return new Map(wanted.map((id) => [id, this.cache.get(`${collection}/${id}`)?.link ?? null]))
  }
}

const perPayload = new WeakMap<Payload, UploadLinks>()
export const uploadLinks = (payload: Payload): UploadLinks => {
  let links = perPayload.get(payload)
  if (!links) perPayload.set(payload, (links = new UploadLinks(payload)))
  return links
}
