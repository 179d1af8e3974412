import {
  FeedPageTooLargeError,
  feedETag,
  isNotModified,
  lastModified,
  parseFeedQuery,
  serializeFeedPage,
  type FeedPage,
  type FeedQuery,
} from '@/personalization/formats/feed'

const now = new Date('2026-10-08T12:00:00Z')
const parse = (query: string) => parseFeedQuery(new URLSearchParams(query), { now })

function parsed(query: string): FeedQuery {
  const result = parse(query)
  if (!result.ok) throw new Error(`expected ok, got ${result.message}`)
  return result.query
}

function rejected(query: string): string {
  const result = parse(query)
  if (result.ok) throw new Error(`expected a 400 for ${query}`)
  expect(result.status).toBe(400)
  return result.message
}

describe('parseFeedQuery', () => {
  it('needs only a stage and pages 50 at a time by default', () => {
    expect(parsed('stage=awareness')).toEqual({ stage: 'awareness', first: 50 })
  })

  it('reads every parameter, sorting and de-duplicating types and normalizing the date', () => {
    const cursor = Buffer.from('c1:i:1790000000000:articles:42').toString('base64url')
    expect(
      parsed(
        `stage=retention&segment=adults-with-type-2-diabetes&channel=portal&locale=es&types=videos,articles,videos&updatedSince=2026-10-01T08:00:00%2B02:00&after=${cursor}&first=200`,
      ),
    ).toEqual({
      stage: 'retention',
      segment: 'adults-with-type-2-diabetes',
      channel: 'portal',
      locale: 'es',
      types: ['articles', 'videos'],
      updatedSince: '2026-10-01T06:00:00.000Z',
      after: cursor,
      first: 200,
    })
  })

  it('accepts an updatedSince up to a minute ahead of our clock', () => {
    expect(parsed('stage=awareness&updatedSince=2026-10-08T12:00:59Z').updatedSince).toBe('2026-10-08T12:00:59.000Z')
  })

  describe('400s', () => {
    it.each([
      ['', 'stage is required: it must be one of awareness, acceptance, acquisition, conversion, retention'],
      ['stage=consideration', 'stage must be one of awareness, acceptance, acquisition, conversion, retention'],
      ['stage=awareness&channel=fax', 'channel must be one of web, portal, email, sms'],
      ['stage=awareness&locale=fr', 'locale must be one of en, es'],
      ['stage=awareness&types=articles,podcasts', 'types must be a comma-separated list of articles, pamphlets, videos, events (for example types=articles,videos)'],
      ['stage=awareness&types=', 'types must be a comma-separated list of articles, pamphlets, videos, events (for example types=articles,videos)'],
      ['stage=awareness&segment=Adults_With_Diabetes', 'segment is not a slug: use lowercase letters and digits, words joined by single hyphens, at most 64 characters (for example adults-with-type-2-diabetes)'],
      ['stage=awareness&updatedSince=yesterday', 'updatedSince must be an ISO-8601 date-time with a time zone (for example 2026-10-08T13:38:08Z)'],
      ['stage=awareness&updatedSince=2026-10-08', 'updatedSince must be an ISO-8601 date-time with a time zone (for example 2026-10-08T13:38:08Z)'],
      ['stage=awareness&updatedSince=2026-10-08T12:00:00', 'updatedSince must be an ISO-8601 date-time with a time zone (for example 2026-10-08T13:38:08Z)'],
      ['stage=awareness&updatedSince=2026-02-30T12:00:00Z', 'updatedSince must be an ISO-8601 date-time with a time zone (for example 2026-10-08T13:38:08Z)'],
      ['stage=awareness&updatedSince=2026-10-08T12:01:01Z', 'updatedSince is in the future: send the time of your last sync, or leave it out for everything'],
      ['stage=awareness&after=', 'after is empty: pass pageInfo.endCursor from the previous page, or leave after out to start from the beginning'],
      ['stage=awareness&after=abc%2Fdef', 'after is not a cursor from this feed: pass pageInfo.endCursor from the previous page unchanged'],
      ['stage=awareness&first=0', 'first must be a whole number from 1 to 200 (default 50)'],
      ['stage=awareness&first=201', 'first must be a whole number from 1 to 200 (default 50)'],
      ['stage=awareness&first=ten', 'first must be a whole number from 1 to 200 (default 50)'],
      ['stage=awareness&first=1.5', 'first must be a whole number from 1 to 200 (default 50)'],
      ['stage=awareness&first=-1', 'first must be a whole number from 1 to 200 (default 50)'],
    ])('%s → %s', (query, message) => {
      expect(rejected(query)).toBe(message)
    })

    it('rejects a cursor longer than 512 characters', () => {
      expect(rejected(`stage=awareness&after=${'a'.repeat(513)}`)).toMatch(/^after is too long for a cursor \(at most 512 characters\)/)
      expect(parsed(`stage=awareness&after=${'a'.repeat(512)}`).after).toHaveLength(512)
    })

    it('names unknown parameters and lists the accepted ones', () => {
      expect(rejected('stage=awareness&limit=10&sort=asc')).toBe(
        'Unknown parameters limit, sort: the feed accepts stage, segment, channel, locale, types, updatedSince, after, first',
      )
      expect(rejected('stage=awareness&Stage=awareness')).toMatch(/^Unknown parameter Stage:/)
    })

    it('rejects a parameter sent twice', () => {
      expect(rejected('stage=awareness&stage=retention')).toBe('stage was sent more than once; send each parameter once (types takes a comma-separated list)')
    })
  })

  describe('patient identifiers', () => {
    it.each([
      ['segment', 'maria.lopez@example.com', 'an email address'],
      ['segment', '555-123-4567', 'a phone number'],
      ['segment', 'mrn-00123456', 'a medical record or account number'],
      ['stage', '1980-01-02', 'a date of birth'],
      ['types', 'articles,123-45-6789', 'a US Social Security number'],
    ])('rejects %s=%s without echoing it', (key, value, looksLike) => {
      const message = rejected(new URLSearchParams({ stage: 'awareness', [key]: value }).toString())
      expect(message).toMatch(/^Carepath never accepts patient identifiers/)
      expect(message).toContain(`The value of ${key} looks like ${looksLike}`)
      expect(message).not.toContain(value)
    })

    it('screens unknown parameters too, before naming them', () => {
      const message = rejected('stage=awareness&patient=Maria%20Lopez')
      expect(message).toMatch(/^Carepath never accepts patient identifiers/)
      expect(message).not.toContain('Maria')
    })

    it('does not echo a parameter name that looks like an identifier', () => {
      const message = rejected(`stage=awareness&${encodeURIComponent('maria@example.com')}=1`)
      expect(message).toMatch(/^Carepath never accepts patient identifiers/)
      expect(message).not.toContain('maria')
    })

    it('does not mistake a date-time or a cursor with digits for an identifier', () => {
      const cursor = Buffer.from('c1:i:1790000000000:articles:1234567').toString('base64url')
      expect(parsed(`stage=awareness&updatedSince=2026-10-01T00:00:00Z&after=${cursor}`).after).toBe(cursor)
    })
  })
})

describe('feedETag', () => {
  const query: FeedQuery = { stage: 'awareness', segment: 'new-parents', types: ['articles', 'videos'], first: 50 }

  it('is a strong, quoted ETag', () => {
    expect(feedETag({ indexVersion: 7, query })).toMatch(/^"[A-Za-z0-9_-]{27}"$/)
  })

  it('is the same for the same index version and query, whatever the key order', () => {
    const reordered = { first: 50, types: ['articles', 'videos'], segment: 'new-parents', stage: 'awareness' } as FeedQuery
    expect(feedETag({ indexVersion: 7, query: reordered })).toBe(feedETag({ indexVersion: 7, query }))
    expect(feedETag({ indexVersion: '7', query })).toBe(feedETag({ indexVersion: 7, query }))
  })

  it('changes when the index changes or the query does', () => {
    const etag = feedETag({ indexVersion: 7, query })
    expect(feedETag({ indexVersion: 8, query })).not.toBe(etag)
    expect(feedETag({ indexVersion: 7, query: { ...query, first: 51 } })).not.toBe(etag)
    expect(feedETag({ indexVersion: 7, query: { ...query, after: 'YQ' } })).not.toBe(etag)
  })
})

describe('lastModified', () => {
  it('writes an IMF-fixdate', () => {
    expect(lastModified(new Date('2026-10-08T13:38:08.999Z'))).toBe('Thu, 08 Oct 2026 13:38:08 GMT')
    expect(lastModified(new Date('2026-01-05T03:04:05Z'))).toBe('Mon, 05 Jan 2026 03:04:05 GMT')
  })

  it('refuses an invalid date', () => {
    expect(() => lastModified(new Date('nope'))).toThrow(RangeError)
  })
})

describe('isNotModified', () => {
  const etag = '"abc123"'
  const modified = new Date('2026-10-08T13:38:08.750Z')
  const headers = (init: Record<string, string>) => new Headers(init)

  it('is false without conditional headers', () => {
    expect(isNotModified(headers({}), etag, modified)).toBe(false)
  })

  it('matches If-None-Match, in a list, weakly, or with *', () => {
    expect(isNotModified(headers({ 'If-None-Match': '"abc123"' }), etag, modified)).toBe(true)
    expect(isNotModified(headers({ 'If-None-Match': '"zzz", "abc123"' }), etag, modified)).toBe(true)
    expect(isNotModified(headers({ 'If-None-Match': 'W/"abc123"' }), etag, modified)).toBe(true)
    expect(isNotModified(headers({ 'If-None-Match': '"abc123"' }), 'W/"abc123"', modified)).toBe(true)
    expect(isNotModified(headers({ 'If-None-Match': '*' }), etag, modified)).toBe(true)
  })

  it('does not match a different or partial tag', () => {
    expect(isNotModified(headers({ 'If-None-Match': '"abc12"' }), etag, modified)).toBe(false)
    expect(isNotModified(headers({ 'If-None-Match': 'abc123' }), etag, modified)).toBe(false)
    expect(isNotModified(headers({ 'If-None-Match': '"abc123-gzip"' }), etag, modified)).toBe(false)
  })

  it('lets If-None-Match take precedence over If-Modified-Since', () => {
    const fresh = { 'If-Modified-Since': 'Thu, 08 Oct 2026 13:38:08 GMT' }
    expect(isNotModified(headers({ ...fresh, 'If-None-Match': '"other"' }), etag, modified)).toBe(false)
    expect(isNotModified(headers({ 'If-Modified-Since': 'Thu, 01 Jan 2026 00:00:00 GMT', 'If-None-Match': etag }), etag, modified)).toBe(true)
  })

  it('compares If-Modified-Since to the second', () => {
    // The Last-Modified header we sent drops the milliseconds; the client echoes it back.
    expect(isNotModified(headers({ 'If-Modified-Since': lastModified(modified) }), etag, modified)).toBe(true)
    expect(isNotModified(headers({ 'If-Modified-Since': 'Thu, 08 Oct 2026 13:38:09 GMT' }), etag, lastModified(modified))).toBe(true)
    expect(isNotModified(headers({ 'If-Modified-Since': 'Thu, 08 Oct 2026 13:38:07 GMT' }), etag, modified)).toBe(false)
  })

  it('ignores an unreadable If-Modified-Since or a missing Last-Modified', () => {
    expect(isNotModified(headers({ 'If-Modified-Since': 'last week' }), etag, modified)).toBe(false)
    expect(isNotModified(headers({ 'If-Modified-Since': 'Thu, 08 Oct 2026 13:38:08 GMT' }), etag)).toBe(false)
  })
})

describe('serializeFeedPage', () => {
  interface Item {
    id: string
    cursor: string
    body: string
  }
  const item = (i: number, bodyBytes: number): Item => ({ id: `articles/${i}`, cursor: `cur-${i}`, body: 'x'.repeat(bodyBytes) })
  const page = (items: Item[], hasNextPage = false): FeedPage<Item> => ({
    items,
    tombstones: [{ id: 'articles/99', action: 'deleted', cursor: 'cur-t' }],
    pageInfo: { hasNextPage, endCursor: items.at(-1)?.cursor ?? null },
  })

  it('serializes a small page unchanged', () => {
    const small = page([item(1, 10), item(2, 10)])
    expect(JSON.parse(serializeFeedPage(small))).toEqual(small)
  })

  it('trims items from the end so the page stays under 1 MB, pointing the cursor at the last item kept', () => {
    const items = Array.from({ length: 50 }, (_, i) => item(i, 50_000))
    const json = serializeFeedPage(page(items), { maxBytes: 1_000_000 })
    expect(Buffer.byteLength(json)).toBeLessThan(1_000_000)
    const result = JSON.parse(json) as FeedPage<Item>
    expect(result.items.length).toBe(19)
    expect(result.items.map((kept) => kept.id)).toEqual(items.slice(0, 19).map((kept) => kept.id))
    expect(result.pageInfo).toEqual({ hasNextPage: true, endCursor: 'cur-18' })
    expect(result.tombstones).toHaveLength(1)
  })

  it('keeps as many items as fit, counting multi-byte characters as bytes', () => {
    // Each body is 1 000 characters but 2 000 bytes of UTF-8: five items fit in 12 000 bytes, six do not.
    const items = Array.from({ length: 10 }, (_, i) => ({ ...item(i, 0), body: 'é'.repeat(1_000) }))
    const json = serializeFeedPage(page(items), { maxBytes: 12_000 })
    expect(Buffer.byteLength(json)).toBeLessThan(12_000)
    const result = JSON.parse(json) as FeedPage<Item>
    expect(result.items).toHaveLength(5)
    expect(result.pageInfo).toEqual({ hasNextPage: true, endCursor: 'cur-4' })
  })

  it('uses cursorFor to recompute the cursor when given', () => {
    const items = Array.from({ length: 5 }, (_, i) => item(i, 1_000))
    const result = JSON.parse(serializeFeedPage(page(items), { maxBytes: 3_500, cursorFor: (kept) => `custom:${kept.id}` })) as FeedPage<Item>
    expect(result.items).toHaveLength(3)
    expect(result.pageInfo).toEqual({ hasNextPage: true, endCursor: 'custom:articles/2' })
  })

  it('refuses to produce a page that cannot hold even one item, rather than skip it', () => {
    expect(() => serializeFeedPage(page([item(1, 2_000)]), { maxBytes: 1_000 })).toThrow(FeedPageTooLargeError)
  })
})
