import { contentFeed, DeliveryInputError, type ContentFeedPage, type DeliveryIndex, type DeliveryItem } from '@/personalization'

import { daysAgo, indexOf, makeItem, NOW } from './fixtures'

const hoursAfter = (iso: string, hours: number) => new Date(Date.parse(iso) + hours * 3_600_000).toISOString()
const BASE = daysAgo(10)

/** Ten awareness articles, i0 oldest … i9 newest. */
const tenItems = (): DeliveryItem[] => Array.from({ length: 10 }, (_, i) => makeItem({ id: `i${i}`, updatedAt: hoursAfter(BASE, i) }))

const page = (index: DeliveryIndex, after?: string | null, extra: Partial<Parameters<typeof contentFeed>[1]> = {}) =>
  contentFeed(index, { now: NOW, stage: 'awareness', first: 3, after, ...extra })

/** A page's items and tombstones in one list, in time order (the page returns them in two lists). */
const seen = (result: ContentFeedPage) =>
  [
    ...result.items.map((entry) => ({ at: entry.item.updatedAt, what: entry.item.id })),
    ...result.tombstones.map((entry) => ({ at: entry.removedAt, what: `removed ${entry.id}` })),
  ].sort((a, b) => a.at.localeCompare(b.at))

describe('contentFeed', () => {
  it('pages oldest change first with opaque cursors, and says when there is no next page', () => {
    const index = indexOf(tenItems())
    const first = page(index)
    expect(first.items.map((e) => e.item.id)).toEqual(['i0', 'i1', 'i2'])
    expect(first.pageInfo.hasNextPage).toBe(true)
    expect(first.pageInfo.endCursor).toMatch(/^[A-Za-z0-9_-]+$/)
    expect(first.pageInfo.endCursor).toBe(first.items[2]!.cursor)

    const rest = page(index, first.pageInfo.endCursor, { first: 200 })
    expect(rest.items.map((e) => e.item.id)).toEqual(['i3', 'i4', 'i5', 'i6', 'i7', 'i8', 'i9'])
    expect(rest.pageInfo.hasNextPage).toBe(false)

    // At the end the cursor stays put, so a consumer can poll with it for later changes.
    const empty = page(index, rest.pageInfo.endCursor)
    expect(empty).toMatchObject({ items: [], tombstones: [], pageInfo: { hasNextPage: false, endCursor: rest.pageInfo.endCursor } })
    index.upsert(makeItem({ id: 'i0', updatedAt: daysAgo(1) }))
    expect(page(index, rest.pageInfo.endCursor).items.map((e) => e.item.id)).toEqual(['i0'])
  })

  it('never skips an item edited or removed between pages, and repeats only the edited ones', () => {
    const index = indexOf(tenItems())
    const delivered: string[] = []
    let cursor: string | null = null
    for (let pageNumber = 1; pageNumber <= 20; pageNumber++) {
      const result = page(index, cursor)
      delivered.push(...seen(result).map((entry) => entry.what))
      cursor = result.pageInfo.endCursor
      if (pageNumber === 1) {
        index.upsert(makeItem({ id: 'i1', updatedAt: daysAgo(1) })) // already delivered: comes again at the end
        index.upsert(makeItem({ id: 'i5', updatedAt: daysAgo(1) })) // not yet delivered: moves to the end
      }
      if (pageNumber === 2) index.remove('articles', 'i7', 'unpublished', new Date(Date.parse(daysAgo(0.5))))
      if (!result.pageInfo.hasNextPage) break
    }
    expect(delivered).toEqual(['i0', 'i1', 'i2', 'i3', 'i4', 'i6', 'i8', 'i9', 'i1', 'i5', 'removed i7'])
    for (const id of ['i0', 'i2', 'i3', 'i4', 'i6', 'i8', 'i9', 'i5']) expect(delivered.filter((d) => d === id)).toHaveLength(1)
  })

  it('returns only entries changed at or after updatedSince, tombstones included', () => {
    const index = indexOf(tenItems())
    index.remove('articles', 'i0', 'deleted', new Date(hoursAfter(BASE, 4.5)))
    index.remove('articles', 'i1', 'expired', new Date(hoursAfter(BASE, 7.5)))
    const result = page(index, null, { updatedSince: hoursAfter(BASE, 7), first: 50 })
    expect(seen(result).map((e) => e.what)).toEqual(['i7', 'removed i1', 'i8', 'i9'])
    expect(result.tombstones).toEqual([
      { type: 'articles', id: 'i1', slug: 'i1', removedAt: hoursAfter(BASE, 7.5), reason: 'expired', cursor: expect.any(String) },
    ])
    expect(result.tombstonesCompleteSince).toBe(NOW.toISOString())

    // Pages cut the merged order: the tombstone sits between i7 and i8.
    const firstTwo = page(index, null, { updatedSince: hoursAfter(BASE, 7), first: 2 })
    expect(seen(firstTwo).map((e) => e.what)).toEqual(['i7', 'removed i1'])
    expect(firstTwo.pageInfo.endCursor).toBe(firstTwo.tombstones[0]!.cursor)
    const nextTwo = page(index, firstTwo.pageInfo.endCursor, { updatedSince: hoursAfter(BASE, 7), first: 2 })
    expect(seen(nextTwo).map((e) => e.what)).toEqual(['i8', 'i9'])
  })

  it('keeps to the stage, segment, channel and types asked for, for items and tombstones alike', () => {
    const index = indexOf([
      makeItem({ id: 'everyone', updatedAt: hoursAfter(BASE, 1) }),
      makeItem({ id: 'seniors', segments: ['seniors'], updatedAt: hoursAfter(BASE, 2) }),
      makeItem({ id: 'parents', segments: ['new-parents'], updatedAt: hoursAfter(BASE, 3) }),
      makeItem({ id: 'retention', stages: ['retention'], updatedAt: hoursAfter(BASE, 4) }),
      makeItem({ id: 'web-only', channels: ['web'], updatedAt: hoursAfter(BASE, 5) }),
      makeItem({ id: 'video', type: 'videos', updatedAt: hoursAfter(BASE, 6) }),
      makeItem({ id: 'ended', type: 'events', endsAt: daysAgo(2), updatedAt: hoursAfter(BASE, 7) }),
    ])
    index.remove('articles', 'parents', 'deleted', new Date(daysAgo(1)))
    index.remove('articles', 'retention', 'deleted', new Date(daysAgo(1)))
    const ask = (extra: Partial<Parameters<typeof contentFeed>[1]>) => seen(page(index, null, { first: 50, ...extra })).map((e) => e.what)
    expect(ask({})).toEqual(['everyone', 'seniors', 'web-only', 'video', 'removed parents'])
    expect(ask({ segment: 'seniors' })).toEqual(['everyone', 'seniors', 'web-only', 'video'])
    expect(ask({ channel: 'email' })).toEqual(['everyone', 'seniors', 'video', 'removed parents'])
    expect(ask({ types: ['videos'] })).toEqual(['video'])
    expect(ask({ stage: 'retention' })).toEqual(['removed retention'])
  })

  it('serves text in the requested locale, flagging a fallback, and the variant for the segment', () => {
    const index = indexOf([
      makeItem({
        id: 'a1c',
        locales: { en: { title: 'Know your A1C', summary: null, complete: true } },
        variants: [{ segments: ['seniors'], locales: { en: { title: 'A1C after 65' } } }],
      }),
    ])
    const [entry] = page(index, null, { locale: 'es', segment: 'seniors' }).items
    expect(entry).toMatchObject({ locale: 'en', localeFallback: true, variant: 0, text: { title: 'A1C after 65', summary: null } })
  })

  it('rejects a cursor it did not issue with a message saying what to send', () => {
    const index = indexOf(tenItems())
    const message =
      'after is not a cursor from this feed: pass pageInfo.endCursor from the previous page unchanged, or leave after out to start from the beginning'
    const good = page(index).pageInfo.endCursor!
    for (const bad of ['not a cursor!', Buffer.from('hello').toString('base64url'), good.slice(0, -2), `${good}==`,
      Buffer.from('c1:i:123:recipes:7').toString('base64url')]) {
      expect(() => page(index, bad)).toThrow(new DeliveryInputError(message))
    }
  })

  it('rejects a page size over 200 and an updatedSince that is not a date', () => {
    const index = indexOf(tenItems())
    expect(() => page(index, null, { first: 201 })).toThrow(new DeliveryInputError('first must be a whole number from 1 to 200'))
    expect(() => page(index, null, { updatedSince: 'last week' })).toThrow(DeliveryInputError)
    expect(page(index, null, { first: undefined }).items).toHaveLength(10)
  })
})
