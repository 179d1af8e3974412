/**
 * Old addresses keep working: a slug an item had before answers `deliveredItem` with a `DeliveredRedirect` to the
 * current slug (chains collapse, a reused slug belongs to its new item), and manual redirects (old website URLs)
 * answer `redirect(from:)` and `GET /api/redirects/lookup?from=`, chains followed to their end.
 */
import { deliveryStore } from '@/delivery/store'

import { createApiClient, createStaff, lexical, publishApproved } from './helpers/fixtures'
import { apiClient } from './helpers/http'
import { bootCarepath, type TestCarepath } from './helpers/payload'
import { setEnv, startFastPath } from './helpers/website'

let carepath: TestCarepath
let api: ReturnType<typeof apiClient>
let fast: Awaited<ReturnType<typeof startFastPath>>
let restoreEnv: () => void
let editor: string
let websiteKey: string
const ids: Record<string, number | string> = {}
const SITE = 'https://www.hospital.example'

const sync = async () => (await deliveryStore(carepath.payload)).sync()
const rename = async (id: number | string, slug: string) => {
  await carepath.payload.update({ collection: 'articles', data: { slug }, id })
  await sync()
}

beforeAll(async () => {
  restoreEnv = setEnv({ CAREPATH_SITE_URL: SITE })
  carepath = await bootCarepath()
  api = apiClient(carepath.config)
  const { payload } = carepath
  editor = (await createStaff(payload, ['editor'], 'editor')).token
  websiteKey = (await createApiClient(payload, 'website')).apiKey
  const article = (title: string) => publishApproved(payload, { collection: 'articles', data: { body: lexical('Plain words.'), stages: ['awareness'], title } })
  ids.renamed = (await article('First name')).id
  ids.target = (await article('Diabetes guide')).id
  ids.withdrawn = (await article('Withdrawn guide')).id
  fast = await startFastPath(payload)
})

afterAll(async () => {
  await fast?.stop()
  await carepath?.shutdown()
  restoreEnv?.()
})

const ITEM = `query ($slug: String!) {
  deliveredItem(type: articles, slug: $slug) {
    __typename
    ... on DeliveredArticle { id slug title }
    ... on DeliveredRedirect { type slug redirectTo url statusCode }
  }
}`
/** Both delivery endpoints, compared. */
async function item(slug: string) {
  const viaFast = await fast.graphql(ITEM, { slug }, { apiKey: websiteKey })
  const viaPayload = await api.graphql(ITEM, { slug }, { apiKey: websiteKey })
  expect(viaFast.body.errors).toBeUndefined()
  expect(viaPayload.body).toEqual(viaFast.body)
  return viaFast.body.data.deliveredItem
}

describe('old slugs', () => {
  it('answer a 301 redirect to the current slug, chains collapsed', async () => {
    await rename(ids.renamed, 'second-name')
    await rename(ids.renamed, 'third-name')
    const expected = { __typename: 'DeliveredRedirect', redirectTo: 'third-name', statusCode: 301, type: 'articles', url: `${SITE}/health-library/third-name` }
    expect(await item('first-name')).toEqual({ ...expected, slug: 'first-name' })
    expect(await item('second-name')).toEqual({ ...expected, slug: 'second-name' })
    expect(await item('third-name')).toMatchObject({ __typename: 'DeliveredArticle', id: String(ids.renamed), slug: 'third-name' })
  })

  it('going back to an old slug serves the item there and redirects the others to it', async () => {
    await rename(ids.renamed, 'first-name')
    expect(await item('first-name')).toMatchObject({ __typename: 'DeliveredArticle', slug: 'first-name' })
    expect(await item('third-name')).toMatchObject({ __typename: 'DeliveredRedirect', redirectTo: 'first-name' })
    const stored = await carepath.payload.findByID({ collection: 'articles', id: ids.renamed })
    expect(stored.previousSlugs).toEqual(['second-name', 'third-name'])
  })

  it('an old slug another item now uses belongs to that item; an unpublished target redirects nowhere', async () => {
    const newcomer = await publishApproved(carepath.payload, { collection: 'articles', data: { body: lexical('Plain words.'), slug: 'second-name', stages: ['awareness'], title: 'A newcomer' } })
    await sync()
    expect(await item('second-name')).toMatchObject({ __typename: 'DeliveredArticle', id: String(newcomer.id) })
    await carepath.payload.update({ collection: 'articles', data: { slug: 'withdrawn-guide-2' }, id: ids.withdrawn })
    await carepath.payload.update({ collection: 'articles', data: { _status: 'draft' } as never, id: ids.withdrawn })
    await sync()
    expect(await item('withdrawn-guide')).toBeNull()
  })

  it('a client cannot plant old slugs', async () => {
    const res = await api.rest('PATCH', `articles/${ids.withdrawn}?draft=true`, { auth: { token: editor }, body: { previousSlugs: ['hijacked'] } })
    expect(res.status).toBe(200)
    const stored = await carepath.payload.findByID({ collection: 'articles', draft: true, id: ids.withdrawn })
    expect(stored.previousSlugs).toEqual(['withdrawn-guide'])
  })
})

describe('manual redirects', () => {
  const create = (data: Record<string, unknown>) => api.rest('POST', 'redirects', { auth: { token: editor }, body: data })
  const reference = (id: number | string) => ({ reference: { relationTo: 'articles', value: id }, type: 'reference' })

  beforeAll(async () => {
    expect((await create({ from: 'https://old.hospital.example/patients/diabetes-guide.html', to: reference(ids.target) })).status).toBe(201)
    expect((await create({ from: '/old/a', to: { type: 'custom', url: '/old/b' }, type: '302' })).status).toBe(201)
    expect((await create({ from: '/old/b', to: { type: 'custom', url: `${SITE}/old/c` } })).status).toBe(201)
    expect((await create({ from: '/old/c', to: reference(ids.target) })).status).toBe(201)
    expect((await create({ from: '/loop/1', to: { type: 'custom', url: '/loop/2' } })).status).toBe(201)
    expect((await create({ from: '/loop/2', to: { type: 'custom', url: '/loop/1' } })).status).toBe(201)
    expect((await create({ from: '/gone', to: reference(ids.withdrawn) })).status).toBe(201)
  })

  const REDIRECT = `query ($from: String!) { redirect(from: $from) { from to statusCode type slug } }`
  /** GraphQL on both endpoints and REST on both, compared. */
  async function lookup(from: string) {
    const graphql = await fast.graphql(REDIRECT, { from })
    expect((await api.graphql(REDIRECT, { from })).body).toEqual(graphql.body)
    const rest = await fast.get(`/api/redirects/lookup?from=${encodeURIComponent(from)}`)
    const viaPayload = await api.rest('GET', `redirects/lookup?from=${encodeURIComponent(from)}`)
    expect([viaPayload.status, viaPayload.body]).toEqual([rest.status, rest.body])
    expect(rest.status).toBe(graphql.body.data.redirect ? 200 : 404)
    if (graphql.body.data.redirect) expect(rest.body).toEqual(graphql.body.data.redirect)
    return graphql.body.data.redirect
  }

  it('lead an old website address to the item\'s current page (its path stored without origin)', async () => {
    expect(await lookup('/patients/diabetes-guide.html')).toEqual({
      from: '/patients/diabetes-guide.html', slug: 'diabetes-guide', statusCode: 301, to: `${SITE}/health-library/diabetes-guide`, type: 'articles',
    })
    await carepath.payload.update({ collection: 'articles', data: { slug: 'diabetes-guide-2027' }, id: ids.target })
    await sync()
    expect((await lookup('https://old.hospital.example/patients/diabetes-guide.html/')).to).toBe(`${SITE}/health-library/diabetes-guide-2027`)
  })

  it('follow chains to their end (temporary when any step is), stop at loops, and answer nothing for unknown or unpublished targets', async () => {
    expect(await lookup('/old/b')).toMatchObject({ statusCode: 301, to: `${SITE}/health-library/diabetes-guide-2027` })
    expect(await lookup('/old/a')).toEqual({ from: '/old/a', slug: 'diabetes-guide-2027', statusCode: 302, to: `${SITE}/health-library/diabetes-guide-2027`, type: 'articles' })
    expect(await lookup('/loop/1')).toMatchObject({ from: '/loop/1', to: '/loop/1' })
    expect(await lookup('/never/existed')).toBeNull()
    expect(await lookup('/gone')).toBeNull()
  })

  it('refuse unsafe targets and bad lookups with a message', async () => {
    const unsafe = await create({ from: '/x', to: { type: 'custom', url: 'javascript:alert(1)' } })
    expect(unsafe.status).toBe(400)
    expect(JSON.stringify(unsafe.body)).toMatch(/The redirect URL/)
    const anonymous = await api.rest('POST', 'redirects', { body: { from: '/y', to: { type: 'custom', url: '/z' } } })
    expect(anonymous.status).toBe(403)
    const missing = await fast.get('/api/redirects/lookup')
    expect(missing.status).toBe(400)
    expect(missing.body.errors[0].message).toMatch(/^Give the old address as `from`/)
    expect((await fast.get('/api/redirects/lookup?from=/a&to=/b')).status).toBe(400)
  })
})
