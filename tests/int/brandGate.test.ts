import { APIError } from 'payload'

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
    // One sentence for people (the admin shows it as a toast and splits a toast's text at commas into bullets); the
    // findings themselves, with rule, severity, path and an actionable message, travel in data.findings.
    const [error] = res.body.errors
    expect(error.message).toBe('Publishing was refused: 1 brand-guideline error needs fixing first (see the list at the top of the form).')
    expect(error.message).not.toContain(',')
    expect(error.data.reason).toBe('brandGuidelines')
    expect(error.data.findings).toContainEqual(
      expect.objectContaining({ message: expect.stringMatching(/^'Sugar diabetes' is not allowed; use 'diabetes'/), path: 'body.0', rule: 'terminology', severity: 'error', text: 'Sugar diabetes' }),
    )
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
    expect(publish.body.errors?.[0]?.message).toMatch(/^Publishing was refused: 1 brand-guideline error/)
    expect((publish.body.errors?.[0]?.extensions?.data as { findings: unknown[] }).findings).toContainEqual(expect.objectContaining({ path: 'body.0', rule: 'terminology' }))
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

  it('checks every language the item is written in: publishing in English makes the Spanish live too', async () => {
    const { id } = await approvedDraft({ body: lexical('Diabetes means your blood sugar is too high. We can help you manage it.'), title: 'Living with diabetes' })
    const spanish = { body: lexical('Los diabéticos pueden vivir bien. Nuestro equipo le ayuda cada día.'), summary: 'Qué es la diabetes.', title: 'Vivir con diabetes' }
    expect((await api.rest('PATCH', `articles/${id}?draft=true&locale=es`, { auth: { token: editor }, body: spanish })).status).toBe(200)
    expect((await act(id, 'approve', reviewer)).body.state).toBe('approved')

    const refused = await publishAs(brandManager, id)
    expect(refused.status).toBe(400)
    expect(refused.body.errors[0].message).toMatch(/^Publishing was refused: 1 brand-guideline error/)
    expect(refused.body.errors[0].data.findings).toEqual([expect.objectContaining({ message: expect.stringMatching(/^Español: 'diabéticos' is not allowed; use 'personas con diabetes'/), rule: 'terminology' })])
    expect((await carepath.payload.findByID({ collection: 'articles', draft: false, id }))._status).toBe('draft')

    // Fixed in Spanish (a new approval covers it), both languages publish.
    expect((await api.rest('PATCH', `articles/${id}?draft=true&locale=es`, { auth: { token: editor }, body: { body: lexical('Las personas con diabetes pueden vivir bien. Nuestro equipo le ayuda cada día.') } })).status).toBe(200)
    expect((await act(id, 'approve', reviewer)).body.state).toBe('approved')
    expect((await publishAs(brandManager, id)).status).toBe(200)
  })

  it('keeps every language’s stored report current after a save in another language (they share the review date, images…)', async () => {
    const draft = await api.rest('POST', 'articles?draft=true', { auth: { token: editor }, body: { ...article({ body: lexical('Diabetes means your blood sugar is too high. We can help you manage it.'), title: 'Diabetes at home' }), _status: 'draft' } })
    const id = draft.body.doc.id as number
    const spanish = { body: lexical('La diabetes significa que su nivel de azúcar es alto. Le ayudamos cada día.'), summary: 'Qué es la diabetes.', title: 'Diabetes en casa' }
    expect((await api.rest('PATCH', `articles/${id}?draft=true&locale=es`, { auth: { token: editor }, body: spanish })).status).toBe(200)
    const stored = async (locale: 'en' | 'es') => {
      const doc = (await api.rest('GET', `articles/${id}?draft=true&depth=0&locale=${locale}&fallback-locale=none`, { auth: { token: editor } })).body
      return { rules: (doc.brandCheck?.findings ?? []).filter((f: { severity: string }) => f.severity === 'error').map((f: { rule: string }) => f.rule), status: doc.brandStatus, checkedIn: doc.brandCheck?.locale }
    }
    // Not yet reviewed: both languages need the medical review date.
    expect(await stored('es')).toEqual({ checkedIn: 'es', rules: ['medicalReviewFreshness'], status: 'errors' })
    // The approval saves the item in English; the review date it sets is the Spanish text's too.
    expect((await act(id, 'submit', editor)).status).toBe(200)
    expect((await act(id, 'approve', reviewer)).body.state).toBe('approved')
    expect(await stored('en')).toEqual({ checkedIn: 'en', rules: [], status: 'passes' })
    expect(await stored('es')).toEqual({ checkedIn: 'es', rules: [], status: 'passes' })
    // An English save that breaks a shared rule (no summary is per language; the review date is shared) shows in both.
    expect((await api.rest('PATCH', `articles/${id}?draft=true`, { auth: { token: editor }, body: { title: 'Diabetes at home, explained' } })).status).toBe(200)
    expect((await stored('es')).rules).toEqual(['medicalReviewFreshness'])
    // A language without text has no report, whatever is saved in the other.
    const englishOnly = (await approvedDraft({ body: lexical('Diabetes means your blood sugar is too high. We can help you manage it.'), title: 'Only in English' })).id
    const es = (await api.rest('GET', `articles/${englishOnly}?draft=true&depth=0&locale=es&fallback-locale=none`, { auth: { token: editor } })).body
    expect([es.brandCheck ?? null, es.brandStatus ?? null]).toEqual([null, null])
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
    expect(JSON.stringify(jobs.docs.map((j) => j.log))).toMatch(/Publishing was refused: 1 brand-guideline error/)
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
    const rest = await publishAs(brandManager, id)
    expect(res.body.errors?.[0]?.message).toBe(rest.body.errors?.[0]?.message)
    const messages = (findings: Array<{ message: string }>) => findings.map((f) => f.message)
    expect(messages((res.body.errors?.[0]?.extensions?.data as { findings: Array<{ message: string }> }).findings)).toEqual(messages(rest.body.errors?.[0]?.data?.findings))
    expect(messages(rest.body.errors[0].data.findings)).toContainEqual(expect.stringMatching(/^'Victims' is not allowed/))
  })

  it('keeps the findings in GraphQL extensions.data as production answers (debug off, class names lost in the minified bundle)', async () => {
    expect(carepath.payload.config.debug).toBeFalsy() // production hides internal details only when debug is off
    const { id } = await approvedDraft({ title: 'Sugar diabetes at school' })
    const original = Object.getOwnPropertyDescriptor(APIError, 'name')!
    Object.defineProperty(APIError, 'name', { value: '' }) // what the minified server bundle does to Payload's error classes
    try {
      const res = await api.graphql(`mutation ($id: Int!) { updateArticle(id: $id, data: { _status: published }) { id } }`, { id }, { token: brandManager })
      const [error] = res.body.errors ?? []
      expect(error?.message).toMatch(/^Publishing was refused: 2 brand-guideline errors need fixing first/)
      expect(error?.extensions).toMatchObject({ data: { reason: 'brandGuidelines' }, statusCode: 400 })
      const findings = (error?.extensions?.data as { findings: Array<{ rule: string; path: string; severity: string; message: string }> }).findings
      expect(findings).toContainEqual(expect.objectContaining({ path: 'title', rule: 'terminology', severity: 'error', message: expect.stringMatching(/^'Sugar diabetes' is not allowed/) }))
      expect(findings).toContainEqual(expect.objectContaining({ path: 'body.0', rule: 'terminology', severity: 'error' }))
      expect(error?.extensions?.stack).toBeUndefined()
    } finally {
      Object.defineProperty(APIError, 'name', original)
    }
    expect((await carepath.payload.findByID({ collection: 'articles', draft: false, id }))._status).toBe('draft')
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
    // Each error names its place as the edit form labels it, not by its internal path.
    expect(failing.find((f) => f.title === 'Flu shots')?.errors).toMatch(/^Body, paragraph 1: This item has 2 exclamation marks/)
    const flu = await carepath.payload.find({ collection: 'articles', where: { title: { equals: 'Flu shots' } } })
    expect(flu.docs[0]?._status).toBe('published')
  })
})

describe('the brand status shown in list views', () => {
  // Not clinical, so a draft without a medical review is judged on its text alone.
  const draftAs = (title: string, text: string, extra: Record<string, unknown> = {}) =>
    api.rest('POST', 'articles?draft=true', { auth: { token: editor }, body: { ...article({ body: lexical(text), clinical: false, title }), _status: 'draft', ...extra } })

  it('is written by the gate on every save, per language, whatever a client sends', async () => {
    const failing = await draftAs('Status: failing', 'Sugar diabetes is an old name.', { brandStatus: 'passes' })
    expect(failing.status).toBe(201)
    expect(failing.body.doc.brandStatus).toBe('errors')
    expect((await draftAs('Status: loud', 'Morning is the best time to check your blood sugar.')).body.doc.brandStatus).toBe('warnings')
    const clean = await draftAs('Status: clean', 'Diabetes means your blood sugar is too high. We can help you manage it.')
    expect(clean.body.doc.brandStatus).toBe('passes')

    // The Spanish text has its own report and status; the English ones stay as they were.
    const id = clean.body.doc.id as number
    const spanish = await api.rest('PATCH', `articles/${id}?draft=true&locale=es`, {
      auth: { token: editor },
      body: { body: lexical('Los diabéticos pueden comer fruta.'), brandStatus: 'passes', title: 'Estado: español' },
    })
    expect(spanish.status).toBe(200)
    expect(spanish.body.doc.brandStatus).toBe('errors')
    const both = await carepath.payload.findByID({ collection: 'articles', depth: 0, draft: true, id, locale: 'all' as never })
    expect(both.brandStatus).toEqual({ en: 'passes', es: 'errors' })

    // An item with no text in a language has no report there: a save in English of a Spanish-only item lists nothing.
    const onlySpanish = await api.rest('POST', 'articles?draft=true&locale=es', {
      auth: { token: editor },
      body: { _status: 'draft', body: lexical('Los diabéticos pueden comer fruta.'), clinical: false, stages: ['awareness'], title: 'Solo en español' },
    })
    expect(onlySpanish.body.doc.brandStatus).toBe('errors')
    const savedInEnglish = await api.rest('PATCH', `articles/${onlySpanish.body.doc.id}?draft=true&locale=en`, { auth: { token: editor }, body: { stages: ['acceptance'] } })
    expect(savedInEnglish.status).toBe(200)
    const perLanguage = await carepath.payload.findByID({ collection: 'articles', depth: 0, draft: true, id: onlySpanish.body.doc.id, locale: 'all' as never })
    expect(perLanguage.brandStatus).toMatchObject({ es: 'errors' })
    expect((perLanguage.brandStatus as unknown as Record<string, unknown>).en ?? null).toBeNull()
    expect((perLanguage.brandCheck as unknown as Record<string, unknown>).en ?? null).toBeNull()

    // Fixing the text fixes the status on the next save.
    const fixed = await api.rest('PATCH', `articles/${failing.body.doc.id}?draft=true`, { auth: { token: editor }, body: { body: lexical('Diabetes is the name we use.') } })
    expect(fixed.body.doc.brandStatus).toBe('passes')
  })

  it('lets staff filter and sort lists by it (errors first), and is never shown to API clients', async () => {
    await draftAs('Status: second failing', 'Victims of stroke can recover.')
    const auth = { token: editor }
    const list = (query: string) => api.rest('GET', `articles?draft=true&depth=0&limit=100&where[title][like]=Status&${query}`, { auth })

    const withErrors = await list('where[brandStatus][equals]=errors')
    expect(withErrors.status).toBe(200)
    expect(withErrors.body.docs.map((d: { title: string }) => d.title).sort()).toEqual(['Status: second failing'])
    const withWarnings = await list('where[brandStatus][equals]=warnings')
    expect(withWarnings.body.docs.map((d: { title: string }) => d.title)).toEqual(['Status: loud'])

    const sorted = (await list('sort=brandStatus')).body.docs.map((d: { brandStatus: string }) => d.brandStatus)
    expect(sorted.length).toBeGreaterThanOrEqual(4)
    expect(sorted[0]).toBe('errors')
    expect(sorted.lastIndexOf('errors')).toBeLessThan(sorted.indexOf('passes'))

    // Published and served to an API client: neither the status nor the report is in the answer.
    const { id } = await approvedDraft({ body: lexical('Diabetes means your blood sugar is too high.'), title: 'Status: published' })
    expect((await publishAs(brandManager, id)).status).toBe(200)
    const { apiKey } = await createApiClient(carepath.payload, 'website')
    const served = await api.rest('GET', `articles/${id}`, { auth: { apiKey } })
    expect(served.status).toBe(200)
    expect(served.body.title).toBe('Status: published')
    expect(served.body).not.toHaveProperty('brandStatus')
    expect(served.body).not.toHaveProperty('brandCheck')
    const filtered = await api.rest('GET', 'articles?where[brandStatus][equals]=passes', { auth: { apiKey } })
    expect(filtered.body.docs ?? []).toEqual([])
  })
})
