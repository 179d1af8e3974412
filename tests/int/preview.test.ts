/**
 * Draft preview for the website: staff create a preview link; its signed token lets the website read that one draft
 * version through `deliveredItem(previewToken:)`. Tokens are single-item, single-version, expire within an hour, and
 * never let an API client (or anyone) read any other draft. Live preview is configured for the four types.
 */
import { createLocalReq } from 'payload'

import { signPreviewToken } from '@/preview/token'
import { securityHeaders } from '@/security/httpHeaders.mjs'

import { createApiClient, createStaff, lexical, publishApproved } from './helpers/fixtures'
import { apiClient } from './helpers/http'
import { bootCarepath, type TestCarepath } from './helpers/payload'
import { setEnv, startFastPath } from './helpers/website'

let carepath: TestCarepath
let api: ReturnType<typeof apiClient>
let fast: Awaited<ReturnType<typeof startFastPath>>
let restoreEnv: () => void
let editor: Awaited<ReturnType<typeof createStaff>>
let websiteKey: string
const ids: Record<string, number | string> = {}
const PREVIEW = 'https://www.hospital.example/api/preview'

beforeAll(async () => {
  restoreEnv = setEnv({ CAREPATH_PREVIEW_URL: PREVIEW })
  carepath = await bootCarepath()
  api = apiClient(carepath.config)
  const { payload } = carepath
  editor = await createStaff(payload, ['editor'], 'editor')
  websiteKey = (await createApiClient(payload, 'website')).apiKey
  const live = await publishApproved(payload, { collection: 'articles', data: { body: lexical('Plain words.'), stages: ['awareness'], title: 'Live title' } })
  ids.live = live.id
  await payload.update({ collection: 'articles', data: { title: 'Draft title' } as never, draft: true, id: live.id })
  ids.other = (await payload.create({ collection: 'articles', data: { _status: 'draft', title: 'Secret other draft' } as never, draft: true })).id
  fast = await startFastPath(payload)
})

afterAll(async () => {
  await fast?.stop()
  await carepath?.shutdown()
  restoreEnv?.()
})

const ITEM = `query ($slug: String!, $token: String, $type: DeliveryContentType = articles) {
  deliveredItem(type: $type, slug: $slug, previewToken: $token) { ... on DeliveredArticle { id title slug } }
}`
const createLink = (body: unknown, auth: { apiKey: string } | { token: string } = { token: editor.token }) => api.rest('POST', 'preview-links', { auth, body })
const read = async (variables: Record<string, unknown>, auth?: { apiKey: string }) => {
  const res = await fast.graphql(ITEM, variables, auth)
  return { error: res.body.errors?.[0]?.message as string | undefined, item: res.body.data?.deliveredItem }
}

describe('preview links', () => {
  it('staff get a token and the website\'s preview URL; the token serves the draft, the slug alone the live text', async () => {
    const link = await createLink({ id: ids.live, type: 'articles' })
    expect(link.status).toBe(200)
    const { expiresAt, token, url } = link.body
    expect(Date.parse(expiresAt) - Date.now()).toBeLessThanOrEqual(3600_000)
    expect(Date.parse(expiresAt) - Date.now()).toBeGreaterThan(3500_000)
    const parsed = new URL(url)
    expect(`${parsed.origin}${parsed.pathname}`).toBe(PREVIEW)
    expect(Object.fromEntries(parsed.searchParams)).toEqual({ locale: 'en', slug: 'live-title', token, type: 'articles' })

    expect((await read({ slug: 'live-title', token }, { apiKey: websiteKey })).item).toMatchObject({ id: String(ids.live), title: 'Draft title' })
    expect((await read({ slug: 'live-title', token })).item).toMatchObject({ title: 'Draft title' })
    expect((await read({ slug: 'live-title' }, { apiKey: websiteKey })).item).toMatchObject({ title: 'Live title' })
    // Payload's own GraphQL endpoint answers the same.
    const viaPayload = await api.graphql(ITEM, { slug: 'live-title', token })
    expect(viaPayload.body.data.deliveredItem.title).toBe('Draft title')
  })

  it('a token reads only its own item and version, never another draft', async () => {
    const { token } = (await createLink({ id: ids.live, type: 'articles' })).body
    // Asking for another draft's slug with this token still answers only the token's item.
    const other = await read({ slug: 'secret-other-draft', token }, { apiKey: websiteKey })
    expect(other.item.title).not.toBe('Secret other draft')
    expect(other.item.id).toBe(String(ids.live))
    // Without a token, drafts are never served to anyone.
    expect((await read({ slug: 'secret-other-draft' }, { apiKey: websiteKey })).item).toBeNull()
    // Another type with this token is refused.
    expect((await read({ slug: 'live-title', token, type: 'videos' })).error).toBe('This preview token is for articles, not videos.')
    // A newer draft does not change what an existing link shows; a new link shows it.
    await carepath.payload.update({ collection: 'articles', data: { title: 'Second draft' } as never, draft: true, id: ids.live })
    expect((await read({ slug: 'live-title', token })).item.title).toBe('Draft title')
    const fresh = (await createLink({ id: ids.live, type: 'articles' })).body.token
    expect((await read({ slug: 'live-title', token: fresh })).item.title).toBe('Second draft')
  })

  it('refuses changed, foreign and expired tokens with a message saying what to do', async () => {
    const { token } = (await createLink({ id: ids.live, type: 'articles' })).body as { token: string }
    const [prefix, body, signature] = token.split('.')
    const claims = JSON.parse(Buffer.from(body!, 'base64url').toString())
    const retargeted = `${prefix}.${Buffer.from(JSON.stringify({ ...claims, id: String(ids.other) })).toString('base64url')}.${signature}`
    expect((await read({ slug: 'x', token: retargeted }, { apiKey: websiteKey })).error).toMatch(/^The preview token is not valid/)
    const foreign = signPreviewToken('another carepath secret', { exp: claims.exp, id: String(ids.other), type: 'articles', version: claims.v })
    expect((await read({ slug: 'x', token: foreign })).error).toMatch(/^The preview token is not valid/)
    const expired = signPreviewToken(carepath.payload.secret, { exp: Math.floor(Date.now() / 1000) - 1, id: String(ids.live), type: 'articles', version: claims.v })
    expect((await read({ slug: 'x', token: expired })).error).toBe('The preview token has expired. Create a new preview link in the admin.')
    // A version of another item, under this item's id, is refused even when correctly signed.
    const versions = await carepath.payload.findVersions({ collection: 'articles', limit: 1, where: { parent: { equals: ids.other } } })
    const mismatched = signPreviewToken(carepath.payload.secret, { exp: claims.exp, id: String(ids.live), type: 'articles', version: String(versions.docs[0]!.id) })
    expect((await read({ slug: 'x', token: mismatched })).error).toBe('The version this preview link shows no longer exists. Create a new preview link.')
  })

  it('only staff create links, for at most an hour, for items they can read', async () => {
    expect((await createLink({ id: ids.live, type: 'articles' }, { apiKey: websiteKey })).status).toBe(401)
    expect((await api.rest('POST', 'preview-links', { body: { id: ids.live, type: 'articles' } })).status).toBe(401)
    const long = await createLink({ expiresInSeconds: 7200, id: ids.live, type: 'articles' })
    expect(long.status).toBe(400)
    expect(long.body.errors[0].message).toBe('expiresInSeconds must be a whole number from 60 to 3600 (one hour at most).')
    const short = await createLink({ expiresInSeconds: 120, id: ids.live, type: 'articles' })
    expect(Date.parse(short.body.expiresAt) - Date.now()).toBeLessThanOrEqual(120_000)
    expect((await createLink({ id: 999999, type: 'articles' })).status).toBe(404)
    expect((await createLink({ id: ids.live, type: 'recipes' })).body.errors[0].message).toMatch(/^type must be one of articles/)
  })
})

describe('live preview', () => {
  it('shows the website\'s preview route for the four types at desktop, tablet and phone sizes, with a token', async () => {
    const live = carepath.config.admin.livePreview!
    expect(live.collections).toEqual(['articles', 'pamphlets', 'videos', 'events'])
    expect(live.breakpoints!.map((b) => [b.name, b.width])).toEqual([['desktop', 1440], ['tablet', 768], ['phone', 375]])
    const req = await createLocalReq({ user: { ...editor.user, collection: 'users' } as never }, carepath.payload)
    const url = await (live.url as (args: unknown) => Promise<string>)({
      collectionConfig: carepath.config.collections.find((c) => c.slug === 'articles'),
      data: { id: ids.live },
      locale: { code: 'es' },
      payload: carepath.payload,
      req,
    })
    const token = new URL(url).searchParams.get('token')
    expect(new URL(url).searchParams.get('locale')).toBe('es')
    expect((await read({ slug: 'live-title', token })).item.title).toBe('Second draft')
    // The admin may frame the preview origin, and nothing else.
    const csp = securityHeaders({ CAREPATH_PREVIEW_URL: PREVIEW }).find((h) => h.key === 'Content-Security-Policy')!.value
    expect(csp).toContain("frame-src 'self' https://www.hospital.example;")
    expect(csp).toContain("frame-ancestors 'none'")
  })
})
