import type { PayloadRequest } from 'payload'

import { runPersonalizedContent } from '@/delivery/queries'
import { deliveryStore, MAX_SYNC_WAIT_MS } from '@/delivery/store'

import { createApiClient, createStaff, lexical, publishApproved } from './helpers/fixtures'
import { apiClient } from './helpers/http'
import { bootCarepath, bootSecondInstance, type TestCarepath } from './helpers/payload'

let carepath: TestCarepath
let api: ReturnType<typeof apiClient>
let editor: string
let reviewer: string
let admin: string
let websiteKey: string
let automationKey: string
const ids: Record<string, number> = {}

const sync = async (c: TestCarepath = carepath) => (await deliveryStore(c.payload)).sync()

beforeAll(async () => {
  carepath = await bootCarepath()
  api = apiClient(carepath.config)
  const { payload } = carepath
  admin = (await createStaff(payload, ['admin'], 'admin')).token
  editor = (await createStaff(payload, ['editor'], 'editor')).token
  reviewer = (await createStaff(payload, ['medicalReviewer'], 'reviewer')).token
  websiteKey = (await createApiClient(payload, 'website')).apiKey
  automationKey = (await createApiClient(payload, 'automation')).apiKey

  const condition = async (data: Record<string, unknown>) => (await payload.create({ collection: 'conditions', data: data as never })).id as number
  ids.diabetes = await condition({ name: 'Diabetes', slug: 'diabetes', snomedCodes: ['73211009'] })
  ids.type2 = await condition({ icd10Codes: ['E11', 'E11.9'], name: 'Type 2 diabetes', parent: ids.diabetes, slug: 'type-2-diabetes', snomedCodes: ['44054006'] })
  ids.gestational = await condition({ icd10Codes: ['O24.419'], name: 'Gestational diabetes', parent: ids.diabetes, slug: 'gestational-diabetes' })
  ids.newMoms = (await payload.create({ collection: 'segments', data: { name: 'New moms', slug: 'new-moms' } })).id as number
  ids.spanish = (await payload.create({ collection: 'segments', data: { name: 'Spanish speakers', slug: 'spanish-speakers' } })).id as number

  const article = async (data: Record<string, unknown>, options: { context?: Record<string, unknown>; reviewedAt?: string } = {}) =>
    (await publishApproved(payload, { collection: 'articles', data: { body: lexical('Plain words about your health.'), ...data }, ...options })).id as number
  ids.type2Awareness = await article({ conditions: [ids.type2], stages: ['awareness'], title: 'What is type 2 diabetes?' })
  ids.type2Draft = (await payload.create({
    collection: 'articles',
    data: { _status: 'draft', body: lexical('Plain words about your health.'), conditions: [ids.type2], stages: ['awareness'], title: 'Unreviewed draft' } as never,
    draft: true,
  })).id as number
  ids.gestational = await article({
    conditions: [ids.gestational],
    segments: [ids.newMoms, ids.spanish],
    stages: ['retention'],
    title: 'Managing gestational diabetes',
    variants: [{ segments: [ids.spanish], summary: 'Para mamás que hablan español.', title: 'Managing gestational diabetes: for Spanish-speaking moms' }],
  })
  // Approved in 2020: its medical review has lapsed (published before it did, so the brand findings are only recorded).
  ids.lapsed = await article(
    { conditions: [ids.type2], stages: ['awareness'], title: 'Old review' },
    { context: { brandGate: 'record-only' }, reviewedAt: '2020-01-01' },
  )
  ids.portalOnly = await article({ channels: ['portal'], conditions: [ids.type2], stages: ['awareness'], title: 'Portal only' })
  const event = async (title: string, startsAt: string, endsAt: string) =>
    (await publishApproved(payload, {
      collection: 'events',
      data: {
        attendance: 'virtual', capacity: 10, conditions: [ids.type2], endsAt, kind: 'class',
        stages: ['awareness'], startsAt, timeZone: 'America/Chicago', title, virtualUrl: 'https://meet.example.org/x',
      },
    })).id as number
  ids.pastEvent = await event('Class that already happened', '2020-02-01T15:00:00Z', '2020-02-01T16:00:00Z')
  ids.futureEvent = await event('Diabetes class next year', '2099-02-01T15:00:00Z', '2099-02-01T16:00:00Z')
  ids.spanishOnly = (await publishApproved(payload, {
    collection: 'articles',
    data: { conditions: [ids.type2], stages: ['acceptance'], title: 'Vivir con diabetes tipo 2' },
    locale: 'es',
  })).id as number
})

afterAll(async () => {
  await carepath?.shutdown()
})

const PERSONALIZED = `query ($profile: ContentProfileInput!, $limit: Int) {
  personalizedContent(profile: $profile, limit: $limit) {
    __typename type id title summary locale localeFallback variant score reasons { kind value how condition }
    ... on DeliveredEvent { startsAt endsAt timeZone }
  }
}`
type Delivered = { __typename: string; id: string; title: string; variant: number | null; localeFallback: boolean; locale: string; reasons: Array<{ kind: string; how: string }> }
const personalized = async (profile: Record<string, unknown>, auth: { apiKey: string } | null = { apiKey: websiteKey }, limit = 20) => {
  const res = await api.graphql<{ personalizedContent: Delivered[] }>(PERSONALIZED, { limit, profile }, auth ?? undefined)
  return res.body
}

describe('personalizedContent', () => {
  it('ranks published, current content for the profile and explains why', async () => {
    const { data, errors } = await personalized({ conditions: ['type-2-diabetes'], stage: 'awareness' })
    expect(errors).toBeUndefined()
    const titles = data!.personalizedContent.map((c) => c.title)
    // Condition and stage both match for these three; newest first among equals.
    expect(titles.slice(0, 3)).toEqual(['Diabetes class next year', 'Portal only', 'What is type 2 diabetes?'])
    expect(titles.indexOf('Vivir con diabetes tipo 2')).toBeGreaterThan(2)
    for (const hidden of ['Unreviewed draft', 'Class that already happened', 'Old review']) expect(titles).not.toContain(hidden)
    const first = data!.personalizedContent[0]!
    expect(first.reasons.map((r) => `${r.kind}:${r.how}`)).toEqual(expect.arrayContaining(['condition:exact', 'stage:exact']))
    const event = data!.personalizedContent.find((c) => c.__typename === 'DeliveredEvent')
    expect(event).toMatchObject({ endsAt: '2099-02-01T16:00:00.000Z', timeZone: 'America/Chicago' })

    // Same question, same answer (stable order), served from the cache the second time.
    const again = await personalized({ stage: 'awareness', conditions: ['type-2-diabetes'] })
    expect(again.data!.personalizedContent.map((c) => c.id)).toEqual(data!.personalizedContent.map((c) => c.id))
  })

  it('serves a segment variant only to that segment, and says when it falls back to the other language', async () => {
    const spanish = await personalized({ conditions: ['gestational-diabetes'], segments: ['spanish-speakers'] })
    expect(spanish.data!.personalizedContent[0]).toMatchObject({ title: 'Managing gestational diabetes: for Spanish-speaking moms', variant: 0 })
    const moms = await personalized({ conditions: ['gestational-diabetes'], segments: ['new-moms'] })
    expect(moms.data!.personalizedContent[0]).toMatchObject({ title: 'Managing gestational diabetes', variant: null })
    const nobody = await personalized({ conditions: ['gestational-diabetes'] })
    expect(nobody.data!.personalizedContent.map((c) => c.title)).not.toContain('Managing gestational diabetes')

    const english = await personalized({ conditions: ['type-2-diabetes'], locale: 'en', stage: 'acceptance' })
    const fallback = english.data!.personalizedContent.find((c) => c.title === 'Vivir con diabetes tipo 2')
    expect(fallback).toMatchObject({ locale: 'es', localeFallback: true })
  })

  it('anonymous visitors get only the public web channel', async () => {
    const anonymous = await personalized({ conditions: ['type-2-diabetes'] }, null)
    expect(anonymous.data!.personalizedContent.map((c) => c.title)).not.toContain('Portal only')
    const portal = await personalized({ channel: 'portal', conditions: ['type-2-diabetes'] })
    expect(portal.data!.personalizedContent.map((c) => c.title)).toContain('Portal only')
    const anonymousPortal = await personalized({ channel: 'portal' }, null)
    expect(anonymousPortal.errors?.[0]?.message).toMatch(/Anonymous requests may only read the web channel/)
  })

  it('refuses anything that looks like a patient identifier, without repeating it', async () => {
    for (const profile of [
      { segments: ['jane.doe@example.com'] },
      { conditions: ['555-867-5309'] },
      { segments: ['MRN 00123456'] },
      { conditions: ['my mother has diabetes and lives alone'] },
    ]) {
      const { data, errors } = await personalized(profile)
      expect(data?.personalizedContent ?? null).toBeNull()
      expect(errors?.[0]?.message).toMatch(/refused/)
      expect(JSON.stringify(errors)).not.toContain(Object.values(profile)[0]![0])
    }
    const tooMany = await personalized({ stage: 'awareness' }, { apiKey: websiteKey }, 500)
    expect(tooMany.errors?.[0]?.message).toMatch(/limit/)
  })
})

describe('contentForCodes', () => {
  const QUERY = `query ($codes: [ClinicalCodeInput!]!) { contentForCodes(codes: $codes) { title codeMatch { code how matchedCode condition } } }`

  it('matches exact codes, then broader ICD-10-CM categories, then parent conditions', async () => {
    const exact = await api.graphql(QUERY, { codes: [{ code: 'e119', system: 'ICD10CM' }] }, { apiKey: websiteKey })
    expect(exact.body.errors).toBeUndefined()
    const whatIs = exact.body.data.contentForCodes.find((c: { title: string }) => c.title === 'What is type 2 diabetes?')
    expect(whatIs.codeMatch).toMatchObject({ code: 'E11.9', how: 'exact', matchedCode: 'E11.9' })
    expect(exact.body.data.contentForCodes.map((c: { title: string }) => c.title)).not.toContain('Old review')

    const broader = await api.graphql(QUERY, { codes: [{ code: 'E11.65', system: 'ICD10CM' }] }, { apiKey: websiteKey })
    expect(broader.body.data.contentForCodes[0].codeMatch).toMatchObject({ code: 'E11.65', how: 'broader-code', matchedCode: 'E11' })

    const snomed = await api.graphql(QUERY, { codes: [{ code: '44054006', system: 'SNOMEDCT' }] }, { apiKey: websiteKey })
    expect(snomed.body.data.contentForCodes.map((c: { title: string }) => c.title)).toContain('What is type 2 diabetes?')

    const bad = await api.graphql(QUERY, { codes: [{ code: 'not-a-code', system: 'ICD10CM' }] }, { apiKey: websiteKey })
    expect(bad.body.errors?.[0]?.message).toMatch(/not a valid ICD-10-CM code/)
  })
})

describe('contentFeed for automation', () => {
  const FEED = `query ($after: String, $since: String) {
    contentFeed(stage: retention, first: 2, after: $after, updatedSince: $since) {
      items { id title cursor } tombstones { id reason removedAt } pageInfo { hasNextPage endCursor }
    }
  }`
  /** A change to live content: the editor's draft (editors cannot publish), approved and published by a reviewer. */
  const editLive = async (id: string, data: Record<string, unknown>) => {
    expect((await api.rest('PATCH', `articles/${id}`, { auth: { token: editor }, body: data })).status).toBe(403)
    expect((await api.rest('PATCH', `articles/${id}?draft=true`, { auth: { token: editor }, body: data })).status).toBe(200)
    expect((await api.rest('POST', `articles/${id}/workflow`, { auth: { token: reviewer }, body: { action: 'approve' } })).status).toBe(200)
    expect((await api.rest('PATCH', `articles/${id}`, { auth: { token: reviewer }, body: { _status: 'published' } })).status).toBe(200)
  }
  const page = async (after?: string | null, since?: string) => {
    const res = await api.graphql(FEED, { after, since }, { apiKey: automationKey })
    expect(res.body.errors).toBeUndefined()
    return res.body.data.contentFeed
  }

  it('needs an API client key', async () => {
    const res = await api.graphql(FEED, {})
    expect(res.body.errors?.[0]?.message).toMatch(/needs an API client key/)
  })

  it('pages without skipping items while documents are edited between pages, and reports tombstones', async () => {
    const created: string[] = []
    for (let i = 1; i <= 5; i += 1) {
      const doc = await publishApproved(carepath.payload, { collection: 'articles', data: { stages: ['retention'], title: `Retention tip ${i}` } })
      created.push(String(doc.id))
      await new Promise((r) => setTimeout(r, 5))
    }
    await sync()
    const seen: string[] = []
    let cursor: string | null = null
    let first = true
    do {
      const result: { items: Array<{ id: string }>; pageInfo: { endCursor: string | null; hasNextPage: boolean } } = await page(cursor)
      seen.push(...result.items.map((i) => i.id))
      if (first) {
        // An editor changes an item already read and one not yet read; a reviewer approves and publishes the change.
        await editLive(created[0]!, { summary: 'Edited after page 1' })
        await editLive(created[3]!, { summary: 'Edited after page 1' })
        await sync()
        first = false
      }
      cursor = result.pageInfo.hasNextPage ? result.pageInfo.endCursor : null
    } while (cursor)
    for (const id of [...created, String(ids.gestational)]) expect(seen).toContain(id)
    // Only the item edited after it was read comes again; nothing else repeats.
    const repeats = seen.filter((id, i) => seen.indexOf(id) !== i)
    expect(repeats).toEqual([created[0]])

    const since = new Date().toISOString()
    await new Promise((r) => setTimeout(r, 5))
    // Editors can neither unpublish nor delete live items; a reviewer unpublishes, an admin deletes.
    expect((await api.rest('PATCH', `articles/${created[1]}`, { auth: { token: editor }, body: { _status: 'draft' } })).status).toBe(403)
    expect((await api.rest('DELETE', `articles/${created[2]}`, { auth: { token: editor } })).status).toBe(403)
    expect((await api.rest('PATCH', `articles/${created[1]}`, { auth: { token: reviewer }, body: { _status: 'draft' } })).status).toBe(200)
    expect((await api.rest('DELETE', `articles/${created[2]}`, { auth: { token: admin } })).status).toBe(200)
    await sync()
    const after = await page(null, since)
    expect(after.tombstones.map((t: { id: string; reason: string }) => `${t.id}:${t.reason}`).sort()).toEqual(
      [`${created[1]}:unpublished`, `${created[2]}:deleted`].sort(),
    )
    expect(after.items.map((i: { id: string }) => i.id)).not.toContain(created[1])
  })
})

describe('two Carepath instances on one database', () => {
  it('both serve a publish and an unpublish within seconds, whichever instance the editor used', async () => {
    const second = await bootSecondInstance(carepath)
    try {
      const client = (await carepath.payload.find({ collection: 'api-clients', limit: 1 })).docs[0]!
      const ask = async (instance: TestCarepath) => {
        const req = { payload: instance.payload, user: { ...client, collection: 'api-clients' } } as unknown as PayloadRequest
        return (await runPersonalizedContent(req, { profile: { conditions: ['type-2-diabetes'] } })).results.map((r) => r.text.title)
      }
      expect(await ask(second)).toContain('What is type 2 diabetes?')

      // Publish through instance 1; instance 2 serves it within a few seconds without being told.
      const doc = await publishApproved(carepath.payload, {
        collection: 'articles',
        data: { conditions: [ids.type2], stages: ['conversion'], title: 'Book a diabetes visit' },
      })
      const seenWithin = async (want: boolean) => {
        const started = Date.now()
        while (Date.now() - started < 5000) {
          if ((await ask(second)).includes('Book a diabetes visit') === want) return Date.now() - started
          await new Promise((r) => setTimeout(r, 200))
        }
        throw new Error(`instance 2 did not ${want ? 'serve' : 'drop'} the item within 5 s`)
      }
      expect(await seenWithin(true)).toBeLessThan(5000)

      // Unpublish through instance 2; instance 1 drops it.
      await second.payload.update({ collection: 'articles', data: { _status: 'draft' } as never, id: doc.id })
      const started = Date.now()
      let gone = false
      while (!gone && Date.now() - started < 5000) {
        gone = !(await ask(carepath)).includes('Book a diabetes visit')
        if (!gone) await new Promise((r) => setTimeout(r, 200))
      }
      expect(gone).toBe(true)
      expect(await seenWithin(false)).toBeLessThan(5000)
    } finally {
      await second.shutdown()
    }
  })
})

describe('delivery while the store cannot sync', () => {
  it('answers from the loaded content while a sync hangs or fails, then catches up', async () => {
    const store = await deliveryStore(carepath.payload)
    const internals = store as unknown as { lastSync: number; runSync: () => Promise<void> }
    const runSync = internals.runSync
    const question = { conditions: ['type-2-diabetes'] }
    const titles = async () => {
      const { data, errors } = await personalized(question)
      expect(errors).toBeUndefined()
      return data!.personalizedContent.map((c) => c.title)
    }
    const before = await titles()
    expect(before).toContain('What is type 2 diabetes?')
    store.maxSyncWaitMs = 200
    try {
      // A sync that never finishes on its own (a long reload, a stuck database): requests still get answers.
      let finish!: () => void
      internals.runSync = () => new Promise<void>((resolve) => (finish = resolve))
      internals.lastSync = 0
      expect(await titles()).toEqual(before)
      expect(await titles()).toEqual(before) // a second request does not wait for the same sync again
      finish()

      // A sync that fails (database down): answered from memory; direct callers of sync() see the error.
      internals.runSync = () => Promise.reject(new Error('database unavailable'))
      internals.lastSync = 0
      expect(await titles()).toEqual(before)
      internals.lastSync = 0
      await expect(store.sync()).rejects.toThrow('database unavailable')
    } finally {
      internals.runSync = runSync
      store.maxSyncWaitMs = MAX_SYNC_WAIT_MS
    }

    // Back to normal: a publish shows up after the next sync.
    await publishApproved(carepath.payload, {
      collection: 'articles',
      data: { conditions: [ids.type2], stages: ['retention'], title: 'After the outage' },
    })
    await sync()
    expect(await titles()).toContain('After the outage')
  })
})

describe('condition, segment and guideline changes', () => {
  it('apply at the next sync, reloading published content only when a slug changes', async () => {
    const { payload } = carepath
    const store = await deliveryStore(payload)
    const internals = store as unknown as { load: () => Promise<void> }
    const load = internals.load
    let loads = 0
    internals.load = () => ((loads += 1), load.call(store))
    const titles = async (profile: Record<string, unknown>) => {
      const { data, errors } = await personalized(profile)
      expect(errors).toBeUndefined()
      return data!.personalizedContent.map((c) => c.title)
    }
    const forCode = async (code: string) => {
      const res = await api.graphql<{ contentForCodes: Array<{ title: string }> }>(
        'query ($code: String!) { contentForCodes(codes: [{ system: ICD10CM, code: $code }], locale: en) { title } }',
        { code },
        { apiKey: websiteKey },
      )
      expect(res.body.errors).toBeUndefined()
      return res.body.data!.contentForCodes.map((c) => c.title)
    }
    const withholdLapsed = (value: boolean) =>
      // The overdue policy replaced the withhold switch: 'withhold' (the default) or 'keepServing'.
      payload.updateGlobal({ data: { medicalReview: { overduePolicy: value ? 'withhold' : 'keepServing' } } as never, slug: 'brandGuidelines' })
    const gestational = (await payload.find({ collection: 'conditions', where: { slug: { equals: 'gestational-diabetes' } } })).docs[0]!
    try {
      // Guidelines: lapsed reviews are served once the hospital stops withholding them, and withheld again after.
      expect(await titles({ conditions: ['type-2-diabetes'] })).not.toContain('Old review')
      await withholdLapsed(false)
      await sync()
      expect(await titles({ conditions: ['type-2-diabetes'] })).toContain('Old review')
      await withholdLapsed(true)
      await sync()
      expect(await titles({ conditions: ['type-2-diabetes'] })).not.toContain('Old review')

      // A new code on a condition: the portal finds its content by that code.
      expect(await forCode('O24.410')).toEqual([])
      await payload.update({ collection: 'conditions', data: { icd10Codes: ['O24.419', 'O24.410'] } as never, id: gestational.id })
      await sync()
      expect(await forCode('O24.410')).toContain('Managing gestational diabetes')
      expect(loads).toBe(0)

      // A renamed segment: every item is mapped again, and the new slug finds its content.
      await payload.update({ collection: 'segments', data: { slug: 'new-mothers' } as never, id: ids.newMoms! })
      await sync()
      expect(await titles({ conditions: ['gestational-diabetes'], segments: ['new-mothers'] })).toContain('Managing gestational diabetes')
      expect(loads).toBe(1)
    } finally {
      internals.load = load
      await payload.update({ collection: 'segments', data: { slug: 'new-moms' } as never, id: ids.newMoms! })
      await payload.update({ collection: 'conditions', data: { icd10Codes: ['O24.419'] } as never, id: gestational.id })
      await sync()
    }
  })
})

describe('query cost limits', () => {
  it('refuses over-deep and over-costly queries with clear errors', async () => {
    const nested = 'conditions { parent { parent { parent { parent { parent { parent { parent { parent { parent { parent { parent { name } } } } } } } } } } } }'
    const deep = await api.graphql(`{ Articles { docs { ${nested} } } }`, {}, { apiKey: websiteKey })
    expect(deep.body.errors?.[0]?.message).toMatch(/nested \d+ levels deep; Carepath allows at most 12/)

    const costly = await api.graphql(`{ ${Array.from({ length: 1100 }, (_, i) => `a${i}: Articles(limit: 1) { totalDocs }`).join(' ')} }`, {}, { apiKey: websiteKey })
    expect(costly.body.errors?.[0]?.message).toMatch(/complexity/i)
  })
})

describe('GET /api/feed (flat JSON for tools without GraphQL)', () => {
  it('serves pages with ETag/Last-Modified, answers 304 when unchanged, and refuses bad requests clearly', async () => {
    await sync()
    const res = await api.rest('GET', 'feed?stage=awareness&first=50&locale=en', { auth: { apiKey: automationKey } })
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toMatch(/application\/json/)
    const titles = res.body.items.map((i: { title: string }) => i.title)
    expect(titles).toContain('What is type 2 diabetes?')
    expect(titles).not.toContain('Unreviewed draft')
    expect(res.body.items[0]).toMatchObject({ cursor: expect.any(String), slug: expect.any(String), type: expect.any(String) })
    const etag = res.headers.get('etag')!
    expect(etag).toMatch(/^".+"$/)
    expect(new Date(res.headers.get('last-modified')!).getTime()).not.toBeNaN()
    expect(JSON.stringify(res.body).length).toBeLessThan(1_000_000)

    const again = await api.rest('GET', 'feed?stage=awareness&first=50&locale=en', { auth: { apiKey: automationKey }, headers: { 'If-None-Match': etag } })
    expect(again.status).toBe(304)

    const unknown = await api.rest('GET', 'feed?stage=awareness&email=x', { auth: { apiKey: automationKey } })
    expect(unknown.status).toBe(400)
    expect(JSON.stringify(unknown.body)).toMatch(/Unknown parameter email: the feed accepts stage/)
    const noStage = await api.rest('GET', 'feed', { auth: { apiKey: automationKey } })
    expect(noStage.status).toBe(400)
    expect(JSON.stringify(noStage.body)).toMatch(/stage is required/)
    const anonymous = await api.rest('GET', 'feed?stage=awareness')
    expect(anonymous.status).toBe(401)
  })
})

describe('GET /api/infobutton (HL7 Infobutton, MedlinePlus Connect shape)', () => {
  const base = 'infobutton?mainSearchCriteria.v.c=E11.9&mainSearchCriteria.v.cs=2.16.840.1.113883.6.90&mainSearchCriteria.v.dn=Type%202%20diabetes'

  it('answers JSON at the paths EHR clients read, and Atom XML by default', async () => {
    const json = await api.rest('GET', `${base}&knowledgeResponseType=application/json&informationRecipient=PAT`)
    expect(json.status).toBe(200)
    const feed = json.body.feed
    expect(feed.category).toEqual(
      expect.arrayContaining([
        { scheme: 'mainSearchCriteria.v.c', term: 'E11.9' },
        { scheme: 'mainSearchCriteria.v.cs', term: 'ICD10CM' },
        { scheme: 'informationRecipient', term: 'PAT' },
      ]),
    )
    const titles = feed.entry.map((e: { title: { _value: string } }) => e.title._value)
    expect(titles).toContain('What is type 2 diabetes?')
    expect(titles).not.toContain('Portal only') // anonymous EHR links see the public web channel
    // Links come from configuration (development fallback http://localhost:$PORT), never from the request.
    expect(feed.entry[0].link[0].href).toMatch(new RegExp(`^http://localhost:${process.env.PORT || 3000}/(articles|events|pamphlets|videos)/`))
    expect(feed.entry[0].summary._value).toMatch(/^<p>.*<\/p>$/)
    expect(feed.subtitle._value).toBe('Carepath results for ICD-10-CM E11.9')

    const xml = await api.rest('GET', base)
    expect(xml.status).toBe(200)
    expect(xml.headers.get('content-type')).toMatch(/text\/xml/)
    const { convert } = await import('xmlbuilder2')
    const parsed = convert(xml.body as string, { format: 'object' }) as { feed: { entry: Array<{ title: { '#': string } }> | { title: { '#': string } } } }
    const xmlEntries = Array.isArray(parsed.feed.entry) ? parsed.feed.entry : [parsed.feed.entry]
    expect(xmlEntries.length).toBe(feed.entry.length)

    const none = await api.rest('GET', 'infobutton?mainSearchCriteria.v.c=J45.909&mainSearchCriteria.v.cs=2.16.840.1.113883.6.90&knowledgeResponseType=application/json')
    expect(none.status).toBe(200)
    expect(none.body.feed.entry).toEqual([])
  })

  it('refuses patient identifiers and unsupported code systems with clear messages', async () => {
    const withPatient = await api.rest('GET', `${base}&patientPerson.administrativeGenderCode.c=F&patient.id=00123456`)
    expect(withPatient.status).toBe(400)
    expect(JSON.stringify(withPatient.body)).toMatch(/never accepts patient identifiers/)
    expect(JSON.stringify(withPatient.body)).not.toContain('00123456')
    const loinc = await api.rest('GET', 'infobutton?mainSearchCriteria.v.c=4548-4&mainSearchCriteria.v.cs=2.16.840.1.113883.6.1')
    expect(loinc.status).toBe(400)
    expect(JSON.stringify(loinc.body)).toMatch(/2\.16\.840\.1\.113883\.6\.90/)
    const missing = await api.rest('GET', 'infobutton?informationRecipient=PAT')
    expect(missing.status).toBe(400)
    expect(JSON.stringify(missing.body)).toMatch(/mainSearchCriteria\.v\.c is required/)
  })
})
