import { parseManifest, PERSISTED_QUERY_NOT_FOUND, PersistedQueries, sha256Hex } from '@/delivery/edge/persistedQueries'
import { keyBatches } from '@/delivery/edge/purge'

const QUERY = '{ deliveredItem(type: articles, slug: "a") { ... on DeliveredArticle { title } } }'
const HASH = sha256Hex(QUERY)
const apq = (sha256Hash: string) => ({ persistedQuery: { sha256Hash, version: 1 } })

describe('persisted queries', () => {
  it('runs a manifest operation by id, in Apollo manifest or plain map form', () => {
    for (const manifest of [{ [HASH]: QUERY }, { format: 'apollo-persisted-query-manifest', operations: [{ body: QUERY, id: HASH, name: 'A', type: 'query' }], version: 1 }]) {
      expect(new PersistedQueries(parseManifest(manifest)).resolve({ id: HASH })).toEqual({ query: QUERY })
    }
  })

  it('refuses a manifest whose ids are not the hashes of their queries', () => {
    expect(() => parseManifest({ [HASH]: `${QUERY} ` })).toThrow(/does not match the SHA-256/)
  })

  it('follows the APQ protocol: unknown hash → PersistedQueryNotFound, then the text registers it', () => {
    const persisted = new PersistedQueries()
    expect(persisted.resolve({ extensions: apq(HASH) })).toMatchObject({ code: 'PERSISTED_QUERY_NOT_FOUND', message: PERSISTED_QUERY_NOT_FOUND })
    expect(persisted.resolve({ extensions: apq(HASH), query: QUERY })).toEqual({ query: QUERY })
    expect(persisted.resolve({ extensions: apq(HASH) })).toEqual({ query: QUERY })
    expect(persisted.resolve({ extensions: apq(sha256Hex('{ a }')), query: QUERY })).toMatchObject({ message: expect.stringMatching(/does not match/), status: 400 })
    expect(persisted.resolve({ id: 'not-a-hash' })).toMatchObject({ status: 400 })
  })

  it('in registered-only mode runs manifest operations and nothing else', () => {
    const persisted = new PersistedQueries(parseManifest({ [HASH]: QUERY }), true)
    expect(persisted.resolve({ query: QUERY })).toEqual({ query: QUERY })
    expect(persisted.resolve({ query: '{ deliveredItem(type: articles, slug: "b") { __typename } }' })).toMatchObject({ message: expect.stringMatching(/registered operations only/), status: 400 })
    const other = '{ __typename }'
    expect(persisted.resolve({ extensions: apq(sha256Hex(other)), query: other })).toMatchObject({ status: 400 })
  })
})

describe('purge batches', () => {
  it('split keys into header-sized groups without losing any', () => {
    const keys = Array.from({ length: 500 }, (_, i) => `i:articles/${i}`)
    const batches = keyBatches(keys, 300)
    expect(batches.every((batch) => batch.length <= 300)).toBe(true)
    expect(batches.join(' ').split(' ')).toEqual(keys)
  })
})
