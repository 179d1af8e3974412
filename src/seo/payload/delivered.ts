/**
 * SEO fields and JSON-LD of a delivered item, resolved only when a client asks for them: the website's URL in each
 * language, meta title and description (the editor's, or the title and summary), the social image, canonical URL,
 * `noindex`, and schema.org JSON-LD.
 */
import type { Payload } from 'payload'

import type { DeliveryItem, Locale } from '../../personalization'
import { LOCALES } from '../../taxonomy/locales'
import { buildJsonLd, type JsonLdInput } from '../jsonLd'
import { metaDefaults } from '../meta'
import { itemURL, type SiteRoutes } from '../routes'
import type { ItemSeo } from '../seoIndex'
import { siteName, siteRoutes } from './siteRoutes'
import { uploadLinks, type UploadLink } from './uploads'

/** Where a delivered item came from, kept on it under a symbol (never serialized): the indexed item and its SEO data. */
export const DELIVERY_SOURCE = Symbol('carepath.deliverySource')
export interface DeliverySource {
  item: DeliveryItem
  seo: ItemSeo | undefined
  extras: Record<string, unknown>
}
export type WithDeliverySource = { [DELIVERY_SOURCE]?: DeliverySource; locale: string; summary: null | string; title: string }

export interface DeliveredSeo {
  url: string
  title: string
  description: string | null
  image: UploadLink | null
  canonicalURL: string
  noindex: boolean
  /** The item's page in each language it has (hreflang alternates). */
  alternates: Array<{ locale: Locale; url: string }>
}

const sourceOf = (content: WithDeliverySource): DeliverySource => {
  const source = content[DELIVERY_SOURCE]
  if (!source) throw new Error('A delivered item lost its source; build it with deliveredContent().')
  return source
}

/** The item's pages on the website, one per language it has text in. */
export const alternatesOf = (routes: SiteRoutes, item: DeliveryItem): DeliveredSeo['alternates'] =>
  LOCALES.filter((locale) => item.locales[locale]).map((locale) => ({ locale, url: itemURL(routes, item.type, item.slug, locale) }))

export async function deliveredSeo(payload: Payload, content: WithDeliverySource): Promise<DeliveredSeo> {
  const { item, seo } = sourceOf(content)
  const locale = content.locale as Locale
  const routes = siteRoutes()
  const meta = seo?.meta[locale]
  const url = itemURL(routes, item.type, item.slug, locale)
  const { description, title } = metaDefaults({ metaDescription: meta?.description, metaTitle: meta?.title, summary: content.summary, title: content.title })
  return {
    alternates: alternatesOf(routes, item),
    canonicalURL: meta?.canonicalURL ?? url,
    description,
    image: await uploadLinks(payload).link('media', meta?.image ?? seo?.meta.en?.image ?? seo?.socialImage),
    noindex: seo?.noindex ?? false,
    title,
    url,
  }
}

/** schema.org JSON-LD for the item as served (language, variant text), as a JSON string. */
export async function deliveredJsonLd(payload: Payload, content: WithDeliverySource, conditions: (slug: string) => JsonLdInput['conditions'][number] | undefined): Promise<string> {
  const { extras, item, seo } = sourceOf(content)
  const info = await deliveredSeo(payload, content)
  const locale = content.locale as Locale
  const links = uploadLinks(payload)
  const captions = await Promise.all(
    Object.entries(seo?.captions ?? {}).map(async ([captionLocale, id]) => ({ link: await links.link('caption-files', id), locale: captionLocale as Locale })),
  )
  const input: JsonLdInput = {
    conditions: item.conditions.map(conditions).filter((c): c is NonNullable<typeof c> => Boolean(c)),
    description: info.description,
    image: info.image?.url ?? null,
    locale,
    medicalReviewedAt: item.medicalReviewedAt,
    medicalReviewer: seo?.medicalReviewer ?? null,
    publishedAt: item.publishedAt,
    publisher: { name: siteName(), url: siteRoutes().siteURL },
    title: content.title,
    type: item.type,
    updatedAt: item.updatedAt,
    url: info.canonicalURL,
  }
  if (item.type === 'events') input.event = extras as unknown as JsonLdInput['event']
  if (item.type === 'videos') {
    // An uploaded video is served from Carepath's own file URL; YouTube and Vimeo links are embeds.
    const file = extras.source === 'upload' ? await links.link('video-files', seo?.videoFile) : null
    input.video = {
      captions: captions.flatMap(({ link, locale: l }) => (link ? [{ locale: l, url: link.url }] : [])),
      durationSeconds: (extras.durationSeconds as number | null) ?? null,
      source: (extras.source as string | null) ?? null,
      transcript: seo?.transcript?.[locale] ?? null,
      url: file?.url ?? (extras.url as string | null) ?? null,
    }
  }
  return JSON.stringify(buildJsonLd(input))
}

/** The hidden source a delivered item carries so `seo` and `jsonLd` can be computed when asked for. */
export const deliverySource = (store: { extrasFor(type: DeliveryItem['type'], id: string): Record<string, unknown>; seo: { get(type: DeliveryItem['type'], id: string): ItemSeo | undefined } }, item: DeliveryItem) => ({
  [DELIVERY_SOURCE]: { extras: store.extrasFor(item.type, item.id), item, seo: store.seo.get(item.type, item.id) } satisfies DeliverySource,
})
