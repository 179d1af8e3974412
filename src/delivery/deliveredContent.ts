import type { DeliveryItem, ServedText } from '../personalization'
import { deliverySource } from '../seo/payload/delivered'
import type { DeliveryStore } from './store'

/** What every delivered item looks like to a client: plain JSON, the same for GraphQL and REST. */
export interface DeliveredContent {
  __typename: string
  type: string
  id: string
  slug: string
  title: string
  summary: string | null
  locale: string
  localeFallback: boolean
  variant: number | null
  stages: string[]
  segments: string[]
  conditions: string[]
  channels: string[]
  updatedAt: string
  publishedAt: string | null
  score: number | null
  reasons: Array<{ condition?: string; how: string; kind: string; matchedCode?: string; value: string }>
  codeMatch: { code: string; condition: string; how: string; matchedCode: string; system: string } | null
  cursor: string | null
  [extra: string]: unknown
}

export const TYPE_NAMES = { articles: 'DeliveredArticle', events: 'DeliveredEvent', pamphlets: 'DeliveredPamphlet', videos: 'DeliveredVideo' } as const

export function deliveredContent(
  store: DeliveryStore,
  item: DeliveryItem,
  served: ServedText,
  extra: Partial<Pick<DeliveredContent, 'codeMatch' | 'cursor' | 'reasons' | 'score'>> = {},
): DeliveredContent {
  return {
    __typename: TYPE_NAMES[item.type],
    channels: item.channels,
    codeMatch: extra.codeMatch ?? null,
    conditions: item.conditions,
    cursor: extra.cursor ?? null,
    id: item.id,
    locale: served.locale,
    localeFallback: served.localeFallback,
    publishedAt: item.publishedAt,
    reasons: extra.reasons ?? [],
    score: extra.score ?? null,
    segments: item.segments,
    slug: item.slug,
    stages: item.stages,
    summary: served.text.summary,
    title: served.text.title,
    type: item.type,
    updatedAt: item.updatedAt,
    variant: served.variant,
    ...store.extrasFor(item.type, item.id),
    // What the SEO and JSON-LD fields are computed from, when a client asks for them (src/seo).
    ...deliverySource(store, item),
  }
}
