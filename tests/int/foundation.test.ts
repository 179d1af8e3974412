import sharp from 'sharp'

import { apiClient } from './helpers/http'
import { createApiClient, createStaff, lexical } from './helpers/fixtures'
import { bootCarepath, type TestCarepath } from './helpers/payload'

let carepath: TestCarepath
let api: ReturnType<typeof apiClient>

beforeAll(async () => {
  carepath = await bootCarepath()
  api = apiClient(carepath.config)
})

afterAll(async () => {
  await carepath?.shutdown()
})

describe('users and roles', () => {
  it('lets only admins create users and change roles; nobody raises their own role', async () => {
    const admin = await createStaff(carepath.payload, ['admin'], 'admin')
    const editor = await createStaff(carepath.payload, ['editor'], 'editor')

    const selfPromotion = await api.rest('PATCH', `users/${editor.user.id}`, {
      auth: { token: editor.token },
      body: { roles: ['admin'] },
    })
    expect(selfPromotion.status).toBe(403)
    expect(JSON.stringify(selfPromotion.body)).toMatch(/Only admins can change roles/)
    const reloaded = await carepath.payload.findByID({ collection: 'users', id: editor.user.id })
    expect(reloaded.roles).toEqual(['editor'])

    const createByEditor = await api.rest('POST', 'users', {
      auth: { token: editor.token },
      body: { email: 'new@carepath.test', password: 'x-long-password', roles: ['admin'] },
    })
    expect(createByEditor.status).toBe(403)

    // An editor may still edit their own name.
    const rename = await api.rest('PATCH', `users/${editor.user.id}`, {
      auth: { token: editor.token },
      body: { name: 'Renamed Editor' },
    })
    expect(rename.status).toBe(200)
    expect(rename.body.doc.roles).toEqual(['editor'])

    // Medical reviewers need credentials: they are recorded with every approval.
    const withoutCredentials = await api.rest('PATCH', `users/${editor.user.id}`, {
      auth: { token: admin.token },
      body: { roles: ['editor', 'medicalReviewer'] },
    })
    expect(withoutCredentials.status).toBe(400)
    expect(JSON.stringify(withoutCredentials.body)).toMatch(/Medical reviewers need credentials/)
    const promote = await api.rest('PATCH', `users/${editor.user.id}`, {
      auth: { token: admin.token },
      body: { credentials: 'RN', roles: ['editor', 'medicalReviewer'] },
    })
    expect(promote.status).toBe(200)
    expect(promote.body.doc.roles).toEqual(['editor', 'medicalReviewer'])
  })

  it('never removes the last admin', async () => {
    const { docs } = await carepath.payload.find({ collection: 'users', where: { roles: { contains: 'admin' } } })
    expect(docs).toHaveLength(1)
    const onlyAdmin = docs[0]!
    const refusal = await carepath.payload
      .update({ collection: 'users', data: { roles: ['editor'] }, id: onlyAdmin.id })
      .catch((error: { data?: { errors?: Array<{ message: string }> } }) => error)
    expect(JSON.stringify(refusal)).toMatch(/last admin account: make another user an admin first/)
    const still = await carepath.payload.findByID({ collection: 'users', id: onlyAdmin.id })
    expect(still.roles).toContain('admin')
  })
})

describe('articles from the admin to API clients', () => {
  const ARTICLE_QUERY = `query { Articles(limit: 50) { docs { title slug summary _status } } }`

  it('an editor creates articles over REST; an API client reads only published ones over GraphQL', async () => {
    const editor = await createStaff(carepath.payload, ['editor'], 'writer')
    const reviewer = await createStaff(carepath.payload, ['medicalReviewer'], 'reviewer')
    const { apiKey } = await createApiClient(carepath.payload, 'website')

    const content = {
      stages: ['awareness'],
      body: lexical('Gestational diabetes is diabetes that starts during pregnancy.'),
      summary: 'What gestational diabetes is and how it is treated.',
      title: 'Understanding gestational diabetes',
    }
    // Editors write and submit; a medical reviewer approves and publishes.
    const byEditor = await api.rest('POST', 'articles', { auth: { token: editor.token }, body: { ...content, _status: 'published' } })
    expect(byEditor.status).toBe(403)
    const written = await api.rest('POST', 'articles?draft=true', { auth: { token: editor.token }, body: content })
    expect(written.status).toBe(201)
    const articleId = written.body.doc.id
    const workflow = (action: string, token: string) => api.rest('POST', `articles/${articleId}/workflow`, { auth: { token }, body: { action } })
    expect((await workflow('submit', editor.token)).status).toBe(200)
    expect((await workflow('approve', reviewer.token)).status).toBe(200)
    const published = await api.rest('PATCH', `articles/${articleId}`, { auth: { token: reviewer.token }, body: { _status: 'published' } })
    expect(published.status).toBe(200)
    expect(published.body.doc._status).toBe('published')
    expect(published.body.doc.slug).toBe('understanding-gestational-diabetes')

    const draft = await api.rest('POST', 'articles?draft=true', {
      auth: { token: editor.token },
      body: { stages: ["awareness"], _status: 'draft', title: 'Unreviewed draft about insulin' },
    })
    expect(draft.status).toBe(201)

    const asClient = await api.graphql(ARTICLE_QUERY, {}, { apiKey })
    expect(asClient.body.errors).toBeUndefined()
    const titles = asClient.body.data.Articles.docs.map((d: { title: string }) => d.title)
    expect(titles).toEqual(['Understanding gestational diabetes'])

    const anonymous = await api.graphql(ARTICLE_QUERY)
    expect(anonymous.body.data.Articles.docs.map((d: { title: string }) => d.title)).toEqual(titles)

    // Asking for drafts explicitly still never shows one to a client or to an anonymous visitor.
    const draftById = await api.graphql(
      `query ($id: Int!) { Article(id: $id, draft: true) { title _status } }`,
      { id: draft.body.doc.id },
      { apiKey },
    )
    expect(draftById.body.data?.Article ?? null).toBeNull()
    const restDraft = await api.rest('GET', `articles/${draft.body.doc.id}?draft=true`, { auth: { apiKey } })
    expect(restDraft.status).toBe(404)
    const restList = await api.rest('GET', 'articles?draft=true&limit=50')
    expect(restList.body.docs.map((d: { title: string }) => d.title)).toEqual(titles)

    // A published article edited into a new draft keeps serving its published text to clients.
    await api.rest('PATCH', `articles/${published.body.doc.id}?draft=true`, {
      auth: { token: editor.token },
      body: { stages: ["awareness"], _status: 'draft', title: 'Draft retitle not yet approved' },
    })
    const afterDraftEdit = await api.graphql(ARTICLE_QUERY, {}, { apiKey })
    expect(afterDraftEdit.body.data.Articles.docs.map((d: { title: string }) => d.title)).toEqual(titles)
  })

  it('API clients are read-only', async () => {
    const { apiKey } = await createApiClient(carepath.payload, 'automation')
    const res = await api.rest('POST', 'articles', { auth: { apiKey }, body: { _status: 'published',
        medicalReviewedAt: new Date().toISOString(), stages: ['awareness'], title: 'Injected' } })
    expect(res.status).toBe(403)
    const gql = await api.graphql(`mutation { createArticle(data: { title: "Injected", stages: [awareness] }) { id } }`, {}, { apiKey })
    expect(gql.body.errors?.[0]?.extensions?.statusCode).toBe(403)
    const { totalDocs } = await carepath.payload.count({ collection: 'articles', where: { title: { equals: 'Injected' } } })
    expect(totalDocs).toBe(0)
  })

  it('disabling or deleting an API client revokes its key immediately', async () => {
    const admin = await createStaff(carepath.payload, ['admin'], 'keyadmin')
    const me = async (apiKey: string) => (await api.rest('GET', 'api-clients/me', { auth: { apiKey } })).body.user

    const first = await createApiClient(carepath.payload, 'portal')
    expect((await me(first.apiKey))?.id).toBe(first.client.id)
    const disable = await api.rest('PATCH', `api-clients/${first.client.id}`, {
      auth: { token: admin.token },
      body: { enabled: false },
    })
    expect(disable.status).toBe(200)
    expect(await me(first.apiKey)).toBeNull()

    const second = await createApiClient(carepath.payload, 'website')
    expect((await me(second.apiKey))?.id).toBe(second.client.id)
    const del = await api.rest('DELETE', `api-clients/${second.client.id}`, { auth: { token: admin.token } })
    expect(del.status).toBe(200)
    expect(await me(second.apiKey)).toBeNull()
  })
})

describe('media uploads', () => {
  const upload = async (token: string, bytes: Buffer, filename: string, type = 'image/png') => {
    const form = new FormData()
    form.append('file', new Blob([new Uint8Array(bytes)], { type }), filename)
    form.append('_payload', JSON.stringify({ alt: 'A nurse taking a blood pressure reading' }))
    return api.rest('POST', 'media', { auth: { token }, form })
  }

  it('stores a real image with its sizes, and refuses fakes and decompression bombs with clear errors', async () => {
    const editor = await createStaff(carepath.payload, ['editor'], 'photo')
    const png = await sharp({ create: { background: '#3a7', channels: 3, height: 900, width: 1600 } }).png().toBuffer()
    const ok = await upload(editor.token, png, 'clinic.png')
    expect(ok.status).toBe(201)
    expect(Object.keys(ok.body.doc.sizes).sort()).toEqual(['card', 'hero', 'og', 'thumbnail', 'webp'])
    expect(ok.body.doc.sizes.webp.mimeType).toBe('image/webp')
    expect(ok.body.doc.sizes.thumbnail.width).toBe(320)

    const fake = await upload(editor.token, Buffer.from('#!/bin/sh\necho not an image\n'), 'innocent.png')
    expect(fake.status).toBe(400)
    expect(JSON.stringify(fake.body)).toMatch(/contents are not an image file|whatever its name says/)

    // 12,000 × 12,000 pixels of one colour compresses to a small file but would take ~430 MB to decode.
    const bomb = await sharp({ create: { background: '#fff', channels: 3, height: 12000, width: 12000 } })
      .png({ compressionLevel: 9 })
      .toBuffer()
    expect(bomb.length).toBeLessThan(2 * 1024 * 1024)
    const refused = await upload(editor.token, bomb, 'poster.png')
    expect(refused.status).toBe(400)
    expect(JSON.stringify(refused.body)).toMatch(/12000×12000 pixels \(144 megapixels\); the limit is 50 megapixels/)

    const missingAlt = new FormData()
    missingAlt.append('file', new Blob([new Uint8Array(png)], { type: 'image/png' }), 'no-alt.png')
    const noAlt = await api.rest('POST', 'media', { auth: { token: editor.token }, form: missingAlt })
    expect(noAlt.status).toBe(400)

    const { docs } = await carepath.payload.find({ collection: 'media' })
    expect(docs.map((d) => d.filename)).toEqual(['clinic.png'])
  })
})
