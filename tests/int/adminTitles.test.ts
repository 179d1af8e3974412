import type { CollectionSlug } from 'payload'

import { backfillAdminTitles } from '@/localApi/adminTitles'

import { createApiClient, createStaff, lexical, publishApproved } from './helpers/fixtures'
import { apiClient } from './helpers/http'
import { bootCarepath, type TestCarepath } from './helpers/payload'

/**
 * Staff lists and edit headings show `adminTitle` (the collection's `useAsTitle`): the title in the language being
 * viewed, or another language's marked "(es) …", never "<No Title>" or an id, whichever language the item was
 * written and saved in. API clients and visitors never see it.
 */
let carepath: TestCarepath
let api: ReturnType<typeof apiClient>
let token: string

beforeAll(async () => {
  carepath = await bootCarepath()
  api = apiClient(carepath.config)
  token = (await createStaff(carepath.payload, ['editor'], 'editor')).token
})

afterAll(async () => {
  await carepath?.shutdown()
})

type Titled = { adminTitle?: null | string; id: number | string }

/** The staff title as the admin's list view reads it: latest drafts, in one language. */
async function listTitle(id: number | string, locale: 'en' | 'es', collection: CollectionSlug = 'articles') {
  const res = await api.rest('GET', `${collection}?draft=true&depth=0&locale=${locale}&where[id][equals]=${id}`, { auth: { token } })
  expect(res.status).toBe(200)
  return (res.body.docs[0] as Titled | undefined)?.adminTitle
}

describe('the staff title (adminTitle)', () => {
  it('is every content type’s useAsTitle and first list column, and is not offered as a filter', () => {
    for (const slug of ['articles', 'pamphlets', 'videos', 'events']) {
      const collection = carepath.config.collections.find((c) => c.slug === slug)!
      expect(collection.admin.useAsTitle).toBe('adminTitle')
      expect(collection.admin.defaultColumns?.[0]).toBe('adminTitle')
    }
  })

  it('falls back to the Spanish title, marked, for an item written only in Spanish; its own title once it has one', async () => {
    const created = await api.rest('POST', 'articles?locale=es&draft=true', {
      auth: { token },
      body: { body: lexical('Revise sus pies cada día.'), stages: ['retention'], title: 'Cómo cuidar sus pies' },
    })
    expect(created.status).toBe(201)
    const { id } = created.body.doc as Titled
    expect(await listTitle(id, 'en')).toBe('(es) Cómo cuidar sus pies')
    expect(await listTitle(id, 'es')).toBe('Cómo cuidar sus pies')

    // Saving in English fills English and keeps Spanish; the Spanish value is rewritten by an English save.
    const english = await api.rest('PATCH', `articles/${id}?locale=en&draft=true`, { auth: { token }, body: { title: 'Caring for your feet' } })
    expect(english.status).toBe(200)
    expect(await listTitle(id, 'en')).toBe('Caring for your feet')
    expect(await listTitle(id, 'es')).toBe('Cómo cuidar sus pies')

    // A Spanish rename shows in Spanish; English keeps its own title.
    await api.rest('PATCH', `articles/${id}?locale=es&draft=true`, { auth: { token }, body: { title: 'Cuide sus pies' } })
    expect(await listTitle(id, 'es')).toBe('Cuide sus pies')
    expect(await listTitle(id, 'en')).toBe('Caring for your feet')
  })

  it('marks an English-only item "(en) …" in the Spanish list, on every content type', async () => {
    const created = await carepath.payload.create({
      collection: 'pamphlets',
      data: { body: lexical('Text.'), stages: ['awareness'], title: 'Know your numbers' } as never,
      draft: true,
    })
    expect(await listTitle(created.id, 'es', 'pamphlets')).toBe('(en) Know your numbers')
    expect(await listTitle(created.id, 'en', 'pamphlets')).toBe('Know your numbers')
  })

  it('cannot be set by a client: the save recomputes it', async () => {
    const created = await api.rest('POST', 'articles?draft=true', {
      auth: { token },
      body: { adminTitle: 'Something else', body: lexical('Text.'), stages: ['awareness'], title: 'Real title' },
    })
    expect(created.status).toBe(201)
    expect(await listTitle(created.body.doc.id, 'en')).toBe('Real title')
  })

  it('lets the list search find an item by its other language’s title', async () => {
    const created = await carepath.payload.create({
      collection: 'articles',
      data: { body: lexical('Texto.'), stages: ['awareness'], title: 'Vacunas para la gripe' } as never,
      draft: true,
      locale: 'es',
    })
    const res = await api.rest('GET', `articles?draft=true&locale=en&where[adminTitle][like]=gripe`, { auth: { token } })
    expect((res.body.docs as Titled[]).map((d) => d.id)).toContain(created.id)
  })

  it('is never shown to API clients or visitors (REST and GraphQL answer as before)', async () => {
    const { apiKey } = await createApiClient(carepath.payload)
    const published = await publishApproved(carepath.payload, { collection: 'articles', data: { body: lexical('Walk every day.'), stages: ['retention'], title: 'Walking after a heart attack' } as never })
    const asClient = await api.rest('GET', `articles/${published.id}`, { auth: { apiKey } })
    expect(asClient.status).toBe(200)
    expect(asClient.body.title).toBe('Walking after a heart attack')
    expect(asClient.body).not.toHaveProperty('adminTitle')
    const anonymous = await api.rest('GET', `articles/${published.id}`)
    expect(anonymous.status).toBe(200)
    expect(anonymous.body).not.toHaveProperty('adminTitle')
    const gql = await api.graphql(`{ Article(id: ${published.id}) { title adminTitle } }`, {}, { apiKey })
    expect(gql.body.data?.Article).toEqual({ adminTitle: null, title: 'Walking after a heart attack' })
    // Staff see it.
    const asStaff = await api.rest('GET', `articles/${published.id}`, { auth: { token } })
    expect(asStaff.body.adminTitle).toBe('Walking after a heart attack')
  })
})

describe('backfillAdminTitles (for the migration that adds the field)', () => {
  it('fills items and their latest versions saved before the field existed, without a new version or a new updatedAt; a second run changes nothing', async () => {
    const { payload } = carepath
    const english = await publishApproved(payload, { collection: 'articles', data: { body: lexical('Check it twice a day.'), stages: ['acceptance'], title: 'Checking your blood sugar' } as never })
    const spanish = await payload.create({ collection: 'events', data: eventData('Clase de cocina'), draft: true, locale: 'es' })
    const items = [
      { collection: 'articles' as const, id: english.id },
      { collection: 'events' as const, id: spanish.id },
    ]
    // As stored before the field existed: no staff title on the item or on its versions.
    for (const { collection, id } of items) {
      const doc = await payload.db.findOne<{ id: number | string }>({ collection, locale: 'all', where: { id: { equals: id } } })
      await payload.db.updateOne({ collection, data: { ...doc, adminTitle: {} }, id, locale: 'all' })
      const versions = await payload.db.findVersions<Record<string, unknown>>({ collection, limit: 0, locale: 'all', pagination: false, where: { parent: { equals: id } } })
      for (const v of versions.docs as unknown as Array<{ id: number | string; version: Record<string, unknown> }>) {
        await payload.db.updateVersion({ collection, id: v.id, locale: 'all', versionData: { ...v, version: { ...v.version, adminTitle: {} } } as never })
      }
    }
    expect(await listTitle(spanish.id, 'en', 'events')).toBeFalsy()
    const before = await Promise.all(items.map(async ({ collection, id }) => ({
      updatedAt: (await payload.findByID({ collection, depth: 0, id })).updatedAt,
      versions: (await payload.countVersions({ collection, where: { parent: { equals: id } } })).totalDocs,
    })))

    const first = await backfillAdminTitles(payload)
    expect(first.documents).toBeGreaterThanOrEqual(2)
    expect(first.versions).toBeGreaterThanOrEqual(2)

    expect(await listTitle(english.id, 'en')).toBe('Checking your blood sugar')
    expect(await listTitle(english.id, 'es')).toBe('(en) Checking your blood sugar')
    expect(await listTitle(spanish.id, 'en', 'events')).toBe('(es) Clase de cocina')
    expect(await listTitle(spanish.id, 'es', 'events')).toBe('Clase de cocina')
    // The published item as staff read it (main table), its text untouched.
    const live = await payload.findByID({ collection: 'articles', depth: 0, id: english.id, locale: 'es' })
    expect(live.adminTitle).toBe('(en) Checking your blood sugar')
    expect(live.title).toBe('Checking your blood sugar') // Payload's fallback to English, as before
    const after = await Promise.all(items.map(async ({ collection, id }) => ({
      updatedAt: (await payload.findByID({ collection, depth: 0, id })).updatedAt,
      versions: (await payload.countVersions({ collection, where: { parent: { equals: id } } })).totalDocs,
    })))
    expect(after).toEqual(before)

    expect(await backfillAdminTitles(payload)).toEqual({ documents: 0, versions: 0 })
  })
})

function eventData(title: string) {
  return {
    attendance: 'virtual',
    body: lexical('Aprenda a cocinar.'),
    endsAt: '2027-03-01T18:00:00.000Z',
    kind: 'class',
    stages: ['retention'],
    startsAt: '2027-03-01T17:00:00.000Z',
    timeZone: 'America/Chicago',
    title,
    virtualUrl: 'https://meet.example.org/cocina',
  } as never
}
