/** Seeded random delivery libraries and profiles for the property tests of the delivery queries and cache. */
import type { DeliveryItem } from '@/personalization'
import { parseContentProfile, type ContentProfile } from '@/privacy/profile'

import { CONDITIONS, daysAgo, makeItem } from './fixtures'

/** mulberry32: a small seeded generator, so a failure can be replayed. */
export function random(seed: number) {
  let a = seed >>> 0
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!
  const some = <T>(list: readonly T[], max: number): T[] => [...new Set(Array.from({ length: Math.floor(next() * (max + 1)) }, () => pick(list)))]
  return { next, pick, some }
}

export const TYPES = ['articles', 'pamphlets', 'videos', 'events'] as const
export const STAGES = ['awareness', 'acceptance', 'acquisition', 'conversion', 'retention'] as const
export const SEGMENTS = ['seniors', 'new-parents', 'caregivers', 'spanish-speakers']
export const CHANNELS = ['web', 'portal', 'email', 'sms'] as const
export const CONDITION_SLUGS = [...CONDITIONS.map((c) => c.slug), 'unlisted']

export type Random = ReturnType<typeof random>

export function library(size: number, seed: number): DeliveryItem[] {
  const r = random(seed)
  return Array.from({ length: size }, (_, i) => randomItem(r, `n${i}`))
}

/** One random item; `type` fixes the type (an edit keeps it). */
export function randomItem(r: Random, id: string, fixedType?: DeliveryItem['type']): DeliveryItem {
  const type = fixedType ?? r.pick(TYPES)
  const en = r.next() < 0.9
  return makeItem({
    id,
    type,
    conditions: r.some(CONDITION_SLUGS, 2),
    stages: r.some(STAGES, 2),
    // Most items are for everyone, as in a real library.
    segments: r.next() < 0.6 ? [] : r.some(SEGMENTS, 2),
    channels: r.some(CHANNELS, 3),
    // Twelve years of updates; many share one of 50 timestamps (imports, bulk edits), so ties need the tie-break.
    updatedAt: daysAgo(r.next() < 0.3 ? Math.floor(r.next() * 50) * 3 : r.next() * 4400),
    locales: {
      ...(en && { en: { title: 'en', summary: null, complete: r.next() < 0.9 } }),
      ...((!en || r.next() < 0.5) && { es: { title: 'es', summary: null, complete: r.next() < 0.7 } }),
    },
    endsAt: type === 'events' ? daysAgo(r.next() < 0.3 ? 2 : -30) : null,
    clinical: r.next() < 0.3,
    medicalReviewedAt: r.next() < 0.8 ? daysAgo(r.next() * 1000) : null,
  })
}

export function profile(input: unknown): ContentProfile {
  const result = parseContentProfile(input)
  if (!result.ok) throw new Error(result.errors.join('\n'))
  return result.profile
}

/** Raw profile input with a random mix of stage, conditions, segments, channel and locale. */
export function randomProfile(r: Random) {
  return {
    ...(r.next() < 0.7 && { stage: r.pick(STAGES) }),
    ...(r.next() < 0.6 && { conditions: r.some(CONDITION_SLUGS, 2) }),
    ...(r.next() < 0.6 && { segments: r.some(SEGMENTS, 2) }),
    ...(r.next() < 0.4 && { channel: r.pick(CHANNELS) }),
    ...(r.next() < 0.5 && { locale: r.pick(['en', 'es'] as const) }),
  }
}

