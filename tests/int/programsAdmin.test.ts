/**
 * A program's schedule as editors save it over REST: drafts may be unfinished but never malformed; publishing needs a
 * complete schedule whose content is on each step's channel; steps are stored in schedule order.
 */
import type { createStaff } from './helpers/fixtures'
import { errorMessage as message, type apiClient, type ApiResponse } from './helpers/http'
import type { TestCarepath } from './helpers/payload'
import { bootWithProgramTeam, programBody, publishedArticle, step } from './helpers/programs'

let carepath: TestCarepath
let api: ReturnType<typeof apiClient>
let editor: Awaited<ReturnType<typeof createStaff>>
let brand: Awaited<ReturnType<typeof createStaff>>
let feeding: number | string
let webOnly: number | string

beforeAll(async () => {
  ;({ api, brand, carepath, editor } = await bootWithProgramTeam())
  feeding = await publishedArticle(carepath.payload, 'Feeding your baby')
  webOnly = await publishedArticle(carepath.payload, 'Our maternity unit', ['web'])
}, 300_000)

afterAll(async () => {
  await carepath?.shutdown()
})

const fieldErrors = (res: ApiResponse) => (res.body?.errors?.[0]?.data?.errors ?? []) as Array<{ message: string; path: string }>
const saveDraft = (body: Record<string, unknown>) => api.rest('POST', 'programs?draft=true', { auth: { token: editor.token }, body })

/** Submitted by the editor and approved by the brand manager, so that publishing is only about the schedule. */
async function approved(id: number | string) {
  expect((await api.rest('POST', `programs/${id}/workflow`, { auth: { token: editor.token }, body: { action: 'submit' } })).status).toBe(200)
  expect((await api.rest('POST', `programs/${id}/workflow`, { auth: { token: brand.token }, body: { action: 'approve' } })).status).toBe(200)
}
const publish = (id: number | string) => api.rest('PATCH', `programs/${id}`, { auth: { token: brand.token }, body: { _status: 'published' } })

it('saves an unfinished draft, and stores its steps in schedule order', async () => {
  const res = await saveDraft(programBody('draft-order', [step(feeding, { day: 30 }), step(feeding, { day: -60 }), step(feeding, { day: null }), step(feeding, { day: 0 })]))
  expect(res.status).toBe(201)
  const stored = await carepath.payload.findByID({ collection: 'programs', depth: 0, draft: true, id: res.body.doc.id })
  expect(stored.tracks![0]!.steps!.map((s) => s.day ?? null)).toEqual([-60, 0, 30, null])
})

it('refuses malformed values on a draft, naming the track and step', async () => {
  const fraction = await saveDraft(programBody('fraction', [step(feeding, { day: 0 }), step(feeding, { day: 14.5 })]))
  expect(fraction.status).toBe(400)
  expect(message(fraction)).toBe('Track "Your baby", step 2 (day 14.5, email): the day must be a whole number of days.')
  expect(fieldErrors(fraction)).toEqual([expect.objectContaining({ path: 'tracks.0.steps.1.day' })])

  const season = await saveDraft(programBody('bad-window', [step(feeding, { day: null, window: { from: '02-30', to: '03-15' } })], { anchor: 'season' }))
  expect(season.status).toBe(400)
  expect(message(season)).toMatch(/^Track "Your baby", step 1 \(02-30 to 03-15, email\): the window's start "02-30" is not a day of the year/)

  const slug = await saveDraft(programBody('bad-track', [], { tracks: [{ name: 'Mom', slug: 'For Mom' }] }))
  expect(slug.status).toBe(400)
  expect(message(slug)).toMatch(/^Track "Mom": its slug "For Mom" is not a valid slug/)
  expect(await carepath.payload.count({ collection: 'programs', where: { slug: { in: ['fraction', 'bad-window', 'bad-track'] } } })).toMatchObject({ totalDocs: 0 })
})

it('refuses to publish a schedule with duplicate days, steps off the content channels or too long for SMS', async () => {
  const long = await publishedArticle(carepath.payload, `${'Everything you need to know about sleep, feeding, crying and growth in the first weeks '.repeat(2).trim()}`)
  const res = await saveDraft(
    programBody('not-ready', [step(feeding, { day: 7 }), step(feeding, { day: 7 }), step(webOnly, { day: 14 }), step(long, { channel: 'sms', day: 21 })]),
  )
  expect(res.status).toBe(201)
  const id = res.body.doc.id
  await approved(id)
  const refused = await publish(id)
  expect(refused.status).toBe(400)
  expect(fieldErrors(refused).map((e) => e.message)).toEqual([
    'Track "Your baby", step 2 (day 7, email): step 1 of this track is already due on day 7 by Email; give one of them another day or channel.',
    'Track "Your baby", step 3 (day 14, email): the article "Our maternity unit" is not offered on Email: add Email to its channels, or choose another channel or item.',
    expect.stringMatching(/^Track "Your baby", step 4 \(day 21, sms\): the article "Everything you need.*" does not fit an SMS: an SMS carries the title and a short link \(23 characters\) within 160 characters/),
  ])
  expect(message(refused)).toMatch(/^The schedule has 3 problems\. Track "Your baby", step 2/)
  expect((await carepath.payload.findByID({ collection: 'programs', depth: 0, id })).workflow?.state).not.toBe('published')
})

it('refuses to publish a timed program with a step lacking its day, and a seasonal one with a day', async () => {
  const timed = (await saveDraft(programBody('no-day', [step(feeding, { day: null })]))).body.doc.id
  await approved(timed)
  expect(message(await publish(timed))).toBe('Track "Your baby", step 1 (no day yet, email): give the day this step is due (days after day 0; negative: before it).')

  const seasonal = (await saveDraft(programBody('flu', [step(feeding, { day: 3, window: { from: '11-15', to: '02-28' } })], { anchor: 'season' }))).body.doc.id
  await approved(seasonal)
  expect(message(await publish(seasonal))).toMatch(/step 1 \(day 3, email\): seasonal programs follow the calendar, so steps have a yearly window instead of a day: clear the day\.$/)
})

it('publishes a valid schedule, windows over the year end included', async () => {
  const id = (await saveDraft(programBody('winter', [step(feeding, { day: null, window: { from: '11-15', to: '02-28' } }), step(feeding, { channel: 'sms', day: null, window: { from: '09-01', to: '11-30' } })], { anchor: 'season' }))).body.doc.id
  await approved(id)
  const res = await publish(id)
  expect(res.status).toBe(200)
  expect(res.body.doc.tracks[0].steps.map((s: { window: { from: string } }) => s.window.from)).toEqual(['09-01', '11-15'])
})

it("publishes a step with a segment only when the step's content has a variant for that segment", async () => {
  const { payload } = carepath
  const [moms, caregivers] = await Promise.all(
    ['New moms', 'Caregivers'].map((name) => payload.create({ collection: 'segments', data: { description: `${name}.`, name, slug: name.toLowerCase().replace(' ', '-') } })),
  )
  const withVariant = await publishedArticle(payload, 'Sleep and your baby', ['web', 'email'], {
    variants: [{ segments: [moms!.id], summary: 'For new moms.', title: 'Sleep and your baby, for new moms' }],
  })
  const ok = (await saveDraft(programBody('variant-ok', [step(withVariant, { segment: moms!.id })]))).body.doc.id
  await approved(ok)
  expect((await publish(ok)).status).toBe(200)
  const missing = (await saveDraft(programBody('variant-missing', [step(withVariant, { segment: caregivers!.id })]))).body.doc.id
  await approved(missing)
  expect(message(await publish(missing))).toBe(
    'Track "Your baby", step 1 (day 0, email): the article "Sleep and your baby" has no variant for the segment "Caregivers": add one to the item, or clear the step\'s segment.',
  )
})
