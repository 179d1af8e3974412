import type { Payload, SanitizedConfig } from 'payload'

import { addMonthsUTC } from '@/clinical/reviewDue'
import { deliveryStore } from '@/delivery/store'
import { approveAndPublish } from '@/workflowGate/approveAndPublish'
import { runReviewLifecycle } from '@/workflowGate/reviewLifecycle'

import { createApiClient, createStaff, lexical } from './helpers/fixtures'
import { apiClient } from './helpers/http'
import { bootCarepath, type TestCarepath } from './helpers/payload'

type Staff = Awaited<ReturnType<typeof createStaff>>
interface Mail { to: string; subject: string; text: string }

const sent: Mail[] = []
let carepath: TestCarepath
let config: SanitizedConfig
let payload: Payload
let api: ReturnType<typeof apiClient>
let editor: Staff
let editor2: Staff
let reviewer: Staff
let reviewer2: Staff
let websiteKey: string

/** The controlled clock: every backdated approval and every lifecycle run is relative to it. */
const NOW = new Date()
const DAY = 24 * 60 * 60 * 1000
const monthsAgo = (months: number) => new Date(addMonthsUTC(NOW, -Math.floor(months)).getTime() - (months % 1) * 30 * DAY)
const ids: Record<'current' | 'dueSoon' | 'overdue' | 'nonClinical', number> = {} as never

beforeAll(async () => {
  // Booted like every int test, with an email adapter that captures what is sent.
  carepath = await bootCarepath({
    email: () => ({
      defaultFromAddress: 'reviews@carepath.test',
      defaultFromName: 'Carepath',
      name: 'capture',
      sendEmail: async (message: Record<string, unknown>) => {
        sent.push({ subject: String(message.subject), text: String(message.text), to: String(message.to) })
        return { ok: true }
      },
    }),
  })
  payload = carepath.payload
  config = carepath.config
  api = apiClient(config)
  await createStaff(payload, ['admin'], 'admin')
  editor = await createStaff(payload, ['editor'], 'editor')
  editor2 = await createStaff(payload, ['editor'], 'editor-two')
  reviewer = await createStaff(payload, ['medicalReviewer'], 'reviewer', { credentials: 'MD' })
  reviewer2 = await createStaff(payload, ['medicalReviewer'], 'reviewer-two', { credentials: 'RN' })
  websiteKey = (await createApiClient(payload, 'website')).apiKey

  const publishReviewed = async (title: string, at: Date, extra: Record<string, unknown> = {}) => {
    const draft = await payload.create({
      collection: 'articles',
      data: { body: lexical('Diabetes means your blood sugar is too high. We can help you manage it every day.'), stages: ['awareness'], summary: 'What diabetes is and how we help.', title, ...extra } as never,
      draft: true,
      overrideAccess: false,
      user: { ...editor.user, collection: 'users' },
    })
    // A second editor fixes a word before review: both are the item's editors.
    await payload.update({ collection: 'articles', data: { summary: 'What diabetes is, and how we help.' } as never, draft: true, id: draft.id, overrideAccess: false, user: { ...editor2.user, collection: 'users' } })
    await approveAndPublish(payload, { at, context: { brandGate: 'record-only' }, id: draft.id, reviewers: [reviewer.user as never], type: 'articles' })
    return draft.id as number
  }
  ids.dueSoon = await publishReviewed('Checking your blood sugar', monthsAgo(23.5))
  ids.overdue = await publishReviewed('Eating well with diabetes', monthsAgo(25))
  ids.current = await publishReviewed('Moving more with diabetes', monthsAgo(1))
  ids.nonClinical = await publishReviewed('Parking at the hospital', monthsAgo(30), { clinical: false })
})

afterAll(async () => {
  await carepath?.shutdown()
})

const scheduleRows = async () => {
  const { docs } = await payload.find({ collection: 'review-schedule', depth: 0, limit: 0, pagination: false })
  return Object.fromEntries(docs.map((d) => [Number(d.itemId), d]))
}
const versionCount = async (id: number) => (await payload.countVersions({ collection: 'articles', where: { parent: { equals: id } } })).totalDocs
const liveDoc = (id: number) => payload.findByID({ collection: 'articles', depth: 0, draft: false, id, locale: 'all' })
const setOverduePolicy = (overduePolicy: 'keepServing' | 'rankLower' | 'withhold') =>
  payload.updateGlobal({ data: { medicalReview: { maxAgeMonths: 24, overduePolicy, requiredApprovals: 1 } } as never, slug: 'brandGuidelines' })
const servedTitles = async () => {
  await (await deliveryStore(payload)).sync()
  const res = await api.graphql<{ personalizedContent: Array<{ title: string }> }>(
    'query ($profile: ContentProfileInput!) { personalizedContent(profile: $profile, limit: 50) { title } }',
    { profile: { stage: 'awareness' } },
    { apiKey: websiteKey },
  )
  expect(res.body.errors).toBeUndefined()
  return res.body.data!.personalizedContent.map((c) => c.title)
}

describe('review lifecycle job', () => {
  let versionsBefore: Record<number, number>
  let contentBefore: Record<number, unknown>

  it('marks items due soon and overdue, with their next review date, and tells the last reviewer and the editors once', async () => {
    versionsBefore = Object.fromEntries(await Promise.all(Object.values(ids).map(async (id) => [id, await versionCount(id)])))
    contentBefore = Object.fromEntries(await Promise.all(Object.values(ids).map(async (id) => [id, await liveDoc(id)])))

    const result = await runReviewLifecycle(payload, { now: NOW })
    expect(result).toMatchObject({ checked: 3, current: 1, notified: 2, reviewDueSoon: 1, reviewOverdue: 1 })

    const rows = await scheduleRows()
    expect(Object.keys(rows).map(Number).sort()).toEqual([ids.dueSoon, ids.overdue, ids.current].sort())
    expect(rows[ids.dueSoon]).toMatchObject({ itemTitle: 'Checking your blood sugar', itemType: 'articles', lastReviewer: reviewer.user.id, notifiedStatus: 'reviewDueSoon', status: 'reviewDueSoon' })
    expect(rows[ids.overdue]).toMatchObject({ notifiedStatus: 'reviewOverdue', status: 'reviewOverdue' })
    expect(rows[ids.current]).toMatchObject({ notifiedStatus: null, status: 'current' })
    expect(new Date(rows[ids.current]!.nextReviewDue!).toISOString()).toBe(addMonthsUTC(monthsAgo(1), 24).toISOString())
    expect(new Date(rows[ids.overdue]!.nextReviewDue!).getTime()).toBeLessThan(NOW.getTime())
    const dueIn = new Date(rows[ids.dueSoon]!.nextReviewDue!).getTime() - NOW.getTime()
    expect(dueIn).toBeGreaterThan(0)
    expect(dueIn).toBeLessThanOrEqual(30 * DAY)
    expect((rows[ids.dueSoon]!.editors as number[]).map(Number).sort()).toEqual([editor.user.id, editor2.user.id].map(Number).sort())

    expect(sent).toHaveLength(2)
    const soon = sent.find((m) => m.subject === 'Medical review due soon: Checking your blood sugar')
    const overdue = sent.find((m) => m.subject === 'Medical review overdue: Eating well with diabetes')
    for (const mail of [soon, overdue]) {
      expect(mail).toBeDefined()
      expect(mail!.to.split(', ').sort()).toEqual([reviewer.email, editor.email, editor2.email].sort())
      expect(mail!.text).toMatch(/Last signed off by: reviewer, MD/)
    }
  })

  it('sends nothing new when run again the same day', async () => {
    const result = await runReviewLifecycle(payload, { now: new Date(NOW.getTime() + 60 * 60 * 1000) })
    expect(result).toMatchObject({ notified: 0, reviewDueSoon: 1, reviewOverdue: 1 })
    expect(sent).toHaveLength(2)
  })

  it('tells people again only when the status changes (due soon → overdue)', async () => {
    const later = new Date(NOW.getTime() + 20 * DAY)
    const result = await runReviewLifecycle(payload, { now: later })
    expect(result).toMatchObject({ current: 1, notified: 1, reviewDueSoon: 0, reviewOverdue: 2 })
    expect(sent).toHaveLength(3)
    expect(sent[2]!.subject).toBe('Medical review overdue: Checking your blood sugar')
    expect((await scheduleRows())[ids.dueSoon]).toMatchObject({ notifiedStatus: 'reviewOverdue', status: 'reviewOverdue' })
  })

  it('never creates a version of the content and never changes its fields', async () => {
    for (const id of Object.values(ids)) {
      expect(await versionCount(id)).toBe(versionsBefore[id])
      expect(await liveDoc(id)).toEqual(contentBefore[id])
    }
  })

  it('applies the overdue policy in delivery: withhold hides the overdue item, keepServing and rankLower serve it', async () => {
    try {
      await setOverduePolicy('withhold')
      let titles = await servedTitles()
      expect(titles).toEqual(expect.arrayContaining(['Checking your blood sugar', 'Moving more with diabetes', 'Parking at the hospital']))
      expect(titles).not.toContain('Eating well with diabetes')

      await setOverduePolicy('keepServing')
      titles = await servedTitles()
      expect(titles).toContain('Eating well with diabetes')

      await setOverduePolicy('rankLower')
      expect(await servedTitles()).toContain('Eating well with diabetes')
    } finally {
      await setOverduePolicy('withhold')
    }
  })

  it('lets a medical reviewer confirm an unchanged item as still accurate, without a new version; the next run marks it current', async () => {
    const before = await liveDoc(ids.overdue)
    const versions = await versionCount(ids.overdue)
    const confirmed = await api.rest('POST', `articles/${ids.overdue}/workflow`, { auth: { token: reviewer2.token }, body: { action: 'confirmReview' } })
    expect(confirmed.status).toBe(200)
    expect(confirmed.body).toMatchObject({ published: true, reviewStatus: 'current', state: 'published' })

    const after = await liveDoc(ids.overdue)
    expect(await versionCount(ids.overdue)).toBe(versions)
    expect(new Date(after.medicalReviewedAt as string).getTime()).toBeGreaterThan(new Date(before.medicalReviewedAt as string).getTime())
    expect(after.medicalReviewer).toBe('reviewer-two, RN')
    expect({ ...after, medicalReviewedAt: null, medicalReviewer: null, updatedAt: null }).toEqual({ ...before, medicalReviewedAt: null, medicalReviewer: null, updatedAt: null })

    const mails = sent.length
    await runReviewLifecycle(payload, { now: new Date() })
    expect((await scheduleRows())[ids.overdue]).toMatchObject({ lastReviewer: reviewer2.user.id, notifiedStatus: null, status: 'current' })
    expect(sent.filter((m) => m.subject.includes('Eating well')).length).toBe(sent.slice(0, mails).filter((m) => m.subject.includes('Eating well')).length)
    // And delivery serves it again under the default policy.
    expect(await servedTitles()).toContain('Eating well with diabetes')
  })

  it('refuses a confirmation from an editor or of a non-clinical item', async () => {
    expect((await api.rest('POST', `articles/${ids.current}/workflow`, { auth: { token: editor.token }, body: { action: 'confirmReview' } })).status).toBe(403)
    expect((await api.rest('POST', `articles/${ids.nonClinical}/workflow`, { auth: { token: reviewer.token }, body: { action: 'confirmReview' } })).status).toBe(409)
  })

  it('runs through the jobs queue with the day given as asOf', async () => {
    const later = new Date(NOW.getTime() + 20 * DAY)
    const job = (await payload.jobs.queue({ input: { asOf: later.toISOString() } as never, task: 'reviewLifecycle' as never })) as { id: number | string }
    const mails = sent.length
    const run = await payload.jobs.run()
    // Completed jobs are deleted: the run's report and the job's effects are what is left.
    expect(run.jobStatus?.[String(job.id)]).toMatchObject({ status: 'success' })
    expect(sent.slice(mails).map((m) => m.subject)).toEqual(['Medical review overdue: Checking your blood sugar'])
    // At `later` the item confirmed today and the 1-month-old one are current.
    expect(Object.values(await scheduleRows()).filter((r) => r.status === 'reviewOverdue').map((r) => Number(r.itemId))).toEqual([ids.dueSoon])
  })
})
