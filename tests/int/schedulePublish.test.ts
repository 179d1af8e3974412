import { jest } from '@jest/globals'

import { createStaff, lexical } from './helpers/fixtures'
import { apiClient } from './helpers/http'
import { bootCarepath, type TestCarepath } from './helpers/payload'

type Staff = Awaited<ReturnType<typeof createStaff>>

let carepath: TestCarepath
let api: ReturnType<typeof apiClient>
let editor: Staff
let reviewer: Staff
let brand: Staff

beforeAll(async () => {
  carepath = await bootCarepath()
  api = apiClient(carepath.config)
  await createStaff(carepath.payload, ['admin'], 'admin')
  editor = await createStaff(carepath.payload, ['editor'], 'editor')
  reviewer = await createStaff(carepath.payload, ['medicalReviewer'], 'reviewer', { credentials: 'MD' })
  brand = await createStaff(carepath.payload, ['brandManager'], 'brand')
})

afterAll(async () => {
  await carepath?.shutdown()
})

const act = (id: number, action: string, token: string) => api.rest('POST', `articles/${id}/workflow`, { auth: { token }, body: { action } })

/** A clinical article written by the editor, submitted, and approved by the medical reviewer. */
async function approvedArticle(title: string) {
  const res = await api.rest('POST', 'articles?draft=true', {
    auth: { token: editor.token },
    body: { body: lexical('Diabetes means your blood sugar is too high. We can help you manage it every day.'), stages: ['awareness'], summary: 'What diabetes is and how we help.', title },
  })
  expect(res.status).toBe(201)
  const id = res.body.doc.id as number
  expect((await act(id, 'submit', editor.token)).status).toBe(200)
  const approved = await act(id, 'approve', reviewer.token)
  expect(approved.body.state).toBe('approved')
  return id
}

/** Queues Payload's own scheduled-publish job exactly as the admin's Schedule button does. */
const schedule = (id: number, by: Staff) =>
  carepath.payload.jobs.queue({
    input: { doc: { relationTo: 'articles', value: String(id) as never }, type: 'publish', user: { relationTo: 'users', value: by.user.id as never } } as never,
    task: 'schedulePublish',
    waitUntil: new Date(Date.now() - 60_000),
  })

const live = (id: number) => carepath.payload.findByID({ collection: 'articles', depth: 0, draft: false, id })

describe('scheduled publishing', () => {
  it('publishes an approved item scheduled by a brand manager', async () => {
    const id = await approvedArticle('Scheduled and approved')
    expect((await live(id))._status).toBe('draft')
    const job = await schedule(id, brand)
    const run = await carepath.payload.jobs.run()
    expect(run.jobStatus?.[String(job.id)]).toMatchObject({ status: 'success' })
    const doc = await live(id)
    expect(doc._status).toBe('published')
    expect(doc.workflow?.state).toBe('published')
    expect(doc.medicalReviewedAt).toBeTruthy()
  })

  it('refuses, and logs, a scheduled publish whose approval went stale', async () => {
    const id = await approvedArticle('Scheduled then edited')
    const job = await schedule(id, brand)
    // A typo fix after the publish was scheduled: the approval no longer covers the content.
    const edit = await api.rest('PATCH', `articles/${id}?draft=true`, { auth: { token: editor.token }, body: { title: 'Scheduled then edited!' } })
    expect(edit.status).toBe(200)
    expect(edit.body.doc.workflow.state).toBe('inReview')

    const warn = jest.spyOn(carepath.payload.logger, 'warn')
    try {
      const run = await carepath.payload.jobs.run()
      expect(run.jobStatus?.[String(job.id)]?.status).not.toBe('success')
      expect(warn).toHaveBeenCalledWith(expect.objectContaining({ msg: expect.stringMatching(/^Publishing refused: .*current medical approval/) }))
    } finally {
      warn.mockRestore()
    }
    const failed = await carepath.payload.findByID({ collection: 'payload-jobs', id: job.id })
    expect(failed.hasError).toBe(true)
    expect(JSON.stringify(failed.log ?? failed.error)).toMatch(/current medical approval/)
    expect((await live(id))._status).toBe('draft')
    const latest = await carepath.payload.findByID({ collection: 'articles', depth: 0, draft: true, id })
    expect(latest.workflow?.state).toBe('inReview')
    expect(latest.title).toBe('Scheduled then edited!')
  })

  it('does not let an editor publish or schedule: update access with _status published is refused', async () => {
    const id = await approvedArticle('Editor tries to schedule')
    const patch = await api.rest('PATCH', `articles/${id}`, { auth: { token: editor.token }, body: { _status: 'published' } })
    expect(patch.status).toBe(403)
    expect((await live(id))._status).toBe('draft')

    // What the admin asks before showing the Publish and Schedule buttons.
    // Payload's docAccess answer drops refused operations and shortens fully allowed ones to `true`.
    const access = async (token: string, body: Record<string, unknown>) => {
      const { update } = (await api.rest('POST', `articles/access/${id}`, { auth: { token }, body })).body
      return update === true || update?.permission === true
    }
    expect(await access(editor.token, { _status: 'published' })).toBe(false)
    expect(await access(editor.token, { _status: 'draft' })).toBe(true)
    expect(await access(brand.token, { _status: 'published' })).toBe(true)

    // A schedule queued with the editor as the scheduling user does not publish either.
    const job = await schedule(id, editor)
    const run = await carepath.payload.jobs.run()
    expect(run.jobStatus?.[String(job.id)]?.status).not.toBe('success')
    expect((await live(id))._status).toBe('draft')
  })
})
