/** What delivery keeps per published item for SEO and redirects, beside the delivery index. Pure. */
import type { ContentType } from '../taxonomy/contentTypes'
import type { Locale } from '../taxonomy/locales'

export type UploadId = number | string

export interface LocaleMeta {
  title?: string
  description?: string
  image?: UploadId
  canonicalURL?: string
}

export interface ItemSeo {
  meta: Partial<Record<Locale, LocaleMeta>>
  noindex: boolean
  /** The hero image, pamphlet cover or video thumbnail: the social image when the editor picked none. */
  socialImage: UploadId | null
  medicalReviewer: string | null
  /** Slugs the item had before its current one (see src/redirects/slugHistory.ts). */
  previousSlugs: string[]
  /** Videos only: plain-text transcript, caption file per language, uploaded video file. */
  transcript?: Partial<Record<Locale, string>>
  videoFile?: UploadId
  captions?: Partial<Record<Locale, UploadId>>
}

const key = (type: ContentType, id: string) => `${type}/${id}`

/** Per-item SEO data and the old-slug → item map that answers redirects. */
export class SeoIndex {
  private readonly items = new Map<string, ItemSeo>()
  private readonly oldSlugs = new Map<string, string>()

  get(type: ContentType, id: string): ItemSeo | undefined {
    return this.items.get(key(type, id))
  }

  set(type: ContentType, id: string, seo: ItemSeo): void {
    this.delete(type, id)
    this.items.set(key(type, id), seo)
    for (const slug of seo.previousSlugs) this.oldSlugs.set(key(type, slug), id)
  }

  delete(type: ContentType, id: string): void {
    const before = this.items.get(key(type, id))
    if (!before) return
    for (const slug of before.previousSlugs) if (this.oldSlugs.get(key(type, slug)) === id) this.oldSlugs.delete(key(type, slug))
    this.items.delete(key(type, id))
  }

  /** The id of the published item that once had `slug`, if any. */
  formerlyAt(type: ContentType, slug: string): string | undefined {
    return this.oldSlugs.get(key(type, slug))
  }
}
