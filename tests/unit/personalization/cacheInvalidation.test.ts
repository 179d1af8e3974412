/**
 * The response cache keeps a personalizedContent answer across a publish, edit or unpublish only when that change
 * cannot alter it. Checked against a fresh computation after every change, on random libraries and profiles.
 */
import {
  DeliveryIndex,
  personalizedContent,
  rankPersonalized,
  ResponseCache,
  type DeliveryItem,
  type PersonalizedResult,
} from '@/personalization'

import { CONDITIONS, makeItem, NOW } from './fixtures'
import { library, profile, random, randomItem, randomProfile } from './randomLibrary'

const keysOf = (results: readonly PersonalizedResult[]) =>
  results.map((r) => `${r.item.type}/${r.item.id} ${r.score} ${r.locale} ${r.text.title}`)

function cachedIndex(items: DeliveryItem[]) {
  const index = new DeliveryIndex(CONDITIONS)
  index.upsertMany(items)
  const cache = new ResponseCache<PersonalizedResult[]>()
  index.onItemChange = (change, version) => cache.itemChanged(change, version)
  return { cache, index }
}

describe('targeted invalidation of cached personalizedContent answers', () => {
  it.each([
    [400, 11],
    [4000, 12],
  ])('never serves a stale answer, and keeps most answers across unrelated changes (%i items, seed %i)', (size, seed) => {
    const items = library(size, seed)
    const { cache, index } = cachedIndex(items)
    const r = random(seed * 31)
    const queries = Array.from({ length: 40 }, (_, i) => ({ key: `q${i}`, limit: r.pick([1, 5, 10, 50]), profile: profile(randomProfile(r)) }))
    let hits = 0
    let misses = 0
    const ask = () => {
      for (const { key, limit, profile: p } of queries) {
        const cached = cache.get(key, index.version, NOW)
        if (cached) {
          hits += 1
          expect([key, ...keysOf(cached)]).toEqual([key, ...keysOf(personalizedContent(index, p, { limit, now: NOW }))])
        } else {
          misses += 1
          const version = index.version
          const { affectedBy, results } = rankPersonalized(index, p, { limit, now: NOW })
          cache.set(key, version, results, NOW, affectedBy)
        }
      }
    }

    ask()
    const live = items.map((item) => ({ id: item.id, type: item.type }))
    for (let step = 0; step < 300; step += 1) {
      const roll = r.next()
      if (roll < 0.35 || live.length === 0) {
        const item = randomItem(r, `new${step}`)
        index.upsert(item)
        live.push({ id: item.id, type: item.type })
      } else if (roll < 0.75) {
        const { id, type } = r.pick(live)
        index.upsert(randomItem(r, id, type)) // an edit: new targeting, text, dates
      } else {
        const at = Math.floor(r.next() * live.length)
        const [{ id, type }] = live.splice(at, 1) as [{ id: string; type: DeliveryItem['type'] }]
        index.remove(type, id, 'unpublished')
      }
      ask()
    }
    // Most changes concern few of the 40 answers: the cache must keep the others (a global flush would keep none).
    expect(hits).toBeGreaterThan(misses)
  })

  it('drops an answer when a listed item changes or leaves, or a new item would make the list', () => {
    const { cache, index } = cachedIndex([
      makeItem({ id: 'a', conditions: ['type-2-diabetes'], stages: ['awareness'] }),
      makeItem({ id: 'b', conditions: ['heart-failure'], stages: ['retention'] }),
    ])
    const p = profile({ conditions: ['type-2-diabetes'] })
    const store = () => {
      const version = index.version
      const { affectedBy, results } = rankPersonalized(index, p, { limit: 10, now: NOW })
      cache.set('k', version, results, NOW, affectedBy)
    }
    const cachedIds = () => cache.get('k', index.version, NOW)?.map((result) => result.item.id).sort()

    store()
    expect(cachedIds()).toEqual(['a'])
    index.upsert(makeItem({ id: 'b', conditions: ['heart-failure'], stages: ['awareness'] })) // still not about diabetes
    expect(cachedIds()).toEqual(['a'])
    index.upsert(makeItem({ id: 'c', conditions: ['type-2-diabetes'] })) // would make the list
    expect(cachedIds()).toBeUndefined()

    store()
    index.upsert(makeItem({ id: 'a', conditions: ['type-2-diabetes'], locales: { en: { complete: true, summary: null, title: 'Edited' } } }))
    expect(cachedIds()).toBeUndefined()

    store()
    index.remove('articles', 'b', 'unpublished') // never listed
    expect(cachedIds()).toEqual(['a', 'c'])
    index.remove('articles', 'a', 'unpublished') // listed
    expect(cachedIds()).toBeUndefined()
  })

  it('drops every answer on changes not reported item by item (bulk fill, condition edits)', () => {
    const { cache, index } = cachedIndex([makeItem({ id: 'a', conditions: ['heart-failure'] })])
    const p = profile({ conditions: ['heart-failure'] })
    const version = index.version
    const { affectedBy, results } = rankPersonalized(index, p, { now: NOW })
    cache.set('k', version, results, NOW, affectedBy)
    index.replaceConditions(CONDITIONS)
    expect(cache.get('k', index.version, NOW)).toBeUndefined()
    cache.set('k', index.version, results, NOW, affectedBy)
    index.upsertMany([makeItem({ id: 'z', conditions: ['unlisted'] })])
    expect(cache.get('k', index.version, NOW)).toBeUndefined()
    // An answer stored without a predicate cannot outlive any change.
    cache.set('plain', index.version, results, NOW)
    index.upsert(makeItem({ id: 'y', conditions: ['unlisted'] }))
    expect(cache.get('plain', index.version, NOW)).toBeUndefined()
  })
})
