import { rankPersonalized, ResponseCache, responseCacheKey, type PersonalizedResult } from '@/personalization'

import { indexOf, makeItem, NOW } from './fixtures'

describe('ResponseCache', () => {
  it('serves a cached answer until a change that can alter it, as the delivery store wires it', () => {
    const index = indexOf([makeItem({ id: 'a' })])
    const cache = new ResponseCache<PersonalizedResult[]>()
    index.onItemChange = (change, version) => cache.itemChanged(change, version)
    const profile = { stage: 'awareness' as const }
    const key = responseCacheKey('personalizedContent', profile, { limit: 10, now: NOW })
    let computed = 0
    // The same steps as delivery's runPersonalizedContent: look up, otherwise rank and store with affectedBy.
    const run = () => {
      const cached = cache.get(key, index.version, NOW)
      if (cached) return cached
      computed++
      const version = index.version
      const { affectedBy, results } = rankPersonalized(index, profile, { limit: 10, now: NOW })
      cache.set(key, version, results, NOW, affectedBy)
      return results
    }

    expect(run().map((r) => r.item.id)).toEqual(['a'])
    expect(run().map((r) => r.item.id)).toEqual(['a'])
    expect(computed).toBe(1)

    index.upsert(makeItem({ id: 'b' }))
    expect(run().map((r) => r.item.id).sort()).toEqual(['a', 'b'])
    expect(computed).toBe(2)

    index.remove('articles', 'a', 'unpublished')
    expect(run().map((r) => r.item.id)).toEqual(['b'])
    expect(computed).toBe(3)
  })

  it('gives the same key for the same profile in any order and ignores the request time', () => {
    const a = responseCacheKey('personalizedContent', { segments: ['b', 'a'], stage: 'awareness' }, { limit: 5, now: new Date(1), types: ['videos'] })
    const b = responseCacheKey('personalizedContent', { stage: 'awareness', segments: ['a', 'b'] }, { types: ['videos'], limit: 5, now: new Date(2) })
    expect(a).toBe(b)
    expect(responseCacheKey('personalizedContent', { stage: 'awareness' }, { limit: 5 })).not.toBe(
      responseCacheKey('personalizedContent', { stage: 'awareness' }, { limit: 6 }),
    )
    expect(responseCacheKey('contentFeed', { stage: 'awareness' })).not.toBe(responseCacheKey('personalizedContent', { stage: 'awareness' }))
  })

  it('drops the least recently used entry when full', () => {
    const cache = new ResponseCache<string>({ maxEntries: 2 })
    cache.set('one', 1, 'first', NOW)
    cache.set('two', 1, 'second', NOW)
    expect(cache.get('one', 1, NOW)).toBe('first')
    cache.set('three', 1, 'third', NOW)
    expect(cache.size).toBe(2)
    expect(cache.get('two', 1, NOW)).toBeUndefined()
    expect(cache.get('one', 1, NOW)).toBe('first')
    expect(cache.get('three', 1, NOW)).toBe('third')
  })

  it('expires entries after maxAgeMs, since results depend on the time too', () => {
    const cache = new ResponseCache<string>({ maxAgeMs: 60_000 })
    cache.set('k', 1, 'value', NOW)
    expect(cache.get('k', 1, new Date(NOW.getTime() + 60_000))).toBe('value')
    expect(cache.get('k', 1, new Date(NOW.getTime() + 60_001))).toBeUndefined()
  })
})
