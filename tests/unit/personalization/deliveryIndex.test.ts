import { DeliveryIndex, DeliveryInputError, isServable } from '@/personalization'
import { validateSNOMEDCT } from '@/clinical/snomed'

import { CONDITIONS, daysAgo, indexOf, makeItem, NOW } from './fixtures'

describe('DeliveryIndex', () => {
  it('finds items by condition, stage, segment, channel and type, and forgets old tags when an item is replaced', () => {
    const index = indexOf([makeItem({ id: 'a', conditions: ['heart-failure'], segments: ['seniors'], channels: ['web'] })])
    expect([...index.postings('condition', 'heart-failure')].map((entry) => entry.key)).toEqual(['articles/a'])
    expect([...index.postings('segment', 'seniors')].map((entry) => entry.key)).toEqual(['articles/a'])
    expect([...index.postings('channel', 'web')].map((entry) => entry.key)).toEqual(['articles/a'])

    index.upsert(makeItem({ id: 'a', conditions: ['diabetes'], segments: [], stages: ['retention'] }))
    expect(index.size).toBe(1)
    expect(index.postings('condition', 'heart-failure').size).toBe(0)
    expect(index.postings('segment', 'seniors').size).toBe(0)
    expect(index.postings('stage', 'awareness').size).toBe(0)
    expect([...index.postings('condition', 'diabetes')].map((entry) => entry.key)).toEqual(['articles/a'])
    expect([...index.postings('stage', 'retention')].map((entry) => entry.key)).toEqual(['articles/a'])
    expect(index.get('articles', 'a')?.stages).toEqual(['retention'])
    expect(index.feedOrder).toHaveLength(1)
  })

  it('finds an item by type and slug, follows a slug change and forgets the slug on removal', () => {
    const index = indexOf([makeItem({ id: '1', slug: 'managing-asthma' }), makeItem({ id: '2', slug: 'managing-asthma', type: 'videos' })])
    expect(index.bySlug('articles', 'managing-asthma')?.id).toBe('1')
    expect(index.bySlug('videos', 'managing-asthma')?.id).toBe('2')
    expect(index.bySlug('pamphlets', 'managing-asthma')).toBeUndefined()

    index.upsert(makeItem({ id: '1', slug: 'living-with-asthma' }))
    expect(index.bySlug('articles', 'managing-asthma')).toBeUndefined()
    expect(index.bySlug('articles', 'living-with-asthma')?.id).toBe('1')

    // Another item taking over a slug keeps it when the first one leaves.
    index.upsert(makeItem({ id: '3', slug: 'living-with-asthma' }))
    index.remove('articles', '1')
    expect(index.bySlug('articles', 'living-with-asthma')?.id).toBe('3')
    index.remove('articles', '3')
    expect(index.bySlug('articles', 'living-with-asthma')).toBeUndefined()
  })

  it('bumps the version on every change, and not on a removal of something it does not hold', () => {
    const index = new DeliveryIndex(CONDITIONS)
    const start = index.version
    index.upsert(makeItem({ id: 'a' }))
    index.upsert(makeItem({ id: 'a', updatedAt: daysAgo(0) }))
    expect(index.version).toBe(start + 2)
    expect(index.remove('articles', 'missing')).toBe(false)
    expect(index.version).toBe(start + 2)
    expect(index.remove('articles', 'a', 'unpublished')).toBe(true)
    index.replaceConditions([])
    expect(index.version).toBe(start + 4)
    expect(index.size).toBe(0)
    expect(index.get('articles', 'a')).toBeUndefined()
  })

  it('keeps one item per type and id: an article and a video may share an id', () => {
    const index = indexOf([makeItem({ id: '7' }), makeItem({ id: '7', type: 'videos' })])
    expect(index.size).toBe(2)
    index.remove('videos', '7')
    expect(index.get('articles', '7')).toBeDefined()
    expect(index.get('videos', '7')).toBeUndefined()
  })

  it('loads many items at once into the same feed order as one by one, with a single version bump', () => {
    const items = Array.from({ length: 50 }, (_, i) =>
      makeItem({ id: `n${(i * 37) % 50}`, type: i % 2 ? 'videos' : 'articles', updatedAt: daysAgo((i * 13) % 7) }),
    )
    const oneByOne = indexOf(items)
    const bulk = new DeliveryIndex(CONDITIONS)
    bulk.upsertMany(items.slice(0, 10))
    bulk.upsertMany(items)
    expect(bulk.version).toBe(2)
    expect(bulk.size).toBe(oneByOne.size)
    expect(bulk.feedOrder.map((e) => e.key)).toEqual(oneByOne.feedOrder.map((e) => e.key))
  })

  it('keeps the feed order whole when a bulk load stops at a bad item', () => {
    const bulk = new DeliveryIndex(CONDITIONS)
    expect(() => bulk.upsertMany([makeItem({ id: 'b' }), makeItem({ id: 'bad', updatedAt: '' }), makeItem({ id: 'c' })])).toThrow(
      DeliveryInputError,
    )
    expect(bulk.feedOrder.map((e) => e.key)).toEqual(['articles/b'])
    expect(bulk.version).toBe(1)
  })

  it('rejects an item whose updatedAt is not a date, saying which item', () => {
    const index = new DeliveryIndex(CONDITIONS)
    expect(() => index.upsert(makeItem({ id: 'x', updatedAt: 'yesterday' }))).toThrow(
      new DeliveryInputError('articles/x updatedAt is not an ISO date-time (for example 2025-03-01T12:00:00.000Z)'),
    )
    expect(index.size).toBe(0)
  })

  it('records a tombstone on removal and drops it when the item is published again', () => {
    const index = indexOf([makeItem({ id: 'a', slug: 'managing-a1c' })])
    index.remove('articles', 'a', 'unpublished', new Date('2025-05-31T10:00:00Z'))
    expect(index.tombstones.map((r) => r.tombstone)).toEqual([
      { type: 'articles', id: 'a', slug: 'managing-a1c', removedAt: '2025-05-31T10:00:00.000Z', reason: 'unpublished' },
    ])
    index.upsert(makeItem({ id: 'a', updatedAt: daysAgo(0) }))
    expect(index.tombstones).toHaveLength(0)
  })

  it('turns ended events into expired tombstones', () => {
    const index = indexOf([
      makeItem({ id: 'past', type: 'events', endsAt: daysAgo(1) }),
      makeItem({ id: 'soon', type: 'events', endsAt: daysAgo(-3) }),
    ])
    expect(index.expireEnded(NOW)).toBe(1)
    expect(index.get('events', 'past')).toBeUndefined()
    expect(index.get('events', 'soon')).toBeDefined()
    expect(index.tombstones.map((r) => [r.tombstone.id, r.tombstone.reason])).toEqual([['past', 'expired']])
  })

  it('bounds the tombstone log by count and age, and says from when it is complete', () => {
    let clock = NOW
    const index = new DeliveryIndex(CONDITIONS, { clock: () => clock, maxTombstones: 2, tombstoneRetentionDays: 30 })
    for (const id of ['a', 'b', 'c', 'd']) index.upsert(makeItem({ id }))
    index.remove('articles', 'a', 'deleted', new Date('2025-06-01T01:00:00Z'))
    index.remove('articles', 'b', 'deleted', new Date('2025-06-01T02:00:00Z'))
    expect(index.tombstonesCompleteSince).toEqual(NOW)
    index.remove('articles', 'c', 'deleted', new Date('2025-06-01T03:00:00Z'))
    expect(index.tombstones.map((r) => r.tombstone.id)).toEqual(['b', 'c'])
    expect(index.tombstonesCompleteSince.toISOString()).toBe('2025-06-01T01:00:00.000Z')

    // 30 days later 'b' and 'c' are past retention even though the log has room.
    clock = new Date('2025-07-01T04:00:00Z')
    index.remove('articles', 'd', 'deleted', clock)
    expect(index.tombstones.map((r) => r.tombstone.id)).toEqual(['d'])
    expect(index.tombstonesCompleteSince.toISOString()).toBe('2025-06-01T03:00:00.000Z')
  })
})

describe('condition hierarchy and code maps', () => {
  const graph = new DeliveryIndex(CONDITIONS).conditions

  it('walks up and down the hierarchy, nearest first', () => {
    expect(graph.ancestors('t2-hyperglycemia')).toEqual(['type-2-diabetes', 'diabetes'])
    expect(graph.descendants('diabetes')).toEqual(['type-2-diabetes', 't2-hyperglycemia', 't2-retinopathy'])
    expect(graph.ancestors('unknown')).toEqual([])
  })

  it('survives a loop editors made by mistake', () => {
    const looped = new DeliveryIndex([
      { slug: 'a', name: 'A', parent: 'b', icd10: [], snomed: [] },
      { slug: 'b', name: 'B', parent: 'a', icd10: [], snomed: [] },
    ]).conditions
    expect(looped.ancestors('a')).toEqual(['b'])
    expect(looped.descendants('a')).toEqual(['b'])
  })

  it('maps exact ICD-10-CM codes in any written form and SNOMED CT ids to conditions', () => {
    expect(graph.conditionsForICD10('e1165')).toEqual(['t2-hyperglycemia'])
    expect(graph.conditionsForICD10('E11.6')).toEqual([])
    expect(validateSNOMEDCT('44054006').ok).toBe(true)
    expect(graph.conditionsForSNOMED('44054006')).toEqual(['type-2-diabetes'])
  })

  it('broadens ICD-10-CM codes category by category and says how each condition was reached', () => {
    expect(graph.conditionsForCode({ system: 'ICD10CM', code: 'E11.649' })).toEqual([
      { condition: 'type-2-diabetes', matchedCode: 'E11', how: 'broader-code', steps: 3 },
    ])
    expect(graph.conditionsForCode({ system: 'ICD10CM', code: 'E11.65' })).toEqual([
      { condition: 't2-hyperglycemia', matchedCode: 'E11.65', how: 'exact', steps: 0 },
      { condition: 'type-2-diabetes', matchedCode: 'E11', how: 'broader-code', steps: 2 },
    ])
    expect(graph.conditionsForCode({ system: 'ICD10CM', code: 'not a code' })).toEqual([])
  })
})

describe('isServable', () => {
  const rules = { now: NOW, withholdLapsedReviews: true, maxReviewAgeMonths: 12 }

  it('never serves an event that has ended, and serves one still to come', () => {
    expect(isServable(makeItem({ id: 'e', type: 'events', endsAt: '2025-05-31T23:59:59Z' }), rules)).toBe(false)
    expect(isServable(makeItem({ id: 'e', type: 'events', endsAt: '2025-06-01T00:00:00Z' }), rules)).toBe(true)
    expect(isServable(makeItem({ id: 'e', type: 'events', endsAt: '2025-05-31T23:59:59Z' }), { ...rules, withholdLapsedReviews: false })).toBe(false)
  })

  it('withholds clinical content whose review is missing or older than allowed, only when asked to', () => {
    const lapsed = makeItem({ id: 'c', clinical: true, medicalReviewedAt: '2024-05-31T00:00:00Z' })
    const fresh = makeItem({ id: 'c', clinical: true, medicalReviewedAt: '2024-06-01T00:00:00Z' })
    const unreviewed = makeItem({ id: 'c', clinical: true, medicalReviewedAt: null })
    expect(isServable(lapsed, rules)).toBe(false)
    expect(isServable(unreviewed, rules)).toBe(false)
    expect(isServable(fresh, rules)).toBe(true)
    expect(isServable(lapsed, { ...rules, withholdLapsedReviews: false })).toBe(true)
    expect(isServable(makeItem({ id: 'n', clinical: false }), rules)).toBe(true)
  })
})
