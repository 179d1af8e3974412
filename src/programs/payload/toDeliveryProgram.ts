/** Maps a program read with `locale: 'all'`, depth 0, onto the plain data delivery holds. */
import type { Program } from '../../../payload-types'
import { inLocale, type TaxonomyLookup } from '../../delivery/toDeliveryItem'
import { isContentType } from '../../taxonomy/contentTypes'
import { LOCALES, type Locale } from '../../taxonomy/locales'
import { idOf } from '../../utilities/idOf'
import { monthDay } from '../delivery/calendar'
import type { DeliveryProgram, DeliveryProgramStep } from '../delivery/types'

type Localized = Partial<Record<Locale, string | null>> | string | null | undefined
/** A program read in all languages: its localized texts are language maps. */
export type ProgramAllLocales = Omit<Program, 'name' | 'summary' | 'tracks'> & {
  name?: Localized
  summary?: Localized
  tracks?: Array<Omit<NonNullable<Program['tracks']>[number], 'description' | 'name'> & { description?: Localized; name?: Localized }> | null
}

const texts = (value: Localized): Partial<Record<Locale, string>> => {
  const out: Partial<Record<Locale, string>> = {}
  for (const locale of LOCALES) {
    const text = inLocale<string>(value as never, locale)
    if (text) out[locale] = text
  }
  return out
}

const slugOf = (ref: unknown, map: Map<string, string>) => {
  const id = idOf(ref)
  return id === undefined ? undefined : map.get(String(id))
}

export function toDeliveryProgram(doc: ProgramAllLocales, taxonomy: TaxonomyLookup): DeliveryProgram {
  const slugs = (refs: unknown, map: Map<string, string>) => (Array.isArray(refs) ? refs : []).flatMap((r) => slugOf(r, map) ?? [])
  return {
    anchor: doc.anchor ?? 'enrollment',
    conditions: slugs(doc.conditions, taxonomy.conditionSlug),
    id: String(doc.id),
    name: texts(doc.name),
    segments: slugs(doc.segments, taxonomy.segmentSlug),
    slug: doc.slug ?? String(doc.id),
    stages: [...new Set(doc.stages ?? [])],
    summary: texts(doc.summary),
    tracks: (doc.tracks ?? []).map((track) => ({
      description: texts(track.description),
      name: texts(track.name),
      slug: track.slug,
      steps: (track.steps ?? []).map((step, index): DeliveryProgramStep => {
        const ref = step.content as { relationTo?: unknown; value?: unknown } | null | undefined
        const id = idOf(ref?.value)
        const from = step.window?.from ?? null
        const to = step.window?.to ?? null
        return {
          channel: step.channel,
          content: ref && isContentType(ref.relationTo) && id !== undefined ? { id: String(id), type: ref.relationTo } : null,
          day: typeof step.day === 'number' ? step.day : null,
          index,
          segment: slugOf(step.segment, taxonomy.segmentSlug) ?? null,
          window: from && to && monthDay(from) !== null && monthDay(to) !== null ? { from, to } : null,
        }
      }),
    })),
    updatedAt: doc.updatedAt ?? '',
  }
}
