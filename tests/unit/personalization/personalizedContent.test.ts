import { DeliveryIndex, DeliveryInputError, personalizedContent, recencyScore, type DeliveryItem } from '@/personalization'
import { parseContentProfile, type ContentProfile } from '@/privacy/profile'

import { CONDITIONS, daysAgo, ids, indexOf, makeItem, NOW } from './fixtures'

/** Profiles arrive through parseContentProfile, so the tests build them the same way. */
function profile(input: unknown): ContentProfile {
  const result = parseContentProfile(input)
  if (!result.ok) throw new Error(result.errors.join('\n'))
  return result.profile
}

const query = (items: DeliveryItem[], input: unknown, options: Partial<Parameters<typeof personalizedContent>[2]> = {}) =>
  personalizedContent(indexOf(items), profile(input), { now: NOW, ...options })

describe('personalizedContent ranking', () => {
  const library = [
    makeItem({ id: 'stage-only', conditions: ['heart-failure'], stages: ['awareness'] }),
    makeItem({ id: 'child', conditions: ['t2-retinopathy'], stages: ['retention'] }),
    makeItem({ id: 'exact-other-stage', conditions: ['type-2-diabetes'], stages: ['retention'] }),
    makeItem({ id: 'unrelated', conditions: ['heart-failure'], stages: ['retention'] }),
    makeItem({ id: 'parent', conditions: ['diabetes'], stages: ['retention'] }),
    makeItem({ id: 'exact-and-stage', conditions: ['type-2-diabetes'], stages: ['awareness'] }),
    makeItem({ id: 'untagged', conditions: [], stages: ['conversion'] }),
  ]

  it('puts awareness content about the condition first, then the condition, its parents and children, then the stage', () => {
    const results = query(library, { stage: 'awareness', conditions: ['type-2-diabetes'] })
    expect(ids(results)).toEqual(['exact-and-stage', 'exact-other-stage', 'parent', 'child', 'stage-only'])
    expect(results.map((r) => r.score)).toEqual([14_109, 14_009, 12_009, 11_009, 10_109])
    expect(results[0]!.reasons).toEqual([
      { kind: 'condition', value: 'type-2-diabetes', how: 'exact', condition: 'type-2-diabetes' },
      { kind: 'stage', value: 'awareness', how: 'exact' },
    ])
    expect(results[2]!.reasons).toEqual([{ kind: 'condition', value: 'type-2-diabetes', how: 'parent-condition', condition: 'diabetes' }])
    expect(results[3]!.reasons).toEqual([{ kind: 'condition', value: 'type-2-diabetes', how: 'child-condition', condition: 't2-retinopathy' }])
  })

  it('serves everything for a profile without a topic, newest first', () => {
    const items = [makeItem({ id: 'old', updatedAt: daysAgo(400) }), makeItem({ id: 'new', updatedAt: daysAgo(2) })]
    expect(ids(query(items, {}))).toEqual(['new', 'old'])
  })

  it('ranks a condition match above a stage match, a stage match above a segment match, and a segment match above recency', () => {
    const items = [
      makeItem({ id: 'for-everyone-new', updatedAt: daysAgo(0) }),
      makeItem({ id: 'for-seniors-old', segments: ['seniors'], updatedAt: daysAgo(3000) }),
      makeItem({ id: 'condition-other-stage', stages: ['retention'], conditions: ['heart-failure'], updatedAt: daysAgo(4000) }),
      makeItem({ id: 'for-seniors-other-stage', segments: ['seniors'], stages: ['retention'] }),
    ]
    const results = query(items, { stage: 'awareness', segments: ['seniors'], conditions: ['heart-failure'] })
    expect(ids(results)).toEqual(['condition-other-stage', 'for-seniors-old', 'for-everyone-new'])
    expect(results.map((r) => r.score)).toEqual([14_000, 10_111, 10_109])
    expect(results[1]!.reasons).toEqual([
      { kind: 'stage', value: 'awareness', how: 'exact' },
      { kind: 'segment', value: 'seniors', how: 'exact' },
    ])
  })

  it('breaks ties by newest update, then type, then id, whatever order items were indexed in', () => {
    const same = daysAgo(1)
    const items = [
      makeItem({ id: 'b', updatedAt: same }),
      makeItem({ id: 'a', type: 'videos', updatedAt: same }),
      makeItem({ id: 'a', updatedAt: same }),
      makeItem({ id: 'c', updatedAt: daysAgo(2) }),
      makeItem({ id: 'z', updatedAt: daysAgo(0.5) }),
    ]
    const expected = ['z', 'a', 'b', 'a', 'c']
    const expectedTypes = ['articles', 'articles', 'articles', 'videos', 'articles']
    for (const order of [items, [...items].reverse(), [items[2]!, items[0]!, items[4]!, items[1]!, items[3]!]]) {
      const results = query(order, { stage: 'awareness' })
      expect(ids(results)).toEqual(expected)
      expect(results.map((r) => r.item.type)).toEqual(expectedTypes)
    }
    // A short list cut between equally ranked items still keeps the first of them by type and id.
    for (const limit of [1, 2, 3, 4]) {
      const results = query(items, { stage: 'awareness' }, { limit })
      expect(results.map((r) => `${r.item.type}/${r.item.id}`)).toEqual(
        expected.slice(0, limit).map((id, i) => `${expectedTypes[i]}/${id}`),
      )
    }
  })

  it('returns at most `limit` items, the best ones', () => {
    const items = Array.from({ length: 30 }, (_, i) => makeItem({ id: `i${String(i).padStart(2, '0')}`, updatedAt: daysAgo(i / 10) }))
    expect(ids(query(items, {}, { limit: 3 }))).toEqual(['i00', 'i01', 'i02'])
    expect(query(items, {})).toHaveLength(10)
  })

  it('rejects a limit outside 1–100 with a message saying what is allowed', () => {
    for (const limit of [0, 101, 2.5]) {
      expect(() => query([], {}, { limit })).toThrow(new DeliveryInputError('limit must be a whole number from 1 to 100'))
    }
  })
})

describe('personalizedContent audience, channel and types', () => {
  const items = [
    makeItem({ id: 'everyone' }),
    makeItem({ id: 'seniors', segments: ['seniors'] }),
    makeItem({ id: 'parents', segments: ['new-parents'] }),
    makeItem({ id: 'sms-only', channels: ['sms'] }),
    makeItem({ id: 'video', type: 'videos' }),
  ]

  it('shows segment-targeted items only to profiles in one of their segments', () => {
    expect(ids(query(items, { segments: ['seniors'] })).sort()).toEqual(['everyone', 'seniors', 'sms-only', 'video'])
    expect(ids(query(items, {})).sort()).toEqual(['everyone', 'sms-only', 'video'])
  })

  it('keeps to the profile channel and the requested types', () => {
    expect(ids(query(items, { channel: 'sms' }))).toEqual(['sms-only'])
    expect(ids(query(items, {}, { types: ['videos'] }))).toEqual(['video'])
  })
})

describe('personalizedContent clinical codes', () => {
  const items = [
    makeItem({ id: 'hyperglycemia', conditions: ['t2-hyperglycemia'] }),
    makeItem({ id: 'type-2', conditions: ['type-2-diabetes'] }),
    makeItem({ id: 'diabetes', conditions: ['diabetes'] }),
    makeItem({ id: 'retinopathy', conditions: ['t2-retinopathy'] }),
    makeItem({ id: 'heart', conditions: ['heart-failure'] }),
  ]

  it('resolves a code exactly, then through broader categories, then up and down the hierarchy, saying how', () => {
    const results = query(items, { codes: [{ system: 'ICD10CM', code: 'e1165' }] })
    expect(ids(results)).toEqual(['hyperglycemia', 'type-2', 'diabetes', 'retinopathy'])
    expect(results.map((r) => r.reasons[0])).toEqual([
      { kind: 'code', value: 'ICD10CM:E11.65', how: 'exact', condition: 't2-hyperglycemia' },
      { kind: 'code', value: 'ICD10CM:E11.65', how: 'broader-code', condition: 'type-2-diabetes', matchedCode: 'E11' },
      // Reached through the exact match's parents first, so no broader code was needed.
      { kind: 'code', value: 'ICD10CM:E11.65', how: 'parent-condition', condition: 'diabetes' },
      { kind: 'code', value: 'ICD10CM:E11.65', how: 'child-condition', condition: 't2-retinopathy', matchedCode: 'E11' },
    ])
  })

  it('matches SNOMED CT ids exactly', () => {
    const results = query(items, { codes: [{ system: 'SNOMEDCT', code: '44054006' }] })
    expect(results[0]!.item.id).toBe('type-2')
    expect(results[0]!.reasons[0]).toEqual({ kind: 'code', value: 'SNOMEDCT:44054006', how: 'exact', condition: 'type-2-diabetes' })
  })
})

describe('personalizedContent availability', () => {
  const perfect = { conditions: ['heart-failure'], stages: ['awareness' as const] }
  const items = [
    makeItem({ id: 'ended-event', type: 'events', endsAt: daysAgo(0.01), ...perfect }),
    makeItem({ id: 'upcoming-event', type: 'events', endsAt: daysAgo(-10), ...perfect }),
    makeItem({ id: 'lapsed', clinical: true, medicalReviewedAt: daysAgo(800), ...perfect }),
    makeItem({ id: 'reviewed', clinical: true, medicalReviewedAt: daysAgo(100), ...perfect }),
  ]

  it('never serves ended events and withholds clinical content with a lapsed review by default', () => {
    expect(ids(query(items, { conditions: ['heart-failure'] })).sort()).toEqual(['reviewed', 'upcoming-event'])
  })

  it('serves lapsed reviews only when the hospital turns withholding off, and ended events never', () => {
    const results = query(items, { conditions: ['heart-failure'] }, { withholdLapsedReviews: false })
    expect(ids(results).sort()).toEqual(['lapsed', 'reviewed', 'upcoming-event'])
    const strict = query(items, { conditions: ['heart-failure'] }, { maxReviewAgeMonths: 3 })
    expect(ids(strict)).toEqual(['upcoming-event'])
  })

  it('ranks an overdue item below every current one under the rankLower policy, however well it matches', () => {
    const library = [
      makeItem({ id: 'lapsed-perfect', clinical: true, medicalReviewedAt: daysAgo(800), updatedAt: daysAgo(1), ...perfect }),
      makeItem({ id: 'current-weak', clinical: true, conditions: [], medicalReviewedAt: daysAgo(100), stages: ['retention'], updatedAt: daysAgo(3000) }),
      makeItem({ id: 'never-reviewed', clinical: true, medicalReviewedAt: null, ...perfect }),
    ]
    const results = query(library, {}, { rankLapsedLower: true, withholdLapsedReviews: false })
    expect(ids(results)).toEqual(['current-weak', 'lapsed-perfect', 'never-reviewed'])
    expect(results[1]!.score).toBeLessThan(0)
    // Without the policy the same library ranks on match alone.
    expect(ids(query(library, {}, { withholdLapsedReviews: false }))[0]).toBe('lapsed-perfect')
  })
})

describe('personalizedContent text: locale and variants', () => {
  it('serves the requested locale, ranks complete translations first, and flags a fallback', () => {
    const items = [
      makeItem({ id: 'english-only', conditions: ['heart-failure'] }),
      makeItem({
        id: 'spanish-draft-translation',
        locales: { es: { title: 'Borrador', summary: null, complete: false }, en: { title: 'Draft', summary: null, complete: true } },
      }),
      makeItem({
        id: 'spanish',
        locales: { es: { title: 'Insuficiencia cardíaca', summary: 'Resumen', complete: true } },
      }),
    ]
    const results = query(items, { locale: 'es', stage: 'awareness', conditions: ['heart-failure'] })
    expect(ids(results)).toEqual(['spanish', 'english-only', 'spanish-draft-translation'])
    expect(results.map((r) => [r.locale, r.localeFallback, r.text.title])).toEqual([
      ['es', false, 'Insuficiencia cardíaca'],
      ['en', true, 'Title english-only'],
      ['es', false, 'Borrador'],
    ])
    const english = query(items, { locale: 'en', stage: 'awareness' })
    expect(english.find((r) => r.item.id === 'spanish')).toMatchObject({ locale: 'es', localeFallback: true })
  })

  const withVariants = makeItem({
    id: 'a1c',
    locales: { en: { title: 'Know your A1C', summary: 'What the number means', complete: true } },
    variants: [
      { segments: ['spanish-speaking'], locales: { es: { title: 'Conozca su A1C' } } },
      { segments: ['seniors'], locales: { en: { title: 'A1C after 65' } } },
      { segments: ['new-parents', 'seniors'], locales: { en: { title: 'A1C for families', summary: 'For the whole family' } } },
    ],
  })

  it('serves the first variant for one of the profile segments, keeping main text for fields the variant leaves out', () => {
    const [senior] = query([withVariants], { segments: ['seniors'] })
    expect(senior).toMatchObject({ variant: 1, text: { title: 'A1C after 65', summary: 'What the number means' } })
    const [parent] = query([withVariants], { segments: ['new-parents'] })
    expect(parent).toMatchObject({ variant: 2, text: { title: 'A1C for families', summary: 'For the whole family' } })
  })

  it('serves the main text to everyone else, including a segment whose variant has no text in the served locale', () => {
    for (const input of [{}, { segments: ['caregivers'] }, { segments: ['spanish-speaking'] }]) {
      const [result] = query([withVariants], input)
      expect(result).toMatchObject({ variant: null, text: { title: 'Know your A1C', summary: 'What the number means' } })
    }
  })
})

describe('personalizedContent on a large index', () => {
  it('returns the same top items as a full scan over 20,000 items, and follows removals', () => {
    const conditions = ['diabetes', 'type-2-diabetes', 'heart-failure', 't2-retinopathy', 'other']
    const stages = ['awareness', 'acceptance', 'acquisition', 'conversion', 'retention'] as const
    const items = Array.from({ length: 20_000 }, (_, i) =>
      makeItem({
        id: `n${i}`,
        type: (['articles', 'pamphlets', 'videos', 'events'] as const)[i % 4],
        conditions: [conditions[i % 5]!],
        stages: [stages[Math.floor(i / 5) % 5]!],
        segments: i % 7 === 0 ? ['seniors'] : [],
        updatedAt: new Date(NOW.getTime() - 1000 * ((i * 7919) % 20_000)).toISOString(),
      }),
    )
    const index = indexOf(items)
    const request = profile({ stage: 'acceptance', conditions: ['heart-failure'] })
    // Full-scan reference: heart failure in acceptance, for everyone, newest first (all share the recency bucket).
    const expected = items
      .filter((it) => it.conditions[0] === 'heart-failure' && it.stages[0] === 'acceptance' && it.segments.length === 0)
      .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))
      .map((it) => it.id)
    const results = personalizedContent(index, request, { now: NOW, limit: 20 })
    expect(ids(results)).toEqual(expected.slice(0, 20))

    index.remove(results[0]!.item.type, results[0]!.item.id)
    expect(ids(personalizedContent(index, request, { now: NOW, limit: 20 }))).toEqual(expected.slice(1, 21))
  })

  it('agrees with a full scan of the documented scoring for stage, segment, locale and recency over 20,000 items', () => {
    const stages = ['awareness', 'acceptance', 'acquisition', 'conversion', 'retention'] as const
    const items = Array.from({ length: 20_000 }, (_, i) =>
      makeItem({
        id: `n${i}`,
        type: (['articles', 'pamphlets', 'videos', 'events'] as const)[i % 4],
        stages: [stages[i % 5]!],
        segments: i % 11 === 0 ? ['seniors'] : i % 13 === 0 ? ['new-parents'] : [],
        // Ages spread over 12 years so every recency bucket is used; some share a timestamp.
        updatedAt: daysAgo(((i * 7919) % 4400) + (i % 3) * 0.25),
        locales:
          i % 4 === 0
            ? { en: { title: 'en', summary: null, complete: true } }
            : { es: { title: 'es', summary: null, complete: i % 3 !== 0 }, en: { title: 'en', summary: null, complete: true } },
        ...(i % 17 === 0 && { type: 'events' as const, endsAt: daysAgo(1) }),
      }),
    )
    const index = new DeliveryIndex(CONDITIONS)
    index.upsertMany(items)
    const score = (it: DeliveryItem) =>
      (it.locales.es?.complete ? 10_000 : 0) + 100 + (it.segments.includes('seniors') ? 10 : 0) + recencyScore(Date.parse(it.updatedAt), NOW)
    const expected = items
      .filter((it) => it.stages[0] === 'acceptance' && (it.segments.length === 0 || it.segments.includes('seniors')) && !it.endsAt)
      .sort((a, b) => score(b) - score(a) || Date.parse(b.updatedAt) - Date.parse(a.updatedAt) || (a.type < b.type ? -1 : a.type > b.type ? 1 : 0) || (a.id < b.id ? -1 : 1))
      .map((it) => `${it.type}/${it.id}`)
    const results = personalizedContent(index, profile({ stage: 'acceptance', segments: ['seniors'], locale: 'es' }), { now: NOW, limit: 100 })
    expect(results.map((r) => `${r.item.type}/${r.item.id}`)).toEqual(expected.slice(0, 100))
    expect(results.map((r) => r.score)).toEqual(expected.slice(0, 100).map((key) => score(index.get(...(key.split('/') as ['articles', string]))!)))

    const anyone = personalizedContent(index, profile({}), { now: NOW, limit: 50 })
    // Without a locale the requested one is English, complete everywhere: newest first.
    const englishOrder = items
      .filter((it) => it.segments.length === 0 && !it.endsAt)
      .sort((a, b) => recencyScore(Date.parse(b.updatedAt), NOW) - recencyScore(Date.parse(a.updatedAt), NOW) || Date.parse(b.updatedAt) - Date.parse(a.updatedAt) || (a.type < b.type ? -1 : a.type > b.type ? 1 : 0) || (a.id < b.id ? -1 : 1))
    expect(anyone.map((r) => `${r.item.type}/${r.item.id}`)).toEqual(englishOrder.slice(0, 50).map((it) => `${it.type}/${it.id}`))
  })
})
