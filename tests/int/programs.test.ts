import { Webhook as StandardWebhook } from 'standardwebhooks'

import { deliveryStore } from '@/delivery/store'
import { DeliveryGraphQL } from '@/delivery/server/deliveryGraphQL'
import { checkAllPrograms } from '@/programs/payload/breakage'
import { setWebhookResolver } from '@/webhooks/target'

import { createLocalReq } from 'payload'

import { approveAndPublish } from '@/workflowGate/approveAndPublish'
import { runReviewAct } from '@/workflowGate/runReviewAct'

import { createApiClient, createStaff, fixtureReviewer, lexical, publishApproved } from './helpers/fixtures'
import { apiClient } from './helpers/http'
import { startReceiver, type Received } from './helpers/webhookReceiver'
import { bootCarepath, bootSecondInstance, type TestCarepath } from './helpers/payload'

process.env.CAREPATH_WEBHOOKS_ALLOW_LOCALHOST = 'true'
setWebhookResolver(async () => [{ address: '93.184.215.14', family: 4 }])

let carepath: TestCarepath
let api: ReturnType<typeof apiClient>
let automationKey: string
let admin: string
let editor: string
let receiver: Awaited<ReturnType<typeof startReceiver>>
const ids: Record<string, number> = {}
const ALL_CHANNELS = ['web', 'portal', 'email', 'sms']

const sync = async (c: TestCarepath = carepath) => (await deliveryStore(c.payload)).sync()

async function article(title: string, data: Record<string, unknown> = {}, spanish?: string, options: { context?: Record<string, unknown>; reviewedAt?: string } = {}) {
  const { payload } = carepath
  const doc = await publishApproved(payload, { collection: 'articles', data: { body: lexical('Plain words about your health.'), channels: ALL_CHANNELS, stages: ['retention'], title, ...data }, ...options })
  if (spanish) await publishApproved(payload, { collection: 'articles', data: { body: lexical('Palabras sencillas sobre su salud.'), title: spanish }, id: doc.id, locale: 'es' })
  return doc.id as number
}

type Step = { day?: number; window?: { from: string; to: string }; channel: string; content: number; type?: string; segment?: number }
type Track = { name: string; es?: string; slug: string; steps: Step[] }

/** A program saved as a draft in English (and Spanish when named), then published; returns its id or the refusal. */
async function saveProgram(data: { anchor?: string; name: string; es?: string; slug: string; tracks: Track[] }, publish = true) {
  const { payload } = carepath
  const rows = (tracks: Track[], locale: 'en' | 'es', saved?: any[]) =>
    tracks.map((track, t) => ({
      ...(saved ? { id: saved[t].id } : {}),
      name: locale === 'es' ? (track.es ?? track.name) : track.name,
      slug: track.slug,
      steps: track.steps.map((step, s) => ({
        ...(saved ? { id: saved[t].steps[s].id } : {}),
        channel: step.channel,
        content: { relationTo: step.type ?? 'articles', value: step.content },
        day: step.day,
        segment: step.segment,
        window: step.window,
      })),
    }))
  const draft = await payload.create({
    collection: 'programs',
    data: { _status: 'draft', anchor: data.anchor ?? 'birth', name: data.name, slug: data.slug, tracks: rows(data.tracks, 'en') } as never,
    draft: true,
  })
  if (data.es) {
    await payload.update({ collection: 'programs', data: { name: data.es, tracks: rows(data.tracks, 'es', (draft as any).tracks) } as never, draft: true, id: draft.id, locale: 'es' })
  }
  // Published as people would: submitted, approved by a reviewer, then published (programs follow the content workflow).
  if (publish) await approveAndPublish(payload, { id: draft.id, reviewers: [await fixtureReviewer(payload)], type: 'programs' })
  return draft.id as number
}

beforeAll(async () => {
  carepath = await bootCarepath()
  api = apiClient(carepath.config)
  receiver = await startReceiver()
  const { payload } = carepath
  admin = (await createStaff(payload, ['admin'], 'admin')).token
  editor = (await createStaff(payload, ['editor'], 'editor')).token
  automationKey = (await createApiClient(payload, 'automation')).apiKey
  ids.newMoms = (await payload.create({ collection: 'segments', data: { name: 'New moms', slug: 'new-moms' } })).id as number

  ids.prenatal = await article('Getting ready for your baby', {}, 'Prepárese para su bebé')
  ids.feeding = await article('Feeding your newborn', {}, 'Alimentar a su recién nacido')
  ids.sleep = await article('Sleep for new parents') // English only
  ids.recovery = await article('Your recovery after birth', {
    variants: [{ segments: [ids.newMoms], title: 'Your recovery after birth: for first-time moms' }],
  }, 'Su recuperación después del parto')
  ids.flu = await article('Get your flu shot', {}, 'Vacúnese contra la gripe')
  ids.winter = await article('Staying well in winter', {}, 'Manténgase sano en invierno')
  ids.webOnly = await article('Visiting hours', { channels: ['web'] }, 'Horario de visitas')
  ids.toUnpublish = await article('Car seat safety', {}, 'Seguridad del asiento de auto')

  ids.newMom = await saveProgram({
    es: 'Nueva mamá',
    name: 'New mom',
    slug: 'new-mom',
    tracks: [
      {
        es: 'Su bebé',
        name: 'Your baby',
        slug: 'baby',
        steps: [
          { channel: 'email', content: ids.prenatal, day: -30 },
          { channel: 'email', content: ids.feeding, day: 14 },
          { channel: 'email', content: ids.toUnpublish, day: 16 },
          { channel: 'sms', content: ids.feeding, day: 15 },
          { channel: 'email', content: ids.feeding, day: 21 },
        ],
      },
      { es: 'Usted', name: 'Yourself', slug: 'mom', steps: [{ channel: 'email', content: ids.recovery, day: 20, segment: ids.newMoms }] },
    ],
  })
  ids.flu = ids.flu
  ids.fluSeason = await saveProgram({
    anchor: 'season',
    es: 'Temporada de gripe',
    name: 'Flu season',
    slug: 'flu-season',
    tracks: [
      {
        es: 'Vacunas',
        name: 'Shots',
        slug: 'shots',
        steps: [
          { channel: 'email', content: ids.flu, window: { from: '09-01', to: '11-30' } },
          { channel: 'email', content: ids.winter, window: { from: '12-15', to: '02-28' } },
        ],
      },
    ],
  })
  ids.englishOnly = await saveProgram({ name: 'Sleep help', slug: 'sleep-help', tracks: [{ name: 'Sleep', slug: 'sleep', steps: [{ channel: 'email', content: ids.sleep, day: 3 }] }] })
  await sync()
})

/** A second instance on the same database (Payload keeps one per key in a process: booted once, shared). */
let second: TestCarepath | undefined
const secondInstance = async () => (second ??= await bootSecondInstance(carepath))

afterAll(async () => {
  await second?.shutdown()
  await receiver?.close()
  await carepath?.shutdown()
})

const steps = (path: string, auth: { apiKey: string } | undefined = { apiKey: automationKey }, headers: Record<string, string> = {}) =>
  api.rest('GET', `programs/${path}`, { auth, headers })

const STEPS_QUERY = `query ($program: String!, $tracks: [String!], $day: Int, $date: String, $window: Int, $locale: DeliveryLocale, $channel: DeliveryChannel) {
  programSteps(program: $program, tracks: $tracks, day: $day, date: $date, window: $window, locale: $locale, channel: $channel) {
    program { slug name locale localeFallback }
    steps { track trackName step day dueOn channel segment item { __typename type id title locale localeFallback variant } }
    skipped { track step day channel reason message }
  }
}`

describe('program steps over REST, as automation calls them', () => {
  it('answers the steps due on days 14–20 across tracks, in Spanish, on email, as flat JSON with an ETag', async () => {
    const res = await steps('new-mom/steps?tracks=baby,mom&day=14&window=7&locale=es&channel=email')
    expect(res.status).toBe(200)
    expect(res.body.locale).toBe('es')
    expect(res.body.steps.map((s: any) => [s.track, s.step, s.day, s.channel, s.title])).toEqual([
      ['baby', 1, 14, 'email', 'Alimentar a su recién nacido'],
      ['baby', 3, 16, 'email', 'Seguridad del asiento de auto'],
      ['mom', 0, 20, 'email', 'Su recuperación después del parto'],
    ])
    expect(res.body.steps[0]).toMatchObject({ id: String(ids.feeding), localeFallback: false, type: 'articles' })
    expect(res.body.skipped).toEqual([])

    const etag = res.headers.get('etag')!
    expect(etag).toBeTruthy()
    const again = await steps('new-mom/steps?tracks=baby,mom&day=14&window=7&locale=es&channel=email', undefined, { 'If-None-Match': etag })
    expect(again.status).toBe(304)
  })

  it('counts days before day 0 (negative offsets) and serves a step\'s segment variant', async () => {
    const before = await steps('new-mom/steps?day=-30')
    expect(before.body.steps.map((s: any) => [s.track, s.day, s.title])).toEqual([['baby', -30, 'Getting ready for your baby']])
    const mom = await steps('new-mom/steps?tracks=mom&day=20')
    expect(mom.body.steps[0]).toMatchObject({ segment: 'new-moms', title: 'Your recovery after birth: for first-time moms', variant: 0 })
  })

  it('refuses anything that looks like a date of birth or an identifier, and days out of range, never echoing values', async () => {
    for (const [query, expected] of [
      ['day=14&dob=1990-04-02', /"dob" is not accepted \(it looks like a date of birth\)/],
      ['day=14&birthDate=1990-04-02', /"birthDate" is not accepted/],
      ['day=14&email=jane%40example.org', /"email" is not accepted/],
      ['day=14&mrn=12345678', /"mrn" is not accepted \(it looks like a medical record/],
      ['day=14&name=Jane', /"name" is not accepted/],
      ['day=19900402', /day must be a whole number from -730 to 730/],
      ['day=14.5', /day must be a whole number/],
      ['day=2026-10-01', /day must be a whole number/],
      ['day=14&window=90', /window must be a whole number of days from 1 to 31/],
      ['day=14&tracks=jane%40example.org', /tracks must be track slugs/],
    ] as const) {
      const res = await steps(`new-mom/steps?${query}`)
      expect(res.status).toBe(400)
      const message = res.body.errors[0].message as string
      expect(message).toMatch(expected)
      for (const value of ['1990', 'jane', 'Jane', '12345678']) expect(message).not.toContain(value)
    }
  })

  it('names unknown programs and tracks in a 404, and needs an API client key', async () => {
    const unknownProgram = await steps('no-such-program/steps?day=1')
    expect(unknownProgram.status).toBe(404)
    expect(unknownProgram.body.errors[0].message).toMatch(/No published program has the slug "no-such-program"/)
    const unknownTrack = await steps('new-mom/steps?day=1&tracks=baby,grandpa')
    expect(unknownTrack.status).toBe(404)
    expect(unknownTrack.body.errors[0].message).toMatch(/has no track "grandpa" \(its tracks: baby, mom\)/)
    expect((await steps('new-mom/steps?day=14', undefined)).status).toBe(200)
    const anonymous = await api.rest('GET', 'programs/new-mom/steps?day=14')
    expect(anonymous.status).toBe(401)
  })
})

describe('program steps over GraphQL, on both delivery endpoints', () => {
  it('takes a calendar date for seasonal programs, with windows across the year boundary', async () => {
    const late = await api.graphql(STEPS_QUERY, { date: '2026-12-28', program: 'flu-season', window: 7 }, { apiKey: automationKey })
    expect(late.body.errors).toBeUndefined()
    expect(late.body.data.programSteps.steps.map((s: any) => [s.track, s.step, s.dueOn, s.item.title])).toEqual([['shots', 1, '2026-12-28', 'Staying well in winter']])
    const newYear = await api.graphql(STEPS_QUERY, { date: '2027-02-25', program: 'flu-season', window: 7 }, { apiKey: automationKey })
    expect(newYear.body.data.programSteps.steps.map((s: any) => s.dueOn)).toEqual(['2027-02-25'])
    const autumn = await api.graphql(STEPS_QUERY, { date: '2026-11-28', program: 'flu-season', window: 20 }, { apiKey: automationKey })
    expect(autumn.body.data.programSteps.steps.map((s: any) => [s.step, s.dueOn])).toEqual([[0, '2026-11-28'], [1, '2026-12-15']])
    const summer = await api.graphql(STEPS_QUERY, { date: '2026-07-01', program: 'flu-season', window: 7 }, { apiKey: automationKey })
    expect(summer.body.data.programSteps.steps).toEqual([])
    const byDay = await api.graphql(STEPS_QUERY, { day: 3, program: 'flu-season' }, { apiKey: automationKey })
    expect(byDay.body.errors![0]!.message).toMatch(/seasonal program: send date/)
  })

  it('falls back to the program\'s own language and says so; the fast endpoint answers the same', async () => {
    const res = await api.graphql(STEPS_QUERY, { day: 3, locale: 'es', program: 'sleep-help' }, { apiKey: automationKey })
    expect(res.body.data.programSteps.program).toMatchObject({ locale: 'en', localeFallback: true, name: 'Sleep help' })
    expect(res.body.data.programSteps.steps[0].item).toMatchObject({ localeFallback: true, title: 'Sleep for new parents' })

    const { docs } = await carepath.payload.find({ collection: 'api-clients', limit: 1, where: { kind: { equals: 'automation' } } })
    const fast = await new DeliveryGraphQL(carepath.payload).run({ query: STEPS_QUERY, variables: { day: 3, locale: 'es', program: 'sleep-help' } }, { ...docs[0], collection: 'api-clients' } as never)
    expect(fast).toEqual({ data: res.body.data })
  })

  it('lists programs for an audience and gives the whole schedule for a journey builder', async () => {
    const list = await api.graphql('{ programs(locale: es) { slug name localeFallback tracks { slug name } } }', {}, { apiKey: automationKey })
    expect(list.body.data.programs.map((p: any) => [p.slug, p.name])).toEqual([['flu-season', 'Temporada de gripe'], ['new-mom', 'Nueva mamá'], ['sleep-help', 'Sleep help']])
    const schedule = await api.graphql('{ program(slug: "new-mom") { anchor broken tracks { slug steps { step day channel status content { type id title } } } } }', {}, { apiKey: automationKey })
    expect(schedule.body.data.program.anchor).toBe('birth')
    expect(schedule.body.data.program.tracks[0].steps[0]).toMatchObject({ channel: 'email', content: { title: 'Getting ready for your baby', type: 'articles' }, day: -30, status: 'ok' })
    const missing = await api.graphql('{ program(slug: "no-such") { slug } }', {}, { apiKey: automationKey })
    expect(missing.body.errors![0]!.message).toMatch(/No published program has the slug "no-such"/)
  })
})

describe('integrity', () => {
  it('refuses to publish a program with broken steps, naming each by track, step, day and channel, in every language', async () => {
    const { payload } = carepath
    // Never published: the schedule's own checks (channel, content exists) pass; the integrity check does not.
    const draftOnly = await payload.create({
      collection: 'articles',
      data: { _status: 'draft', body: lexical('Visiting hours are from 8 to 8.'), channels: ['web', 'email'], stages: ['retention'], title: 'Visiting hours (draft)' } as never,
      draft: true,
    })
    const draft = await saveProgram(
      {
        es: 'Ayuda',
        name: 'Broken help',
        slug: 'broken-help',
        tracks: [{ name: 'Help', es: 'Ayuda', slug: 'help', steps: [{ channel: 'email', content: draftOnly.id, day: 1 }, { channel: 'email', content: ids.sleep, day: 2 }] }],
      },
      false,
    )
    // Submitted and approved: the workflow lets it through, the integrity check then refuses the publish.
    await runReviewAct(await createLocalReq({}, payload), { act: 'submit', id: draft, type: 'programs' })
    const reviewer = await fixtureReviewer(payload)
    await runReviewAct(await createLocalReq({ user: { ...reviewer, collection: 'users' } as never }, payload), { act: 'approve', id: draft, type: 'programs' })
    const res = await api.rest('PATCH', `programs/${draft}`, { auth: { token: admin }, body: { _status: 'published' } })
    expect(res.status).toBe(400)
    expect(res.body.errors[0].message).toBe('Publishing was refused: 3 program steps are broken (see the list of steps in the answer).')
    const listed = res.body.errors[0].data.steps.map((s: any) => `${s.label} [${s.locale}] ${s.reason}`)
    expect(listed).toEqual([
      '"Help" step 1 (day 1, email) [en] unpublished',
      '"Help" step 1 (day 1, email) [es] unpublished',
      // Named in the language of the save; the integrity view below names them in the language asked.
      '"Help" step 2 (day 2, email) [es] no-translation',
    ])
    expect(res.body.errors[0].data.steps[2].message).toMatch(/has no Español text/)
    expect((await payload.findByID({ collection: 'programs', draft: false, id: draft })) ._status).not.toBe('published')

    const integrity = await api.rest('GET', `programs/${draft}/integrity?locale=es&draft=true`, { auth: { token: editor } })
    expect(integrity.status).toBe(200)
    expect(integrity.body.broken).toBe(2)
    expect(integrity.body.steps[1]).toMatchObject({ channel: 'email', content: { id: String(ids.sleep), type: 'articles' }, day: 2, reason: 'no-translation', status: 'broken', step: 1, track: 'help', trackName: 'Ayuda', window: null })
    expect((await api.rest('GET', `programs/${draft}/integrity`, { auth: { token: editor } })).status).toBe(404)
    expect((await api.rest('GET', `programs/${draft}/integrity?draft=true`, { auth: { apiKey: automationKey } })).status).toBe(401)
  })

  it('when content breaks a published program: shown at once, skipped with the reason, program.broken sent once and verified', async () => {
    const { payload } = carepath
    const hook = await api.rest('POST', 'webhooks', { auth: { token: admin }, body: { events: ['program.broken'], name: 'Braze', url: receiver.url } })
    expect(hook.status).toBe(201)
    await payload.update({ collection: 'articles', data: { _status: 'draft' } as never, id: ids.toUnpublish })
    // Recorded by the save that broke it, in its own transaction.
    const logged = await payload.find({ collection: 'content-events', where: { and: [{ type: { equals: 'programs' } }, { docId: { equals: String(ids.newMom) } }, { action: { equals: 'broken' } }] } })
    expect(logged.docs).toHaveLength(1)
    const integrity = await api.rest('GET', `programs/${ids.newMom}/integrity?locale=en`, { auth: { token: editor } })
    expect(integrity.body.broken).toBe(1)
    expect(integrity.body.steps.find((s: any) => s.status === 'broken')).toMatchObject({ day: 16, reason: 'unpublished', step: 3, track: 'baby' })
    await sync()
    const res = await steps('new-mom/steps?tracks=baby&day=14&window=7&channel=email')
    expect(res.body.steps.map((s: any) => s.day)).toEqual([14])
    expect(res.body.skipped).toEqual([expect.objectContaining({ day: 16, reason: 'unpublished', step: 3, track: 'baby' })])
    expect(res.body.skipped[0].message).toMatch(/^The article "car-seat-safety" is not published: publish it or choose other content\.$/)

    // Both instances check the programs again (the jobs leader's time check): nothing new is announced.
    const other = await secondInstance()
    await Promise.all([checkAllPrograms(payload), checkAllPrograms(other.payload)])
    await payload.jobs.run()
    const broken = receiver.received.filter((m) => m.json.type === 'program.broken')
    expect(broken).toHaveLength(1)
    const verified = new StandardWebhook(hook.body.doc.secret).verify(broken[0]!.body, broken[0]!.headers) as Received['json']
    expect(verified.data).toMatchObject({ id: String(ids.newMom), slug: 'new-mom', type: 'programs' })
    expect(verified.data.steps.map((s: any) => [s.track, s.step, s.day, s.channel, s.reason, s.locale])).toEqual([
      ['baby', 3, 16, 'email', 'unpublished', 'en'],
      ['baby', 3, 16, 'email', 'unpublished', 'es'],
    ])
  })

  it('a break that comes with time (a lapsed review withheld) is announced once by the instances\' checks', async () => {
    const { payload } = carepath
    const guidelines = await payload.findGlobal({ slug: 'brandGuidelines' })
    const setPolicy = (overduePolicy: string) =>
      payload.updateGlobal({ data: { medicalReview: { ...(guidelines as any).medicalReview, overduePolicy } } as never, slug: 'brandGuidelines' })
    await setPolicy('keepServing')
    try {
      // Approved in 2020: its review has lapsed, which the hospital's guidelines first let it serve anyway.
      const old = await article('Old advice on colic', {}, undefined, { context: { brandGate: 'record-only' }, reviewedAt: '2020-01-01' })
      const program = await saveProgram({ name: 'Colic help', slug: 'colic-help', tracks: [{ name: 'Colic', slug: 'colic', steps: [{ channel: 'email', content: old, day: 5 }] }] })
      receiver.received.length = 0
      await setPolicy('withhold')
      const other = await secondInstance()
      await Promise.all([checkAllPrograms(payload), checkAllPrograms(other.payload)])
      await Promise.all([checkAllPrograms(payload), checkAllPrograms(other.payload)])
      const { docs } = await payload.find({ collection: 'content-events', where: { and: [{ type: { equals: 'programs' } }, { docId: { equals: String(program) } }, { action: { equals: 'broken' } }] } })
      expect(docs).toHaveLength(1)
      expect((docs[0]!.detail as any).newlyBroken[0]).toMatchObject({ reason: 'review-lapsed', track: 'colic' })
    } finally {
      await setPolicy('withhold')
    }
  })
})
