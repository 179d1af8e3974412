import { checkContent } from '@/brand/engine'
import { defaultBrandSettings } from '@/brand/settings'

import { createApiClient, createStaff, lexical } from './helpers/fixtures'
import { apiClient, type ApiResponse } from './helpers/http'
import { bootCarepath, type TestCarepath } from './helpers/payload'

let carepath: TestCarepath
let api: ReturnType<typeof apiClient>
let editor: string
let reviewer: string
let brandManager: string

beforeAll(async () => {
  carepath = await bootCarepath()
  api = apiClient(carepath.config)
  await createStaff(carepath.payload, ['admin'], 'admin')
  editor = (await createStaff(carepath.payload, ['editor'], 'editor')).token
  reviewer = (await createStaff(carepath.payload, ['medicalReviewer'], 'reviewer')).token
  brandManager = (await createStaff(carepath.payload, ['brandManager'], 'brand')).token
})

afterAll(async () => {
  await carepath?.shutdown()
})

const today = new Date().toISOString().slice(0, 10)
const article = (overrides: Record<string, unknown> = {}) => ({
  body: lexical('Sugar diabetes is an old name. Today we simply call it diabetes, and we can help you manage it.'),
  stages: ['awareness'],
  summary: 'What diabetes is and how we help.',
  title: 'About diabetes',
  ...overrides,
})
const errorText = (res: ApiResponse) => JSON.stringify(res.body?.errors ?? res.body)
const act = (id: number, action: 'approve' | 'submit', token: string) => api.rest('POST', `articles/${id}/workflow`, { auth: { token }, body: { action } })

/** An editor's draft, submitted and approved by a medical reviewer: the brand gate is all that stands before publishing. */
async function approvedDraft(overrides: Record<string, unknown> = {}) {
  const draft = await api.rest('POST', 'articles?draft=true', { auth: { token: editor }, body: { ...article(overrides), _status: 'draft' } })
  expect(draft.status).toBe(201)
  const id = draft.body.doc.id as number
  expect((await act(id, 'submit', editor)).status).toBe(200)
  expect((await act(id, 'approve', reviewer)).body.state).toBe('approved')
  return { doc: draft.body.doc, id }
}
const publishAs = (token: string, id: number, data: Record<string, unknown> = {}) =>
  api.rest('PATCH', `articles/${id}`, { auth: { token }, body: { ...data, _status: 'published' } })

describe('the publish gate', () => {
  it('refuses to publish over REST with findings an editor can act on, and stores nothing', async () => {
    // Editors cannot publish at all; an approved item that breaks the guidelines is refused with the findings.
    const byEditor = await api.rest('POST', 'articles', { auth: { token: editor }, body: { ...article(), _status: 'published' } })
    expect(byEditor.status).toBe(403)
    expect((await carepath.payload.count({ collection: 'articles' })).totalDocs).toBe(0)

    const { id } = await approvedDraft()
    const res = await publishAs(brandManager, id)
    expect(res.status).toBe(400)
    const message = res.body.errors[0].message as string
    expect(message).toMatch(/Publishing is blocked by 1 brand-guideline error/)
    expect(message).toMatch(/'sugar diabetes' is not allowed; use 'diabetes'/i)
    expect(res.body.errors[0].data.findings.some((f: { rule: string; path: string }) => f.rule === 'terminology' && f.path === 'body.0')).toBe(true)
    expect((await carepath.payload.count({ collection: 'articles', where: { _status: { equals: 'published' } } })).totalDocs).toBe(0)
    expect((await carepath.payload.findByID({ collection: 'articles', draft: false, id }))._status).toBe('draft')
  })

  it('always saves drafts and stores their findings; publishing the draft is refused until fixed', async () => {
    const { doc, id } = await approvedDraft({ title: 'What diabetes is' })
    const report = doc.brandCheck
    expect(report.passes).toBe(false)
    expect(report.findings.find((f: { rule: string }) => f.rule === 'terminology').message).toMatch(/sugar diabetes/i)
    expect(report.readability.fleschKincaidGrade).toEqual(expect.any(Number))

    const mutation = `mutation ($id: Int!) { updateArticle(id: $id, data: { _status: published }) { _status } }`
    const byEditor = await api.graphql(mutation, { id }, { token: editor })
    expect(byEditor.body.errors?.[0]?.extensions?.statusCode).toBe(403)
    const publish = await api.graphql(mutation, { id }, { token: brandManager })
    expect(publish.body.errors?.[0]?.message).toMatch(/Publishing is blocked.*sugar diabetes/i)
    const stored = await carepath.payload.findByID({ collection: 'articles', draft: false, id })
    expect(stored._status).toBe('draft')

    // The editor fixes the text; the fix needs a new approval, then it publishes.
    const fix = { body: lexical('Diabetes means your blood sugar is too high. We can help you manage it.') }
    expect((await api.rest('PATCH', `articles/${id}`, { auth: { token: editor }, body: { ...fix, _status: 'published' } })).status).toBe(403)
    expect((await api.rest('PATCH', `articles/${id}?draft=true`, { auth: { token: editor }, body: fix })).status).toBe(200)
    expect((await publishAs(brandManager, id)).status).toBe(409)
    expect((await act(id, 'approve', reviewer)).body.state).toBe('approved')
    const fixed = await publishAs(brandManager, id)
    expect(fixed.status).toBe(200)
    expect(fixed.body.doc._status).toBe('published')
    expect(fixed.body.doc.brandCheck.passes).toBe(true)
  })

  it('lets warnings through and refuses a scheduled publish that would break the rules', async () => {
    const flu = await approvedDraft({ body: lexical('Flu season is here! Get your shot today! It is quick and it helps.'), title: 'Flu shots' })
    const loud = await publishAs(brandManager, flu.id)
    expect(loud.status).toBe(200)
    expect(loud.body.doc._status).toBe('published')
    expect(loud.body.doc.brandCheck.warnings).toBeGreaterThan(0)
    expect(loud.body.doc.brandCheck.findings.map((f: { rule: string }) => f.rule)).toContain('exclamations')

    const schedule = async (title: string, body: ReturnType<typeof lexical>) => {
      const { id } = await approvedDraft({ body, title })
      await carepath.payload.jobs.queue({
        // Payload's own job stores the id as a string (see its schedulePublish task).
        input: { doc: { relationTo: 'articles', value: String(id) as never }, type: 'publish' },
        task: 'schedulePublish',
      })
      return id
    }
    const broken = await schedule('Scheduled but broken', lexical('Sugar diabetes is an old name.'))
    const clean = await schedule('Scheduled and clean', lexical('Diabetes means your blood sugar is too high.'))
    await carepath.payload.jobs.run()
    expect((await carepath.payload.findByID({ collection: 'articles', draft: false, id: broken }))._status).toBe('draft')
    expect((await carepath.payload.findByID({ collection: 'articles', draft: false, id: clean }))._status).toBe('published')
    const jobs = await carepath.payload.find({ collection: 'payload-jobs', where: { taskSlug: { equals: 'schedulePublish' } } })
    expect(JSON.stringify(jobs.docs.map((j) => j.log))).toMatch(/Publishing is blocked/)
  })

  it('GraphQL createArticle gets the same refusal as REST', async () => {
    const byEditor = await api.graphql(`mutation { createArticle(data: { title: "Victims of stroke", stages: [awareness], _status: published }) { id } }`, {}, { token: editor })
    expect(byEditor.body.errors?.[0]?.extensions?.statusCode).toBe(403)

    const draft = await api.graphql(`mutation { createArticle(draft: true, data: { title: "Victims of stroke", stages: [awareness] }) { id } }`, {}, { token: editor })
    expect(draft.body.errors).toBeUndefined()
    const id = draft.body.data.createArticle.id as number
    expect((await act(id, 'submit', editor)).status).toBe(200)
    expect((await act(id, 'approve', reviewer)).body.state).toBe('approved')
    const res = await api.graphql(`mutation ($id: Int!) { updateArticle(id: $id, data: { _status: published }) { id } }`, { id }, { token: brandManager })
    expect(res.body.errors?.[0]?.message).toMatch(/'victim[s]?' is not allowed/i)
    expect((await publishAs(brandManager, id)).body.errors?.[0]?.message).toMatch(/'victim[s]?' is not allowed/i)
  })
})

describe('checkContent for content that is not stored', () => {
  const input = {
    citations: 0,
    clinical: true,
    locale: 'en',
    medicalReviewedAt: today,
    texts: [
      { path: 'title', role: 'title', text: 'A miracle cure for asthma' },
      { path: 'body.0', role: 'body', text: 'This inhaler is a miracle. Click here to learn about sugar diabetes.' },
    ],
    type: 'articles',
  }

  it('answers the same over GraphQL and REST as the engine with the stored guidelines', async () => {
    const { apiKey } = await createApiClient(carepath.payload, 'automation')
    const gql = await api.graphql(
      `query ($input: BrandCheckInput!) { checkContent(input: $input) { passes errors warnings score findings { rule severity path message } readability { fleschKincaidGrade smogGrade } } }`,
      { input },
      { apiKey },
    )
    expect(gql.body.errors).toBeUndefined()
    const rest = await api.rest('POST', 'brand/check', { auth: { apiKey }, body: input })
    expect(rest.status).toBe(200)

    const expected = checkContent({ ...input, images: [], links: [], snippetIds: [] } as never, defaultBrandSettings)
    const fromGraphQL = gql.body.data.checkContent
    expect(fromGraphQL.passes).toBe(false)
    expect(fromGraphQL.findings.map((f: { message: string }) => f.message)).toEqual(expected.findings.map((f) => f.message))
    expect(rest.body.findings.map((f: { message: string }) => f.message)).toEqual(expected.findings.map((f) => f.message))
    expect(fromGraphQL.readability.smogGrade).toBeCloseTo(expected.readability.smogGrade!, 5)
  })

  it('refuses anonymous callers and malformed input with clear messages', async () => {
    const anonymous = await api.rest('POST', 'brand/check', { body: input })
    expect(anonymous.status).toBe(401)
    const bad = await api.rest('POST', 'brand/check', { auth: { token: editor }, body: { ...input, locale: 'fr' } })
    expect(bad.status).toBe(400)
    expect(errorText(bad)).toMatch(/locale/)
  })
})

describe('changing the guidelines', () => {
  it('only brand managers and admins may change them; a change re-checks published items without unpublishing', async () => {
    const byEditor = await api.rest('POST', 'globals/brandGuidelines', { auth: { token: editor }, body: { severity: { exclamations: 'error' } } })
    expect(byEditor.status).toBe(403)

    const invalid = await api.rest('POST', 'globals/brandGuidelines', { auth: { token: brandManager }, body: { readability: { maxGrade: 0 } } })
    expect(invalid.status).toBe(400)

    const change = await api.rest('POST', 'globals/brandGuidelines', { auth: { token: brandManager }, body: { severity: { exclamations: 'error' } } })
    expect(change.status).toBe(200)
    await carepath.payload.jobs.run()

    const guidelines = await carepath.payload.findGlobal({ slug: 'brandGuidelines' })
    const failing = guidelines.lastRecheck?.failing ?? []
    expect(failing.map((f) => f.title)).toContain('Flu shots')
    expect(failing.find((f) => f.title === 'Flu shots')?.errors).toMatch(/exclamation/i)
    const flu = await carepath.payload.find({ collection: 'articles', where: { title: { equals: 'Flu shots' } } })
    expect(flu.docs[0]?._status).toBe('published')
  })
})
