import { DeliveryInputError } from '@/personalization'
import { checkSearchText, decodeSearchCursor, encodeSearchCursor, rankSearch, searchPage, STAGE_BOOST, type SearchArgs } from '@/search/searchContent'
import { SearchIndex } from '@/search/searchIndex'
import { ConditionVocabulary } from '@/search/vocabulary'

import { CONDITIONS, daysAgo, indexOf, makeItem, NOW } from '../personalization/fixtures'

const vocabulary = new ConditionVocabulary([
  { icd10: [], names: { en: 'Diabetes', es: 'Diabetes' }, parent: null, slug: 'diabetes', synonyms: { en: ['high blood sugar'], es: ['azúcar alta'] } },
  { icd10: ['E11'], names: { en: 'Type 2 diabetes' }, parent: 'diabetes', slug: 'type-2-diabetes', synonyms: {} },
  { icd10: ['I50'], names: { en: 'Heart failure' }, parent: null, slug: 'heart-failure', synonyms: { en: ['weak heart'] } },
])
const items = [
  makeItem({ conditions: ['type-2-diabetes'], id: 'meals', locales: { en: { complete: true, summary: 'Plan meals that keep your numbers steady.', title: 'Eating well with type 2 diabetes' } }, stages: ['retention'] }),
  makeItem({ conditions: ['heart-failure'], id: 'weigh', locales: { en: { complete: true, summary: 'Why a daily weight matters.', title: 'Weigh yourself every day' } } }),
  makeItem({ conditions: ['diabetes'], id: 'signs', locales: { en: { complete: true, summary: 'Thirst and tiredness can be signs.', title: 'Signs of diabetes' }, es: { complete: true, summary: 'La sed y el cansancio.', title: 'Señales de la diabetes' } } }),
  makeItem({ conditions: ['diabetes'], endsAt: daysAgo(2), id: 'old-class', locales: { en: { complete: true, summary: null, title: 'Diabetes class' } }, type: 'events' }),
  makeItem({ channels: ['portal'], conditions: ['diabetes'], id: 'portal', locales: { en: { complete: true, summary: null, title: 'Diabetes in the portal' } } }),
  makeItem({ clinical: true, conditions: ['diabetes'], id: 'lapsed', locales: { en: { complete: true, summary: null, title: 'Diabetes, reviewed long ago' } }, medicalReviewedAt: '2020-01-01T00:00:00.000Z' }),
]
const index = indexOf(items, CONDITIONS)
const search = new SearchIndex(vocabulary)
for (const item of items) {
  search.upsert({
    id: item.id,
    locales: Object.fromEntries(Object.entries(item.locales).map(([l, t]) => [l, { body: `${t!.title}. More about ${t!.title}.`, summary: t!.summary, title: t!.title, variants: '' }])),
    type: item.type,
  })
}
const availability = { maxReviewAgeMonths: 24, now: NOW, withholdLapsedReviews: true }
const run = (query: string, args: Partial<SearchArgs> = {}) =>
  rankSearch(search, index, { channel: 'web', filter: false, locale: 'en', prefix: false, query, segments: [], ...args }, availability)
const ids = (query: string, args: Partial<SearchArgs> = {}) => run(query, args).ranked.map((r) => r.item.id)

describe('rankSearch', () => {
  it('finds items through a synonym of a condition they (or a narrower one) are tagged with', () => {
    expect(ids('high blood sugar').sort()).toEqual(['meals', 'signs'])
    expect(ids('weak heart')).toEqual(['weigh'])
  })

  it('serves only what may be served now, on the channel asked for', () => {
    const found = ids('diabetes')
    expect(found).not.toContain('old-class')
    expect(found).not.toContain('lapsed')
    expect(found).not.toContain('portal')
    expect(ids('diabetes', { channel: 'portal' })).toContain('portal')
  })

  it('boosts the stage asked for without filtering, and filters with filter', () => {
    const score = (id: string, args: Partial<SearchArgs> = {}) => run('diabetes', args).ranked.find((r) => r.item.id === id)!.score
    expect(score('meals', { stage: 'retention' }) / score('meals')).toBeCloseTo(STAGE_BOOST)
    expect(score('signs', { stage: 'retention' })).toBe(score('signs'))
    expect(ids('diabetes', { stage: 'retention' }).sort()).toEqual(ids('diabetes').sort())
    expect(ids('diabetes', { filter: true, stage: 'retention' })).toEqual(['meals'])
  })

  it('serves the language asked for, and the other one only for items not written in it', () => {
    const spanish = run('azucar alta', { locale: 'es' }).ranked.map((r) => `${r.item.id}:${r.locale}`)
    expect(spanish.sort()).toEqual(['meals:en', 'signs:es'])
  })

  it('forgets a removed item', () => {
    const copy = new SearchIndex(vocabulary)
    copy.upsert({ id: 'x', locales: { en: { body: 'zircon', summary: null, title: 'Zircon', variants: '' } }, type: 'articles' })
    const withX = indexOf([makeItem({ id: 'x' })])
    const find = () => rankSearch(copy, withX, { filter: false, locale: 'en', prefix: false, query: 'zircon', segments: [] }, availability).total
    expect(find()).toBe(1)
    copy.remove('articles', 'x')
    expect(find()).toBe(0)
  })

  it('explains hits and escapes their highlights', () => {
    const answer = run('high blood sugar')
    const page = searchPage(answer, search, { locale: 'en', query: 'high blood sugar', segments: [] }, { first: 1, offset: 0 })
    expect(page.hits).toHaveLength(1)
    expect(page.hits[0]!.reasons).toContainEqual(expect.objectContaining({ field: 'conditions', kind: 'condition', value: 'high blood sugar', via: 'synonym' }))
    expect(page.hasNextPage).toBe(true)
    const next = searchPage(answer, search, { locale: 'en', query: 'high blood sugar', segments: [] }, { first: 1, offset: decodeSearchCursor(page.endCursor) })
    expect(next.hits[0]!.item.id).not.toBe(page.hits[0]!.item.id)
  })
})

describe('search input', () => {
  it('refuses short, long and identifier-like text without repeating it', () => {
    for (const [text, message] of [
      ['', /at least 2/],
      ['a', /at least 2/],
      ['?!', /at least 2/],
      ['x'.repeat(201), /too long/],
      ['jane@example.com', /email/],
      ['dob 3/4/1975', /date of birth/],
      ['MRN 1234567', /medical record/],
    ] as const) {
      expect(() => checkSearchText(text)).toThrow(DeliveryInputError)
      expect(() => checkSearchText(text)).toThrow(message)
    }
    expect(checkSearchText('  high   blood pressure ')).toBe('high blood pressure')
    expect(checkSearchText('E11.9')).toBe('E11.9')
  })

  it('reads only cursors it wrote', () => {
    expect(decodeSearchCursor(encodeSearchCursor(20))).toBe(20)
    expect(decodeSearchCursor(undefined)).toBe(0)
    expect(() => decodeSearchCursor('bm9wZQ')).toThrow(/cursor/)
  })
})
