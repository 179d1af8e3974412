import { contentForCodes, DeliveryInputError } from '@/personalization'

import { daysAgo, ids, indexOf, makeItem, NOW } from './fixtures'

const library = [
  makeItem({ id: 'diabetes', conditions: ['diabetes'] }),
  makeItem({ id: 'type-2', conditions: ['type-2-diabetes'] }),
  makeItem({ id: 'hyperglycemia', conditions: ['t2-hyperglycemia'] }),
  makeItem({ id: 'retinopathy', conditions: ['t2-retinopathy'] }),
  makeItem({ id: 'heart', conditions: ['heart-failure'] }),
]

const forCodes = (codes: Array<{ system: string; code: string }>, options: Partial<Parameters<typeof contentForCodes>[2]> = {}) =>
  contentForCodes(indexOf(library), codes, { now: NOW, audience: 'PATIENT', ...options })

describe('contentForCodes', () => {
  it('lists exact matches, then broader categories, then parent conditions, saying which code matched and how', () => {
    const results = forCodes([{ system: 'ICD10CM', code: 'E11.65' }])
    expect(ids(results)).toEqual(['hyperglycemia', 'type-2', 'diabetes'])
    expect(results.map(({ code, how, matchedCode, condition }) => ({ code, how, matchedCode, condition }))).toEqual([
      { code: { system: 'ICD10CM', code: 'E11.65' }, how: 'exact', matchedCode: 'E11.65', condition: 't2-hyperglycemia' },
      { code: { system: 'ICD10CM', code: 'E11.65' }, how: 'broader-code', matchedCode: 'E11', condition: 'type-2-diabetes' },
      // Diabetes is the nearest parent of type 2 diabetes (E11), one level nearer than from E11.65's condition.
      { code: { system: 'ICD10CM', code: 'E11.65' }, how: 'parent-condition', matchedCode: 'E11', condition: 'diabetes' },
    ])
  })

  it('prefers a nearer broader category to a farther one', () => {
    const index = indexOf([
      makeItem({ id: 'category', conditions: ['type-2-diabetes'], updatedAt: daysAgo(0) }),
      makeItem({ id: 'subcategory', conditions: ['t2-hyperglycemia'], updatedAt: daysAgo(300) }),
    ])
    const results = contentForCodes(index, [{ system: 'ICD10CM', code: 'E11.659' }], { now: NOW, audience: 'PATIENT' })
    expect(results.map((r) => [r.item.id, r.how, r.matchedCode])).toEqual([
      ['subcategory', 'broader-code', 'E11.65'],
      ['category', 'broader-code', 'E11'],
    ])
  })

  it('lists an item found through several codes once, with its best match', () => {
    const results = forCodes([
      { system: 'ICD10CM', code: 'E11.9' },
      { system: 'SNOMEDCT', code: '44054006' },
    ])
    expect(ids(results)).toEqual(['type-2', 'diabetes'])
    expect(results[0]).toMatchObject({ code: { system: 'SNOMEDCT', code: '44054006' }, how: 'exact' })
  })

  it('keeps the earlier code when two codes match an item equally well', () => {
    const results = forCodes([
      { system: 'SNOMEDCT', code: '44054006' },
      { system: 'ICD10CM', code: 'E11' },
    ])
    expect(results[0]).toMatchObject({ item: { id: 'type-2' }, code: { system: 'SNOMEDCT' }, how: 'exact' })
  })

  it('puts reviewed clinical items first for providers and has no preference for patients', () => {
    const index = indexOf([
      makeItem({ id: 'plain', conditions: ['heart-failure'], updatedAt: daysAgo(0) }),
      makeItem({ id: 'clinical', conditions: ['heart-failure'], clinical: true, medicalReviewedAt: daysAgo(30), updatedAt: daysAgo(30) }),
    ])
    const codes = [{ system: 'ICD10CM', code: 'I50' }]
    expect(ids(contentForCodes(index, codes, { now: NOW, audience: 'PROVIDER' }))).toEqual(['clinical', 'plain'])
    expect(ids(contentForCodes(index, codes, { now: NOW, audience: 'PATIENT' }))).toEqual(['plain', 'clinical'])
  })

  it('serves the requested locale, flags a fallback, and never serves ended events', () => {
    const index = indexOf([
      makeItem({ id: 'talk', type: 'events', conditions: ['heart-failure'], endsAt: daysAgo(1) }),
      makeItem({ id: 'leaflet', type: 'pamphlets', conditions: ['heart-failure'] }),
    ])
    const results = contentForCodes(index, [{ system: 'ICD10CM', code: 'I50' }], { now: NOW, audience: 'PATIENT', locale: 'es' })
    expect(results.map((r) => [r.item.id, r.locale, r.localeFallback])).toEqual([['leaflet', 'en', true]])
  })

  it('finds nothing for a code no condition carries', () => {
    expect(forCodes([{ system: 'ICD10CM', code: 'J45.909' }])).toEqual([])
  })

  it('rejects an invalid code by position, without repeating it', () => {
    const attempt = () => forCodes([{ system: 'ICD10CM', code: 'E11.9' }, { system: 'ICD10CM', code: 'diabetes' }])
    expect(attempt).toThrow(DeliveryInputError)
    expect(attempt).toThrow(/^codes\[1\] is not a valid ICD-10-CM code/)
    expect(attempt).not.toThrow(/diabetes/)
  })
})
