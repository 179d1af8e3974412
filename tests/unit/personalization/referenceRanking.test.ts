/**
 * The delivery queries pick candidates cleverly (posting lists, early-stopping walks); these tests check them against
 * a brute-force scan of the documented scoring on random libraries small and large, so every path is exercised.
 */
import { contentForCodes, DeliveryIndex, personalizedContent, recencyScore, type DeliveryItem } from '@/personalization'
import type { ContentProfile } from '@/privacy/profile'

import { CONDITIONS, makeItem, NOW } from './fixtures'
import { CONDITION_SLUGS, library, profile, random, randomProfile } from './randomLibrary'

const parent = new Map(CONDITIONS.map((c) => [c.slug, c.parent]))
const ancestorsOf = (slug: string): string[] => {
  const up: string[] = []
  for (let p = parent.get(slug); p; p = parent.get(p)) up.push(p)
  return up
}

/** Clinical items reviewed before this (24 months before NOW, the default) are withheld. */
const REVIEW_CUTOFF = Date.UTC(NOW.getUTCFullYear() - 2, NOW.getUTCMonth(), NOW.getUTCDate())
const servable = (item: DeliveryItem) =>
  !(item.endsAt && Date.parse(item.endsAt) < NOW.getTime()) &&
  !(item.clinical && (!item.medicalReviewedAt || Date.parse(item.medicalReviewedAt) < REVIEW_CUTOFF))

const byRank = (a: { item: DeliveryItem; score: number }, b: { item: DeliveryItem; score: number }) =>
  b.score - a.score ||
  Date.parse(b.item.updatedAt) - Date.parse(a.item.updatedAt) ||
  (a.item.type < b.item.type ? -1 : a.item.type > b.item.type ? 1 : 0) ||
  (a.item.id < b.item.id ? -1 : a.item.id > b.item.id ? 1 : 0)

const keysOf = (results: ReadonlyArray<{ item: DeliveryItem; score: number }>) => results.map((r) => `${r.item.type}/${r.item.id} ${r.score}`)

/** The documented personalizedContent scoring, applied to every item. */
function referencePersonalized(items: DeliveryItem[], p: ContentProfile, limit: number) {
  const conditionScore = new Map<string, number>()
  const offer = (slug: string, score: number) => conditionScore.set(slug, Math.max(conditionScore.get(slug) ?? 0, score))
  for (const slug of p.conditions ?? []) {
    offer(slug, 4000)
    for (const up of ancestorsOf(slug)) offer(up, 2000)
    for (const below of CONDITIONS.filter((c) => ancestorsOf(c.slug).includes(slug))) offer(below.slug, 1000)
  }
  const locale = p.locale ?? 'en'
  const hasTopic = Boolean(p.stage) || (p.conditions?.length ?? 0) > 0
  return items
    .flatMap((item) => {
      const segmentMatch = item.segments.some((s) => p.segments?.includes(s))
      const condition = Math.max(0, ...item.conditions.map((c) => conditionScore.get(c) ?? 0))
      const stageMatch = p.stage !== undefined && item.stages.includes(p.stage)
      if (!servable(item) || (item.segments.length > 0 && !segmentMatch)) return []
      if (p.channel && !item.channels.includes(p.channel)) return []
      if (hasTopic && !stageMatch && condition === 0) return []
      if (!item.locales.en && !item.locales.es) return []
      const score =
        (item.locales[locale]?.complete ? 10_000 : 0) + condition + (stageMatch ? 100 : 0) + (segmentMatch ? 10 : 0) + recencyScore(Date.parse(item.updatedAt), NOW)
      return [{ item, score }]
    })
    .sort(byRank)
    .slice(0, limit)
}

describe('personalizedContent agrees with a full scan of its documented scoring', () => {
  it.each([
    [300, 1],
    [3000, 2],
    [12_000, 3],
    [40_000, 4],
  ])('on a random library of %i items (seed %i), for random profiles and limits', (size, seed) => {
    const items = library(size, seed)
    const index = new DeliveryIndex(CONDITIONS)
    index.upsertMany(items)
    const r = random(seed * 101)
    for (let run = 0; run < 40; run++) {
      const input = randomProfile(r)
      const p = profile(input)
      const limit = r.pick([1, 10, 100])
      const context = JSON.stringify({ input, limit })
      expect([context, ...keysOf(personalizedContent(index, p, { now: NOW, limit }))]).toEqual([context, ...keysOf(referencePersonalized(items, p, limit))])
    }
  })
})

describe('contentForCodes agrees with a full scan of its documented scoring', () => {
  // Match score per condition for each code, read from a library with one item per condition.
  const matchTable = (code: string) => {
    const one = new DeliveryIndex(CONDITIONS)
    one.upsertMany(CONDITIONS.map((c) => makeItem({ id: c.slug, conditions: [c.slug], updatedAt: NOW.toISOString() })))
    const results = contentForCodes(one, [{ system: 'ICD10CM', code }], { now: NOW, audience: 'PATIENT', limit: 100 })
    return new Map(results.map((r) => [r.item.id, r.score - 20 - 9]))
  }

  it.each([
    [300, 5],
    [3000, 6],
    [40_000, 7],
  ])('on a random library of %i items (seed %i), for each code, audience and channel', (size, seed) => {
    const items = library(size, seed)
    const index = new DeliveryIndex(CONDITIONS)
    index.upsertMany(items)
    for (const code of ['E11.65', 'E11.3', 'E11', 'I50.9']) {
      const table = matchTable(code)
      expect(table.size).toBeGreaterThan(0)
      for (const audience of ['PATIENT', 'PROVIDER'] as const) {
        for (const [limit, channel, locale] of [[10, undefined, 'en'], [100, 'email', 'es']] as const) {
          const expected = items
            .flatMap((item) => {
              const match = Math.max(0, ...item.conditions.map((c) => table.get(c) ?? 0))
              if (match === 0 || !servable(item) || (channel && !item.channels.includes(channel))) return []
              if (!item.locales.en && !item.locales.es) return []
              const score =
                match + (item.locales[locale]?.complete ? 20 : 0) + (audience === 'PROVIDER' && item.clinical ? 10 : 0) + recencyScore(Date.parse(item.updatedAt), NOW)
              return [{ item, score }]
            })
            .sort(byRank)
            .slice(0, limit)
          const actual = contentForCodes(index, [{ system: 'ICD10CM', code }], { now: NOW, audience, limit, locale, ...(channel && { channel }) })
          const context = JSON.stringify({ code, audience, limit, channel })
          expect([context, ...keysOf(actual)]).toEqual([context, ...keysOf(expected)])
        }
      }
    }
  })
})
