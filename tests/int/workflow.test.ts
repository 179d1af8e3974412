import { createStaff, lexical } from './helpers/fixtures'
import { apiClient, type ApiResponse } from './helpers/http'
import { bootCarepath, type TestCarepath } from './helpers/payload'

let carepath: TestCarepath
let api: ReturnType<typeof apiClient>
let editor: Awaited<ReturnType<typeof createStaff>>
let reviewer: Awaited<ReturnType<typeof createStaff>>
let reviewer2: Awaited<ReturnType<typeof createStaff>>
let brand: Awaited<ReturnType<typeof createStaff>>
let admin: Awaited<ReturnType<typeof createStaff>>

beforeAll(async () => {
  carepath = await bootCarepath()
  api = apiClient(carepath.config)
  admin = await createStaff(carepath.payload, ['admin'], 'admin')
  editor = await createStaff(carepath.payload, ['editor'], 'editor')
  reviewer = await createStaff(carepath.payload, ['medicalReviewer'], 'reviewer', { credentials: 'MD' })
  reviewer2 = await createStaff(carepath.payload, ['medicalReviewer'], 'reviewer2', { credentials: 'RN' })
  brand = await createStaff(carepath.payload, ['brandManager'], 'brand')
})

afterAll(async () => {
  await carepath?.shutdown()
})

const article = (overrides: Record<string, unknown> = {}) => ({
  body: lexical('Diabetes means your blood sugar is too high. We can help you manage it every day.'),
  stages: ['awareness'],
  summary: 'What diabetes is and how we help.',
  title: 'About diabetes',
  ...overrides,
})
const message = (res: ApiResponse) => String(res.body?.errors?.[0]?.message ?? JSON.stringify(res.body))
const act = (id: number | string, action: string, token: string, comment?: string) =>
  api.rest('POST', `articles/${id}/workflow`, { auth: { token }, body: { action, comment } })

async function draftArticle(overrides: Record<string, unknown> = {}) {
  const res = await api.rest('POST', 'articles?draft=true', { auth: { token: editor.token }, body: article(overrides) })
  expect(res.status).toBe(201)
  return res.body.doc.id as number
}

describe('clinical sign-off', () => {
  it('walks draft → inReview → approved → published, binding the approval to the content', async () => {
    const id = await draftArticle()
    expect((await act(id, 'approve', reviewer.token)).status).toBe(409)
    const submitted = await act(id, 'submit', editor.token)
    expect(submitted.status).toBe(200)
    expect(submitted.body.state).toBe('inReview')

    const editorPublish = await api.rest('PATCH', `articles/${id}`, { auth: { token: editor.token }, body: { _status: 'published' } })
    expect(editorPublish.status).toBe(403)

    const approved = await act(id, 'approve', reviewer.token)
    expect(approved.status).toBe(200)
    expect(approved.body.state).toBe('approved')
    expect(approved.body.approvals[0]).toMatchObject({ credentials: 'MD' })
    expect(approved.body.medicalReviewer).toMatch(/MD/)

    const published = await api.rest('PATCH', `articles/${id}`, { auth: { token: brand.token }, body: { _status: 'published' } })
    expect(published.status).toBe(200)
    const live = await carepath.payload.findByID({ collection: 'articles', draft: false, id })
    expect(live._status).toBe('published')
    expect(live.workflow?.state).toBe('published')
    expect(live.medicalReviewedAt).toBeTruthy()
  })

  it('sends a typo fix after approval back to review while the live version stays live', async () => {
    const id = await draftArticle({ title: 'Living with diabetes' })
    await act(id, 'submit', editor.token)
    await act(id, 'approve', reviewer.token)
    expect((await api.rest('PATCH', `articles/${id}`, { auth: { token: brand.token }, body: { _status: 'published' } })).status).toBe(200)

    const edit = await api.rest('PATCH', `articles/${id}?draft=true`, { auth: { token: editor.token }, body: { title: 'Living with diabetes!' } })
    expect(edit.status).toBe(200)
    const latest = await carepath.payload.findByID({ collection: 'articles', draft: true, id })
    expect(latest.workflow?.state).toBe('inReview')
    const live = await carepath.payload.findByID({ collection: 'articles', draft: false, id })
    expect(live.title).toBe('Living with diabetes')
    const refused = await api.rest('PATCH', `articles/${id}`, { auth: { token: brand.token }, body: { _status: 'published' } })
    expect(refused.status).toBe(409)
    expect(message(refused)).toMatch(/current medical approval/)

    // metadata only: stays approved
    const other = await draftArticle({ title: 'Diabetes and exercise' })
    await act(other, 'submit', editor.token)
    await act(other, 'approve', reviewer.token)
    await api.rest('PATCH', `articles/${other}?draft=true`, { auth: { token: editor.token }, body: { stages: ['retention'] } })
    expect((await carepath.payload.findByID({ collection: 'articles', draft: true, id: other })).workflow?.state).toBe('approved')
  })

  it('refuses typed review fields, self-approval and a request for changes without a comment', async () => {
    const typed = await api.rest('POST', 'articles?draft=true', { auth: { token: editor.token }, body: article({ medicalReviewedAt: '2026-10-01', medicalReviewer: 'Maria Lopez, MD' }) })
    expect(typed.status).toBe(403)
    expect(message(typed)).toMatch(/recorded when a reviewer approves/)

    const both = await createStaff(carepath.payload, ['editor', 'medicalReviewer'], 'both', { credentials: 'MD' })
    const res = await api.rest('POST', 'articles?draft=true', { auth: { token: both.token }, body: article({ title: 'Insulin basics' }) })
    const id = res.body.doc.id
    await act(id, 'submit', both.token)
    const self = await act(id, 'approve', both.token)
    expect(self.status).toBe(403)
    expect(message(self)).toMatch(/you edited this version/i)
    const noComment = await act(id, 'requestChanges', reviewer.token)
    expect(noComment.status).toBe(400)
    const sentBack = await act(id, 'requestChanges', reviewer.token, 'Say which numbers are normal.')
    expect(sentBack.body.state).toBe('changesRequested')
    expect(sentBack.body.changesRequested).toBe('Say which numbers are normal.')
  })

  it('enforces two distinct clinical approvals when the guidelines ask for them', async () => {
    await carepath.payload.updateGlobal({ data: { medicalReview: { requiredApprovals: 2 } } as never, slug: 'brandGuidelines' })
    try {
      const id = await draftArticle({ title: 'Blood sugar checks' })
      await act(id, 'submit', editor.token)
      const first = await act(id, 'approve', reviewer.token)
      expect(first.body).toMatchObject({ approvalsNeeded: 2, state: 'inReview' })
      expect((await act(id, 'approve', reviewer.token)).status).toBe(409)
      expect((await api.rest('PATCH', `articles/${id}`, { auth: { token: brand.token }, body: { _status: 'published' } })).status).toBe(409)
      const second = await act(id, 'approve', reviewer2.token)
      expect(second.body.state).toBe('approved')
      expect(second.body.approvals).toHaveLength(2)
      expect((await api.rest('PATCH', `articles/${id}`, { auth: { token: brand.token }, body: { _status: 'published' } })).status).toBe(200)
    } finally {
      await carepath.payload.updateGlobal({ data: { medicalReview: { requiredApprovals: 1 } } as never, slug: 'brandGuidelines' })
    }
  })

  it('lets brand managers approve non-clinical items only, and records admin overrides', async () => {
    const clinicalId = await draftArticle({ title: 'Heart health' })
    await act(clinicalId, 'submit', editor.token)
    const refused = await act(clinicalId, 'approve', brand.token)
    expect(refused.status).toBe(403)
    expect(message(refused)).toMatch(/medical reviewer/)

    const plainId = await draftArticle({ clinical: false, title: 'Visiting hours' })
    await act(plainId, 'submit', editor.token)
    expect((await act(plainId, 'approve', brand.token)).body.state).toBe('approved')

    const override = await act(clinicalId, 'approve', admin.token)
    expect(override.status).toBe(200)
    expect(override.body.approvals[0].adminOverride).toBe(true)
  })

  it('writes every act to the audit log: who, what, which content, and admin overrides', async () => {
    const id = await draftArticle({ title: 'Checking your feet' })
    await act(id, 'submit', editor.token)
    await act(id, 'requestChanges', reviewer.token, 'Add when to call the clinic.')
    await act(id, 'submit', editor.token)
    const approved = await act(id, 'approve', reviewer.token)
    expect((await api.rest('PATCH', `articles/${id}`, { auth: { token: brand.token }, body: { _status: 'published' } })).status).toBe(200)

    const { docs } = await carepath.payload.find({ collection: 'audit-log', limit: 50, sort: 'at', where: { and: [{ collection: { equals: 'articles' } }, { itemId: { equals: String(id) } }] } })
    const trail = docs.map((d) => [d.action, d.actorLabel])
    expect(trail).toEqual([
      ['create', editor.email],
      ['submit', editor.email],
      ['requestChanges', reviewer.email],
      ['submit', editor.email],
      ['approve', reviewer.email],
      ['publish', brand.email],
    ])
    const approval = docs.find((d) => d.action === 'approve')!
    expect(approval.details).toMatchObject({ contentHash: approved.body.contentHash, from: 'inReview', to: 'approved' })
    expect(docs.find((d) => d.action === 'requestChanges')!.comment).toBe('Add when to call the clinic.')

    const other = await draftArticle({ title: 'Caring for your feet' })
    await act(other, 'submit', editor.token)
    await act(other, 'approve', admin.token)
    const { docs: overrides } = await carepath.payload.find({ collection: 'audit-log', where: { and: [{ itemId: { equals: String(other) } }, { action: { equals: 'approve' } }] } })
    expect(overrides[0]).toMatchObject({ actorLabel: admin.email, adminOverride: true })
  })

  it('records scheduling a publish, by the person who scheduled it', async () => {
    const id = await draftArticle({ title: 'Flu shots this fall' })
    await act(id, 'submit', editor.token)
    await act(id, 'approve', reviewer.token)
    await carepath.payload.jobs.queue({
      input: { doc: { relationTo: 'articles', value: String(id) }, type: 'publish', user: { relationTo: 'users', value: brand.user.id } } as never,
      task: 'schedulePublish',
      waitUntil: new Date(Date.now() + 60 * 60 * 1000),
    })
    const { docs } = await carepath.payload.find({ collection: 'audit-log', where: { and: [{ itemId: { equals: String(id) } }, { action: { equals: 'schedule' } }] } })
    expect(docs).toHaveLength(1)
    expect(docs[0]).toMatchObject({ actorLabel: brand.email, collection: 'articles', details: { type: 'publish' } })
  })
})
