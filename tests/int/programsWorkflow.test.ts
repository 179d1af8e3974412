/**
 * Programs follow the review workflow of content (over REST, as the admin calls it): editors write and submit, a
 * reviewer other than the revision's author approves exactly that schedule, a brand manager publishes; every act is
 * in the audit log. Programs are not clinical: a brand manager's approval is enough.
 */
import { createStaff } from './helpers/fixtures'
import { errorMessage as message, type apiClient } from './helpers/http'
import type { TestCarepath } from './helpers/payload'
import { bootWithProgramTeam, programBody, publishedArticle, step } from './helpers/programs'

let carepath: TestCarepath
let api: ReturnType<typeof apiClient>
let editor: Awaited<ReturnType<typeof createStaff>>
let brand: Awaited<ReturnType<typeof createStaff>>
let editorAndBrand: Awaited<ReturnType<typeof createStaff>>
let article: number | string

beforeAll(async () => {
  ;({ api, brand, carepath, editor } = await bootWithProgramTeam())
  // Someone who both writes and approves: they still cannot approve what they changed.
  editorAndBrand = await createStaff(carepath.payload, ['editor', 'brandManager'], 'writer-approver')
  article = await publishedArticle(carepath.payload, 'Your first week at home')
}, 300_000)

afterAll(async () => {
  await carepath?.shutdown()
})

const act = (id: number | string, action: string, token: string, comment?: string) =>
  api.rest('POST', `programs/${id}/workflow`, { auth: { token }, body: { action, comment } })
const publish = (id: number | string, token: string) => api.rest('PATCH', `programs/${id}`, { auth: { token }, body: { _status: 'published' } })
const live = async (id: number | string) => (await api.rest('GET', `programs/${id}`)).status === 200

async function draftProgram(token: string, slug: string) {
  const res = await api.rest('POST', 'programs?draft=true', { auth: { token }, body: programBody(slug, [step(article, { day: 0 }), step(article, { day: 7 })]) })
  expect(res.status).toBe(201)
  return res.body.doc.id as number
}

it('never lets an editor publish a program, approved or not', async () => {
  const id = await draftProgram(editor.token, 'editor-alone')
  const direct = await publish(id, editor.token)
  expect(direct.status).toBe(403)
  const created = await api.rest('POST', 'programs', { auth: { token: editor.token }, body: { ...programBody('editor-direct', [step(article)]), _status: 'published' } })
  expect(created.status).toBe(403)

  expect((await act(id, 'submit', editor.token)).body.state).toBe('inReview')
  const approve = await act(id, 'approve', editor.token)
  expect(approve.status).toBe(403)
  expect(message(approve)).toBe('Your role cannot approve content.')
  expect((await act(id, 'approve', brand.token)).body.state).toBe('approved')
  expect((await publish(id, editor.token)).status).toBe(403)
  expect(await live(id)).toBe(false)
})

it('is approved by a brand manager and published, exactly as approved, with every act in the audit log', async () => {
  const id = await draftProgram(editor.token, 'after-your-visit')
  // Nothing approved yet: not even a brand manager publishes.
  const early = await publish(id, brand.token)
  expect(early.status).toBe(409)
  expect(message(early)).toBe('Publishing needs a current approval of exactly this version: submit it for review and have a reviewer approve it.')

  const submitted = await act(id, 'submit', editor.token)
  expect(submitted.body).toMatchObject({ approvalsNeeded: 1, clinical: false, state: 'inReview', type: 'programs' })
  const approved = await act(id, 'approve', brand.token)
  expect(approved.status).toBe(200)
  expect(approved.body.state).toBe('approved')
  expect((await publish(id, brand.token)).status).toBe(200)
  expect(await live(id)).toBe(true)
  expect((await api.rest('GET', `programs/${id}/workflow`, { auth: { token: editor.token } })).body).toMatchObject({ published: true, state: 'published' })

  // A change to the schedule goes back to review; the live program stays as approved until then.
  const changed = await api.rest('PATCH', `programs/${id}?draft=true`, { auth: { token: editor.token }, body: { tracks: [{ name: 'Your baby', slug: 'baby', steps: [step(article, { day: 1 })] }] } })
  expect(changed.status).toBe(200)
  expect(changed.body.doc.workflow.state).toBe('inReview')
  expect((await publish(id, brand.token)).status).toBe(409)
  expect((await api.rest('GET', `programs/${id}`)).body.tracks[0].steps.map((s: { day: number }) => s.day)).toEqual([0, 7])

  const { docs } = await carepath.payload.find({ collection: 'audit-log', limit: 50, sort: 'at', where: { and: [{ collection: { equals: 'programs' } }, { itemId: { equals: String(id) } }] } })
  expect(docs.map((d) => [d.action, d.actorLabel])).toEqual([
    ['create', editor.email],
    ['submit', editor.email],
    ['approve', brand.email],
    ['publish', brand.email],
    ['update', editor.email],
  ])
  expect(docs.find((d) => d.action === 'approve')!.details).toMatchObject({ contentHash: approved.body.contentHash, from: 'inReview', to: 'approved' })
  const reviews = await carepath.payload.find({ collection: 'content-reviews', where: { and: [{ itemType: { equals: 'programs' } }, { itemId: { equals: String(id) } }] } })
  expect(reviews.docs.map((r) => [r.act, r.itemTitle, r.clinicalSignOff])).toEqual([['approve', 'Program after-your-visit', false]])
})

it('does not let the author of a revision approve it', async () => {
  const id = await draftProgram(editorAndBrand.token, 'own-change')
  expect((await act(id, 'submit', editorAndBrand.token)).status).toBe(200)
  const own = await act(id, 'approve', editorAndBrand.token)
  expect(own.status).toBe(403)
  expect(message(own)).toBe('You edited this version, so you cannot approve it: another reviewer must.')
  expect((await act(id, 'approve', brand.token)).body.state).toBe('approved')
  // Having approved someone else's revision does not make it theirs: they may publish it.
  expect((await publish(id, editorAndBrand.token)).status).toBe(200)
})

it('sends a program back with the reviewer comment (GraphQL takes the same acts)', async () => {
  const id = await draftProgram(editor.token, 'sent-back')
  const submitted = await api.graphql('mutation ($id: ID!) { submitForReview(type: programs, id: $id) { state clinical } }', { id }, { token: editor.token })
  expect(submitted.body.data?.submitForReview).toEqual({ clinical: false, state: 'inReview' })
  const back = await act(id, 'requestChanges', brand.token, 'Start the check-in on day 7, not day 0.')
  expect(back.body).toMatchObject({ changesRequested: 'Start the check-in on day 7, not day 0.', state: 'changesRequested' })
  expect((await publish(id, brand.token)).status).toBe(409)
})
