/** Plain data the delivery index holds and the delivery queries return; filled from published Payload documents by the glue. */
import type { CodeSystemName } from '../clinical/codeSystems'
import type { Channel } from '../taxonomy/channels'
import type { ContentType } from '../taxonomy/contentTypes'
import type { JourneyStage } from '../taxonomy/journeyStages'
import type { Locale } from '../taxonomy/locales'

export type { Channel } from '../taxonomy/channels'
export type { ContentType } from '../taxonomy/contentTypes'
export type { JourneyStage } from '../taxonomy/journeyStages'
export type { Locale } from '../taxonomy/locales'

export interface LocalizedText {
  title: string
  summary: string | null
  /** False while a translation is still in progress. */
  complete: boolean
}

export interface DeliveryVariant {
  segments: string[]
  locales: Partial<Record<Locale, Partial<LocalizedText>>>
}

export type EventStatus = 'scheduled' | 'cancelled' | 'full'

export interface DeliveryItem {
  type: ContentType
  id: string
  slug: string
  /** ISO date-time; also the recency signal. */
  updatedAt: string
  publishedAt: string | null
  /** A locale is present only if the item has a title in it. */
  locales: Partial<Record<Locale, LocalizedText>>
  /** Condition slugs tagged on the item. */
  conditions: string[]
  stages: JourneyStage[]
  /** Segment slugs; [] means "for everyone". */
  segments: string[]
  channels: Channel[]
  variants: DeliveryVariant[]
  /** Events only. */
  endsAt: string | null
  eventStatus: EventStatus | null
  clinical: boolean
  medicalReviewedAt: string | null
}

export interface ConditionNode {
  slug: string
  name: string
  parent: string | null
  icd10: string[]
  snomed: string[]
}

export interface ClinicalCode {
  system: CodeSystemName
  code: string
}

export type RemovalReason = 'unpublished' | 'deleted' | 'expired'

/** What the feed reports for an item that left the index, so automation can drop its copy. */
export interface Tombstone {
  type: ContentType
  id: string
  slug: string
  /** ISO date-time. */
  removedAt: string
  reason: RemovalReason
}

export interface AvailabilityOptions {
  now: Date
  /** When on, clinical items whose medical review is missing or older than `maxReviewAgeMonths` are not served. */
  withholdLapsedReviews: boolean
  /** When on (the guidelines' `rankLower` overdue policy), such items are served, but below every current item. */
  rankLapsedLower?: boolean
  maxReviewAgeMonths: number
}

/** How a piece of content matched: the thing asked for itself, a broader ICD-10-CM code, or a condition above/below it. */
export type MatchHow = 'exact' | 'broader-code' | 'parent-condition' | 'child-condition'

/** The text served for one item: the chosen locale, and a segment variant's wording where one applies. */
export interface ServedText {
  locale: Locale
  /** True when the item has no text in the requested locale and is served in the other one. */
  localeFallback: boolean
  /** Index into `item.variants` of the variant whose text is served, or null for the main text. */
  variant: number | null
  text: { title: string; summary: string | null }
}

/** An item as the delivery index holds it, with its dates parsed once. */
export interface IndexedEntry {
  readonly key: string
  readonly item: DeliveryItem
  /** `item.updatedAt` in epoch milliseconds, parsed once. */
  readonly updatedMs: number
  /** `item.endsAt` and `item.medicalReviewedAt` in epoch milliseconds; NaN when missing or unreadable. */
  readonly endsMs: number
  readonly reviewedMs: number
}
