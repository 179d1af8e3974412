/**
 * Surrogate keys decide what a CDN keeps after a publish: a purge must reach every cached answer the change can
 * alter, and should leave the others alone. Checked against fresh answers after every change, on random libraries.
 */
import { AnswerNotes } from '@/delivery/edge/answerNotes'
import { ALL_KEY, itemTag, MAX_TAG_HEADER, profileTags, purgeKeys, purgeReaches, tagHeader, WIDE_KEY } from '@/delivery/edge/surrogateKeys'
import { contentForCodes, DeliveryIndex, personalizedContent, type DeliveryItem } from '@/personalization'

import { CONDITIONS, NOW } from '../personalization/fixtures'
import { library, profile, random, randomItem, randomProfile } from '../personalization/randomLibrary'

const answerOf = (results: ReadonlyArray<{ item: DeliveryItem; text: { title: string } }>) => results.map((r) => `${r.item.type}/${r.item.id} ${r.text.title}`)

describe('purging by surrogate key', () => {
  it.each([[300, 5], [1500, 6]])('reaches every answer a change alters, and spares most others (%i items, seed %i)', (size, seed) => {
    const index = new DeliveryIndex(CONDITIONS)
    index.upsertMany(library(size, seed))
    const r = random(seed * 17)
    const profiles = Array.from({ length: 40 }, () => profile(randomProfile(r)))
    const codeQueries = [[{ code: 'E11.9', system: 'ICD10CM' }], [{ code: 'I50', system: 'ICD10CM' }]]
    const answers = () => [
      ...profiles.map((p) => {
        const results = personalizedContent(index, p, { limit: 10, now: NOW })
        return { answer: answerOf(results), tags: new Set([...results.map((x) => itemTag(x.item.type, x.item.id)), ...profileTags(index.conditions, p)]) }
      }),
      ...codeQueries.map((codes) => {
        const results = contentForCodes(index, codes, { audience: 'PATIENT', now: NOW })
        const notes = new AnswerNotes()
        notes.add({ items: results.map((x) => x.item), tags: profileTags(index.conditions, profile({ codes })) })
        return { answer: answerOf(results), tags: notes.tags }
      }),
    ]
    let spared = 0
    let purged = 0
    for (let step = 0; step < 100; step += 1) {
      const before = answers()
      const roll = r.next()
      const existing = r.pick([...index.feedOrder]).item
      let keys: string[]
      if (roll < 0.4) {
        const item = randomItem(r, `new${step}`)
        index.upsert(item)
        keys = purgeKeys(item)
      } else if (roll < 0.8) {
        const edited = randomItem(r, existing.id, existing.type)
        index.upsert(edited)
        keys = purgeKeys(existing, edited)
      } else {
        index.remove(existing.type, existing.id, 'unpublished')
        keys = purgeKeys(existing)
      }
      const after = answers()
      before.forEach(({ answer, tags }, i) => {
        const reached = purgeReaches(keys, tags)
        if (!reached) expect(after[i]!.answer).toEqual(answer)
        if (reached) purged += 1
        else spared += 1
      })
    }
    expect(spared).toBeGreaterThan(purged / 4) // a purge of everything would spare none
  })

  it('names the item, its slug and its dimensions, and reaches answers filed as too wide to list', () => {
    const keys = purgeKeys({ conditions: ['asthma'], id: '7', segments: [], slug: 'breathing', stages: ['awareness'], type: 'articles' })
    expect(keys).toEqual(expect.arrayContaining([WIDE_KEY, 'i:articles/7', 's:articles/breathing', 'st:awareness', 'c:asthma', 'g:*']))
    expect(purgeReaches(keys, new Set([WIDE_KEY]))).toBe(true)
    expect(purgeReaches(keys, new Set(['st:retention', 'i:articles/8']))).toBe(false)
    expect(purgeReaches([ALL_KEY], new Set(['st:retention']))).toBe(true)
  })
})

describe('the tag header', () => {
  it('lists the keys, always with the all-delivery key, separated as Fastly (space) or Cloudflare (comma) expect', () => {
    expect(tagHeader(['i:articles/1', 'st:awareness'])).toBe('cp i:articles/1 st:awareness')
    expect(tagHeader(['i:articles/1', 'st:awareness'], ',')).toBe('cp,i:articles/1,st:awareness')
  })

  it('stays bounded: too many keys, or one that is not a header token, file the answer under cp-wide', () => {
    const many = Array.from({ length: 1000 }, (_, i) => itemTag('articles', String(i)))
    expect(tagHeader(many)).toBe(`${ALL_KEY} ${WIDE_KEY}`)
    expect(tagHeader(many).length).toBeLessThan(MAX_TAG_HEADER)
    expect(tagHeader(['s:articles/a b'])).toBe(`${ALL_KEY} ${WIDE_KEY}`)
    expect(tagHeader(['s:articles/é'])).toBe(`${ALL_KEY} ${WIDE_KEY}`)
  })
})

describe('answer notes', () => {
  it('are cacheable only when some query noted what it used and none refused', () => {
    const notes = new AnswerNotes()
    expect(notes.cacheable).toBe(false)
    notes.add({ items: [{ id: '1', type: 'articles' }] })
    expect(notes.cacheable).toBe(true)
    notes.add({ uncacheable: true })
    expect(notes.cacheable).toBe(false)
  })

  it('keep an answer across a change its tags do not meet; a volatile part keeps it across none', () => {
    const notes = new AnswerNotes()
    notes.add({ items: [{ id: '1', type: 'articles' }], tags: ['st:awareness'] })
    const affectedBy = notes.affectedBy()!
    const entry = (item: Partial<DeliveryItem>) => ({ item: { conditions: [], segments: ['seniors'], stages: [], ...item } }) as never
    expect(affectedBy({ entry: entry({ id: '2', stages: ['retention'], type: 'articles' }), key: 'articles/2' })).toBe(false)
    expect(affectedBy({ entry: entry({ id: '2', stages: ['awareness'], type: 'articles' }), key: 'articles/2' })).toBe(true)
    expect(affectedBy({ entry: undefined, key: 'articles/1' })).toBe(true)
    expect(affectedBy({ entry: undefined, key: 'articles/3' })).toBe(false)
    notes.add({ volatile: true })
    expect(notes.affectedBy()).toBeUndefined()
  })
})
