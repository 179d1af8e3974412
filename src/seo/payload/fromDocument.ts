import type { AllLocalesDocument } from '../../localApi/contentDocuments'
import { lexicalPlainText } from '../../richtext/plainText'
import type { ContentType } from '../../taxonomy/contentTypes'
import { LOCALES, type Locale } from '../../taxonomy/locales'
import { idOf } from '../../utilities/idOf'
import type { ItemSeo, LocaleMeta, UploadId } from '../seoIndex'
import { SOCIAL_IMAGE_FIELD } from './fields'

/** The fields delivery reads for SEO, per type (added to the delivery store's select). */
export const SEO_SELECT: Record<ContentType, Record<string, unknown>> = {
  articles: { heroImage: true, medicalReviewer: true, meta: true, previousSlugs: true },
  events: { medicalReviewer: true, meta: true, previousSlugs: true },
  pamphlets: { coverImage: true, medicalReviewer: true, meta: true, previousSlugs: true },
  videos: { captions: true, medicalReviewer: true, meta: true, previousSlugs: true, thumbnail: true, transcript: true, videoFile: true },
}

type PerLocale<T> = Partial<Record<Locale, T | null>> | null | undefined
type MetaAllLocales = { canonicalURL?: PerLocale<string>; description?: PerLocale<string>; image?: PerLocale<unknown>; noindex?: boolean | null; title?: PerLocale<string> }

const at = <T>(value: PerLocale<T>, locale: Locale): T | undefined => (value && typeof value === 'object' ? (value[locale] ?? undefined) : undefined)
const upload = (value: unknown): UploadId | undefined => idOf(value) ?? undefined

/** The SEO part of a published document read with `locale: 'all'`, depth 0. */
export function itemSeoFrom(type: ContentType, doc: AllLocalesDocument): ItemSeo {
  const raw = doc as AllLocalesDocument & { meta?: MetaAllLocales | null; previousSlugs?: string[] | null }
  const meta: ItemSeo['meta'] = {}
  for (const locale of LOCALES) {
    const entry: LocaleMeta = {}
    const title = at(raw.meta?.title, locale)
    const description = at(raw.meta?.description, locale)
    const image = upload(at(raw.meta?.image, locale))
    const canonicalURL = at(raw.meta?.canonicalURL, locale)
    if (title) entry.title = title
    if (description) entry.description = description
    if (image !== undefined) entry.image = image
    if (canonicalURL) entry.canonicalURL = canonicalURL
    if (Object.keys(entry).length) meta[locale] = entry
  }
  const imageField = SOCIAL_IMAGE_FIELD[type]
  const seo: ItemSeo = {
    medicalReviewer: doc.medicalReviewer ?? null,
    meta,
    noindex: raw.meta?.noindex === true,
    previousSlugs: raw.previousSlugs ?? [],
    socialImage: imageField ? (upload((doc as Record<string, unknown>)[imageField]) ?? null) : null,
  }
  if (type === 'videos') {
    seo.transcript = {}
    seo.captions = {}
    const file = upload(doc.videoFile)
    if (file !== undefined) seo.videoFile = file
    for (const locale of LOCALES) {
      const text = lexicalPlainText(at(doc.transcript as PerLocale<unknown>, locale)).trim()
      if (text) seo.transcript[locale] = text
      const caption = upload(at(doc.captions as PerLocale<unknown>, locale))
      if (caption !== undefined) seo.captions[locale] = caption
    }
  }
  return seo
}
