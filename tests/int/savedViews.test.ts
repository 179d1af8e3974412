import type { Field } from 'payload'

import { demoConditions, demoPresets, demoSegments } from '@/seed/data'
import { savedViewLinks } from '@/adminShell/SavedViewsBar'
import { presetWhere, seedQueryPresets } from '@/seed/seedQueryPresets'

import { createApiClient, createStaff, lexical } from './helpers/fixtures'
import { apiClient } from './helpers/http'
import { bootCarepath, type TestCarepath } from './helpers/payload'

/**
 * Saved list views (Payload's query presets) on the content lists: staff only, private unless shared, shared views
 * kept by admins; the demo's shared views find what they say; and the list's Filters offer editors' fields only.
 */
let carepath: TestCarepath
let api: ReturnType<typeof apiClient>
type Staff = Awaited<ReturnType<typeof createStaff>>
let editor: Staff
let otherEditor: Staff
let admin: Staff

beforeAll(async () => {
  carepath = await bootCarepath()
  api = apiClient(carepath.config)
  admin = await createStaff(carepath.payload, ['admin'], 'admin')
  editor = await createStaff(carepath.payload, ['editor'], 'editor')
  otherEditor = await createStaff(carepath.payload, ['brandManager'], 'brand')
})

afterAll(async () => {
  await carepath?.shutdown()
})

const presets = 'payload-query-presets'
const titlesVisibleTo = async (who: Staff) =>
  ((await api.rest('GET', `${presets}?limit=100&depth=0`, { auth: { token: who.token } })).body.docs as Array<{ title: string }>).map((p) => p.title)

const view = (title: string, access: Record<'delete' | 'read' | 'update', string>) => ({
  access: Object.fromEntries(Object.entries(access).map(([op, constraint]) => [op, { constraint }])),
  relatedCollection: 'articles',
  title,
  where: { or: [{ and: [{ stages: { in: ['retention'] } }] }] },
})

describe('saved views: who sees and changes them', () => {
  it('a private view is its author’s alone', async () => {
    const created = await api.rest('POST', presets, { auth: { token: editor.token }, body: view('My retention drafts', { delete: 'onlyMe', read: 'onlyMe', update: 'onlyMe' }) })
    expect(created.status).toBe(201)
    expect(await titlesVisibleTo(editor)).toContain('My retention drafts')
    expect(await titlesVisibleTo(otherEditor)).not.toContain('My retention drafts')
    expect(await titlesVisibleTo(admin)).not.toContain('My retention drafts')
    const edit = await api.rest('PATCH', `${presets}/${created.body.doc.id}`, { auth: { token: otherEditor.token }, body: { title: 'Taken over' } })
    expect(edit.status).toBeGreaterThanOrEqual(400)
  })

  it('a view shared for reading is seen by all staff and still changed only by its author', async () => {
    const created = await api.rest('POST', presets, { auth: { token: editor.token }, body: view('Team: retention', { delete: 'onlyMe', read: 'everyone', update: 'onlyMe' }) })
    expect(created.status).toBe(201)
    expect(created.body.doc.isShared).toBe(true)
    expect(await titlesVisibleTo(otherEditor)).toContain('Team: retention')
    const id = created.body.doc.id
    expect((await api.rest('PATCH', `${presets}/${id}`, { auth: { token: otherEditor.token }, body: { title: 'Renamed' } })).status).toBeGreaterThanOrEqual(400)
    expect((await api.rest('DELETE', `${presets}/${id}`, { auth: { token: otherEditor.token } })).status).toBeGreaterThanOrEqual(400)
    expect((await api.rest('PATCH', `${presets}/${id}`, { auth: { token: editor.token }, body: { title: 'Team: retention (all types)' } })).status).toBe(200)
  })

  it('views kept by admins are changed and deleted by admins only; an editor cannot lock themselves out by choosing it', async () => {
    const created = await api.rest('POST', presets, { auth: { token: admin.token }, body: view('Curated: retention', { delete: 'admins', read: 'everyone', update: 'admins' }) })
    expect(created.status).toBe(201)
    const id = created.body.doc.id
    expect(await titlesVisibleTo(editor)).toContain('Curated: retention')
    expect((await api.rest('PATCH', `${presets}/${id}`, { auth: { token: editor.token }, body: { title: 'Mine now' } })).status).toBeGreaterThanOrEqual(400)
    expect((await api.rest('PATCH', `${presets}/${id}`, { auth: { token: admin.token }, body: { title: 'Curated: retention content' } })).status).toBe(200)

    const lockout = await api.rest('POST', presets, { auth: { token: editor.token }, body: view('Editor curated', { delete: 'admins', read: 'everyone', update: 'admins' }) })
    expect(lockout.status).toBe(403)
  })

  it('stores relationship ids as strings, other values as they are', async () => {
    const created = await api.rest('POST', presets, {
      auth: { token: editor.token },
      body: {
        ...view('Typed ids', { delete: 'onlyMe', read: 'onlyMe', update: 'onlyMe' }),
        where: { or: [{ and: [{ segments: { in: [3, 4] } }, { readingTimeMinutes: { in: [1, 2] } }, { 'workflow.revisionAuthors': { in: [7] } }] }] },
      },
    })
    expect(created.status).toBe(201)
    expect(created.body.doc.where).toEqual({ or: [{ and: [{ segments: { in: ['3', '4'] } }, { readingTimeMinutes: { in: [1, 2] } }, { 'workflow.revisionAuthors': { in: ['7'] } }] }] })
  })

  it('API clients and visitors can neither read nor save views', async () => {
    const { apiKey } = await createApiClient(carepath.payload)
    for (const auth of [{ apiKey }, undefined]) {
      expect((await api.rest('GET', presets, { auth })).status).toBe(403)
      expect((await api.rest('POST', presets, { auth, body: view('Bot view', { delete: 'everyone', read: 'everyone', update: 'everyone' }) })).status).toBe(403)
    }
  })
})

describe('the Saved views bar above each content list', () => {
  it('links the views this person may use on this list, shared first, marking the one in use', async () => {
    const { payload } = carepath
    const mine = await api.rest('POST', presets, { auth: { token: otherEditor.token }, body: { ...view('A private pick', { delete: 'onlyMe', read: 'onlyMe', update: 'onlyMe' }), relatedCollection: 'videos' } })
    const shared = await api.rest('POST', presets, { auth: { token: admin.token }, body: { ...view('Z shared pick', { delete: 'admins', read: 'everyone', update: 'admins' }), relatedCollection: 'videos' } })
    await api.rest('POST', presets, { auth: { token: editor.token }, body: { ...view('Someone else’s', { delete: 'onlyMe', read: 'onlyMe', update: 'onlyMe' }), relatedCollection: 'videos' } })
    const user = { ...otherEditor.user, collection: 'users' } as never
    const links = await savedViewLinks(payload, user, 'videos', '/admin/collections/videos', shared.body.doc.id)
    expect(links.map((l) => [l.title, l.shared, l.active])).toEqual([
      ['Z shared pick', true, true],
      ['A private pick', false, false],
    ])
    expect(links[1]!.href).toBe(`/admin/collections/videos?preset=${mine.body.doc.id}`)
    expect(await savedViewLinks(payload, null, 'videos', '/admin/collections/videos', undefined)).toEqual([])
  })
})

describe('the demo’s shared views', () => {
  it('are offered on every content type to all staff, kept by admins, and find what their names say', async () => {
    const { payload } = carepath
    for (const s of demoSegments) await payload.create({ collection: 'segments', data: s })
    for (const c of demoConditions.filter((c) => !c.parent)) await payload.create({ collection: 'conditions', data: { icd10Codes: c.icd10, name: c.name, slug: c.slug, snomedCodes: c.snomed } })
    const diabetes = (await payload.find({ collection: 'conditions', where: { slug: { equals: 'diabetes' } } })).docs[0]!
    await payload.create({ collection: 'conditions', data: { name: 'Gestational diabetes', parent: diabetes.id as number, slug: 'gestational-diabetes' } })

    expect(await seedQueryPresets(payload)).toBe(demoPresets.length * 4)
    const seen = await api.rest('GET', `${presets}?limit=200&depth=0&where[relatedCollection][equals]=events&where[isShared][equals]=true`, { auth: { token: otherEditor.token } })
    expect((seen.body.docs as Array<{ title: string }>).map((p) => p.title).sort()).toEqual(demoPresets.map((p) => p.title).sort())
    const retention = (seen.body.docs as Array<{ access: { update: { constraint: string } }; id: number }>)[0]!
    expect(retention.access.update.constraint).toBe('admins')

    // "Retention · New moms" on articles lists retention items for new moms and nothing else.
    const newMoms = (await payload.find({ collection: 'segments', where: { slug: { equals: 'new-moms' } } })).docs[0]!
    const make = (title: string, stages: string[], segments: number[]) =>
      payload.create({ collection: 'articles', data: { body: lexical('Text.'), segments, stages, title } as never, draft: true })
    await make('Sleep when the baby sleeps', ['retention'], [newMoms.id as number])
    await make('Choosing a pediatrician', ['acquisition'], [newMoms.id as number])
    await make('Staying active after 65', ['retention'], [])
    const preset = (await payload.find({ collection: presets, where: { and: [{ title: { equals: 'Retention · New moms' } }, { relatedCollection: { equals: 'articles' } }] } })).docs[0]!
    // Relationship ids are stored as strings (Payload's list of views cannot summarise numeric ids); they filter the same.
    expect(preset.where).toEqual({ or: [{ and: [{ stages: { in: ['retention'] } }, { segments: { in: [String(newMoms.id)] } }] }] })
    const found = await api.rest('GET', `articles?draft=true&depth=0&limit=50&${toQuery(preset.where)}`, { auth: { token: editor.token } })
    expect(found.status).toBe(200)
    expect((found.body.docs as Array<{ title: string }>).map((d) => d.title)).toEqual(['Sleep when the baby sleeps'])
  })

  it('refuse a slug the demo data lacks, naming it', () => {
    expect(() => presetWhere({ segments: ['astronauts'], title: 'Broken' }, { conditions: new Map(), segments: new Map() })).toThrow(/Broken.*astronauts/)
  })
})

describe('the list view’s Filters', () => {
  /** What the Filters panel offers besides Payload's own (id, status, created/updated): leaf fields that store data, not hidden, not disableListFilter (Payload's rule), with their paths. */
  function filterable(fields: Field[], prefix = ''): string[] {
    return fields.flatMap((field): string[] => {
      if (field.type === 'ui') return []
      if (field.type === 'tabs') return field.tabs.flatMap((tab) => filterable(tab.fields, 'name' in tab && tab.name ? `${prefix}${tab.name}.` : prefix))
      if (field.type === 'row' || field.type === 'collapsible') return filterable(field.fields, prefix)
      if (!('name' in field)) return field.type === 'group' ? filterable(field.fields, prefix) : []
      const name = `${prefix}${field.name}`
      if (field.type === 'group' || field.type === 'array') return filterable(field.fields, `${name}.`)
      if (field.name !== 'id' && (field.hidden || field.admin?.hidden || field.admin?.disabled)) return []
      if ('virtual' in field && field.virtual === true) return []
      return field.admin?.disableListFilter ? [] : [name]
    })
  }

  it('offer an article’s editorial fields only: no bodies, uploads, variant rows or ids, citations or workflow internals', () => {
    const articles = carepath.config.collections.find((c) => c.slug === 'articles')!
    expect(filterable(articles.fields).sort()).toEqual(
      [
        '_status',
        'channels',
        'clinical',
        'conditions',
        'medicalReviewedAt',
        'medicalReviewer',
        // "Which items are hidden from search engines?" (the SEO group's only filter)
        'meta.noindex',
        'readingTimeMinutes',
        'segments',
        'slug',
        'stages',
        'summary',
        'title',
        'translationComplete',
        'workflow.state',
      ].sort(),
    )
  })

  it('offer each type’s own schedule and format fields', () => {
    const offered = (slug: string) => filterable(carepath.config.collections.find((c) => c.slug === slug)!.fields)
    expect(offered('events')).toEqual(expect.arrayContaining(['kind', 'startsAt', 'endsAt', 'status', 'attendance', 'location.city']))
    expect(offered('events')).not.toContain('virtualUrl')
    expect(offered('videos')).toEqual(expect.arrayContaining(['source', 'durationSeconds']))
    expect(offered('videos')).not.toContain('captions')
    expect(offered('pamphlets')).not.toContain('pdf')
  })
})

/** A Where as the query string the REST API (and the list view's URL) takes. */
function toQuery(where: unknown, prefix = 'where'): string {
  if (Array.isArray(where)) return where.map((v, i) => toQuery(v, `${prefix}[${i}]`)).join('&')
  if (where && typeof where === 'object') return Object.entries(where).map(([k, v]) => toQuery(v, `${prefix}[${k}]`)).join('&')
  return `${prefix}=${encodeURIComponent(String(where))}`
}
