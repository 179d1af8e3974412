import type { Condition } from '../../payload-types'
import type { AllLocalesDocument } from '../localApi/contentDocuments'
import { idOf } from '../utilities/idOf'
import type { ConditionNode, DeliveryItem, LocalizedText } from '../personalization'
import type { Channel } from '../taxonomy/channels'
import type { ContentType } from '../taxonomy/contentTypes'
import type { JourneyStage } from '../taxonomy/journeyStages'
import { LOCALES, type Locale } from '../taxonomy/locales'

type Localized<T> = Partial<Record<Locale, T | null>> | T | null | undefined

/** A localized value read with `locale: 'all'` is `{ en, es }`; anything else is the same in every language. */
export const inLocale = <T>(value: Localized<T>, locale: Locale): T | undefined => {
  if (value && typeof value === 'object' && !Array.isArray(value) && LOCALES.some((l) => l in (value as object))) {
    return (value as Partial<Record<Locale, T | null>>)[locale] ?? undefined
  }
  return (value ?? undefined) as T | undefined
}

/** A condition read with `locale: 'all'`: its name is a language map. */
type ConditionAllLocales = Omit<Condition, 'name'> & { name: Localized<string> }

/** Relationship ids as the taxonomy maps key them. */
const idKey = (ref: unknown): string => String(idOf(ref))

export interface TaxonomyLookup {
  conditionSlug: Map<string, string>
  segmentSlug: Map<string, string>
}

/** Type-specific fields delivered alongside the indexed text (events' times and place, videos' link…). */
export function deliveryExtras(type: ContentType, doc: AllLocalesDocument): Record<string, unknown> {
  switch (type) {
    case 'events':
      return {
        attendance: doc.attendance ?? null,
        capacity: doc.capacity ?? null,
        endsAt: doc.endsAt ?? null,
        kind: doc.kind ?? null,
        location: doc.location?.street ? doc.location : null,
        registrationUrl: doc.registrationUrl ?? null,
        startsAt: doc.startsAt ?? null,
        timeZone: doc.timeZone ?? null,
        virtualUrl: doc.virtualUrl ?? null,
      }
    case 'videos':
      return { durationSeconds: doc.durationSeconds ?? null, source: doc.source ?? null, url: doc.url ?? null }
    case 'pamphlets':
      return { pdf: doc.pdf ? idKey(inLocale(doc.pdf, 'en') ?? doc.pdf) : null }
    default:
      return { readingTimeMinutes: inLocale(doc.readingTimeMinutes, 'en') ?? null }
  }
}

/** Maps a published document read with `locale: 'all'`, depth 0, onto the delivery index's plain item. */
export function toDeliveryItem(type: ContentType, doc: AllLocalesDocument, taxonomy: TaxonomyLookup): DeliveryItem {
  const locales: DeliveryItem['locales'] = {}
  for (const locale of LOCALES) {
    const title = inLocale<string>(doc.title, locale)
    if (!title) continue
    locales[locale] = {
      complete: inLocale<boolean>(doc.translationComplete, locale) === true,
      summary: inLocale<string>(doc.summary, locale) ?? null,
      title,
    }
  }
  const slugs = (refs: unknown, map: Map<string, string>) =>
    (Array.isArray(refs) ? refs : []).map((r) => map.get(idKey(r))).filter((s): s is string => Boolean(s))

  // Fresh, duplicate-free arrays: the index keeps these for the life of the process and scans them on every query
  // (arrays as the database adapter builds them are measurably slower to scan).
  const unique = <T>(values: T[] | null | undefined): T[] => [...new Set(values ?? [])]
  return {
    channels: doc.channels?.length ? unique<Channel>(doc.channels) : ['web', 'portal'],
    clinical: doc.clinical !== false,
    conditions: slugs(doc.conditions, taxonomy.conditionSlug),
    endsAt: type === 'events' ? (doc.endsAt ?? null) : null,
    eventStatus: type === 'events' ? (doc.status ?? 'scheduled') : null,
    id: String(doc.id),
    locales,
    medicalReviewedAt: doc.medicalReviewedAt ?? null,
    publishedAt: doc.createdAt ?? null,
    segments: slugs(doc.segments, taxonomy.segmentSlug),
    slug: doc.slug ?? '',
    stages: unique<JourneyStage>(doc.stages),
    type,
    updatedAt: doc.updatedAt ?? '',
    variants: (doc.variants ?? []).map((variant) => {
      const text: Partial<Record<Locale, Partial<LocalizedText>>> = {}
      for (const locale of LOCALES) {
        const title = inLocale<string>(variant.title, locale)
        const summary = inLocale<string>(variant.summary, locale)
        if (title || summary) text[locale] = { ...(title ? { title } : {}), ...(summary ? { summary } : {}) }
      }
      return { locales: text, segments: slugs(variant.segments, taxonomy.segmentSlug) }
    }),
  }
}

export function toConditionNode(doc: ConditionAllLocales, slugById: Map<string, string>): ConditionNode {
  return {
    icd10: doc.icd10Codes ?? [],
    name: inLocale<string>(doc.name, 'en') ?? doc.slug ?? '',
    parent: doc.parent ? (slugById.get(idKey(doc.parent)) ?? null) : null,
    slug: doc.slug ?? '',
    snomed: doc.snomedCodes ?? [],
  }
}
