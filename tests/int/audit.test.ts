import { createLocalReq, type Where } from 'payload'

import type { AuditLog } from '../../payload-types'
import { AUDIT_CSV_COLUMNS } from '@/audit/csv'
import { recordAudit } from '@/audit/recordAudit'

import { createApiClient, createStaff, lexical } from './helpers/fixtures'
import { apiClient, type ApiResponse } from './helpers/http'
import { bootCarepath, type TestCarepath } from './helpers/payload'

// The webhook cases target this machine; webhooks to it are a development-only allowance.
process.env.CAREPATH_WEBHOOKS_ALLOW_LOCALHOST = 'true'

let carepath: TestCarepath
let api: ReturnType<typeof apiClient>
type Staff = Awaited<ReturnType<typeof createStaff>>
let admin: Staff
let editor: Staff
let reviewer: Staff
let brand: Staff
let website: Awaited<ReturnType<typeof createApiClient>>

beforeAll(async () => {
  carepath = await bootCarepath()
  api = apiClient(carepath.config)
  admin = await createStaff(carepath.payload, ['admin'], 'admin')
  editor = await createStaff(carepath.payload, ['editor'], 'editor')
  reviewer = await createStaff(carepath.payload, ['medicalReviewer'], 'reviewer')
  brand = await createStaff(carepath.payload, ['brandManager'], 'brand')
  website = await createApiClient(carepath.payload, 'website')
})

afterAll(async () => {
  await carepath?.shutdown()
})

// SQLite reuses the id of a deleted row, so by default a test sees only the entries written while it runs
let testStart = ''
beforeEach(() => {
  testStart = new Date().toISOString()
})

/** Every entry about one item written since `since` (default: this test's start), oldest first, as stored. */
async function entriesFor(collection: string, itemId?: number | string, since = testStart): Promise<AuditLog[]> {
  const where: Where = { and: [{ collection: { equals: collection } }] }
  if (itemId !== undefined) where.and!.push({ itemId: { equals: String(itemId) } })
  if (since) where.and!.push({ at: { greater_than_equal: since } })
  const { docs } = await carepath.payload.find({ collection: 'audit-log', depth: 0, limit: 0, pagination: false, sort: ['at', 'id'], where })
  return docs
}
const actions = (entries: AuditLog[]) => entries.map((e) => e.action)
const totalEntries = async () => (await carepath.payload.count({ collection: 'audit-log' })).totalDocs
const errorText = (res: ApiResponse) => (Array.isArray(res.body?.errors) ? res.body.errors.map((e: { message: string }) => e.message).join(' ') : JSON.stringify(res.body))

async function latestVersionId(collection: 'articles', id: number | string) {
  const { docs } = await carepath.payload.findVersions({ collection, limit: 1, sort: '-updatedAt', where: { parent: { equals: id } } })
  return String(docs[0]!.id)
}

const today = new Date().toISOString().slice(0, 10)
const article = (overrides: Record<string, unknown> = {}) => ({
  body: lexical('Diabetes means your blood sugar is too high. We can help you manage it.'),
  medicalReviewedAt: today,
  stages: ['awareness'],
  summary: 'What diabetes is and how we help.',
  title: 'About diabetes',
  ...overrides,
})

describe('content actions are recorded with the actor and the names of changed fields', () => {
  it('create, update, publish, a draft over the live version, unpublish, restore and delete of an article over REST', async () => {
    const auth = { token: editor.token }
    const created = await api.rest('POST', 'articles?draft=true', { auth, body: { ...article(), _status: 'draft' } })
    expect(created.status).toBe(201)
    const id = created.body.doc.id
    let log = await entriesFor('articles', id)
    expect(actions(log)).toEqual(['create'])
    expect(log[0]).toMatchObject({ actorLabel: editor.email, actorType: 'user', actorUser: editor.user.id, adminOverride: false, collection: 'articles', itemId: String(id) })
    expect(log[0]!.changedFields).toEqual(expect.arrayContaining(['body', 'stages', 'summary', 'title']))
    expect(log[0]!.versionId).toBe(await latestVersionId('articles', id))

    const edited = await api.rest('PATCH', `articles/${id}?draft=true`, { auth, body: { summary: 'How diabetes works and how we help.', title: 'Diabetes basics' } })
    expect(edited.status).toBe(200)
    log = await entriesFor('articles', id)
    expect(actions(log)).toEqual(['create', 'update'])
    // computed fields (brand report, word count, snippets used, slug kept) are not edits
    expect(log[1]!.changedFields).toEqual(['summary', 'title'])
    expect(log[1]!.versionId).toBe(await latestVersionId('articles', id))

    const published = await api.rest('PATCH', `articles/${id}`, { auth, body: { _status: 'published' } })
    expect(published.status).toBe(200)
    log = await entriesFor('articles', id)
    expect(actions(log)).toEqual(['create', 'update', 'publish'])
    const publishedVersion = log[2]!.versionId
    expect(publishedVersion).toBe(await latestVersionId('articles', id))

    // a draft written over the live version leaves it live: an update, not an unpublish
    const draftOverLive = await api.rest('PATCH', `articles/${id}?draft=true`, { auth, body: { summary: 'A new summary, not live yet.' } })
    expect(draftOverLive.status).toBe(200)
    log = await entriesFor('articles', id)
    expect(actions(log)).toEqual(['create', 'update', 'publish', 'update'])
    expect(log[3]!.changedFields).toEqual(['summary'])

    const unpublished = await api.rest('PATCH', `articles/${id}`, { auth, body: { _status: 'draft' } })
    expect(unpublished.status).toBe(200)
    expect((await carepath.payload.findByID({ collection: 'articles', draft: false, id }))._status).toBe('draft')
    log = await entriesFor('articles', id)
    expect(actions(log)).toEqual(['create', 'update', 'publish', 'update', 'unpublish'])

    const restored = await api.rest('POST', `articles/versions/${publishedVersion}`, { auth })
    expect(restored.status).toBe(200)
    log = await entriesFor('articles', id)
    expect(actions(log)).toEqual(['create', 'update', 'publish', 'update', 'unpublish', 'restore'])
    expect(log[5]).toMatchObject({ actorUser: editor.user.id, details: { restoredVersion: publishedVersion, status: 'published' } })
    expect(log[5]!.versionId).toBe(await latestVersionId('articles', id))

    const deleted = await api.rest('DELETE', `articles/${id}`, { auth })
    expect(deleted.status).toBe(200)
    log = await entriesFor('articles', id)
    expect(actions(log)).toEqual(['create', 'update', 'publish', 'update', 'unpublish', 'restore', 'delete'])
    expect(log.every((e) => e.actorType === 'user' && e.actorUser === editor.user.id)).toBe(true)
  })

  it('a restore through GraphQL and the Local API is recorded as a restore', async () => {
    const { payload } = carepath
    const doc = await payload.create({ collection: 'articles', data: { ...article({ title: 'Flu shots' }), _status: 'published' } as never, overrideAccess: false, user: editor.user })
    const first = await latestVersionId('articles', doc.id)
    await payload.update({ collection: 'articles', data: { summary: 'Updated summary for flu shots.' }, id: doc.id, overrideAccess: false, user: editor.user })
    const viaGraphQL = await api.graphql(`mutation ($id: Int) { restoreVersionArticle(id: $id) { id } }`, { id: Number(first) }, { token: editor.token })
    expect(viaGraphQL.body.errors).toBeUndefined()
    await payload.restoreVersion({ collection: 'articles', id: first, overrideAccess: false, user: editor.user })
    const log = await entriesFor('articles', doc.id)
    expect(actions(log)).toEqual(['create', 'publish', 'publish', 'restore', 'restore'])
    expect(log[2]!.changedFields).toEqual(['summary'])
    expect(log.slice(3).map((e) => (e.details as { restoredVersion: string }).restoredVersion)).toEqual([first, first])
  })

  it('covers pamphlets, videos and events too, and names the system when no one is signed in', async () => {
    for (const collection of ['pamphlets', 'videos', 'events'] as const) {
      const doc = await carepath.payload.create({ collection, data: { _status: 'draft', title: `A ${collection} draft` } as never, draft: true })
      const log = await entriesFor(collection, doc.id)
      expect(actions(log)).toEqual(['create'])
      expect(log[0]).toMatchObject({ actorLabel: 'system', actorType: 'system' })
      expect(log[0]!.actorUser ?? null).toBeNull()
      await carepath.payload.delete({ collection, id: doc.id })
      expect(actions(await entriesFor(collection, doc.id))).toEqual(['create', 'delete'])
    }
  })
})

describe('taxonomy, snippets and webhooks', () => {
  it('records create, update with field names (joins and computed fields left out) and delete', async () => {
    const auth = { token: admin.token }
    const cases = [
      { collection: 'conditions', create: { icd10Codes: ['E11.9'], name: 'Type 2 diabetes' }, update: { serviceLine: 'Endocrinology', synonyms: ['sugar'] }, changed: ['serviceLine', 'synonyms'] },
      { collection: 'segments', create: { name: 'Caregivers' }, update: { description: 'People caring for a family member' }, changed: ['description'] },
      { collection: 'snippets', create: { body: lexical('Call 911 if you have chest pain.'), title: 'When to call 911' }, update: { title: 'Emergencies' }, changed: ['title'] },
      { collection: 'webhooks', create: { events: ['published'], name: 'CRM', url: 'http://localhost:9/hooks' }, update: { name: 'Acme CRM', secret: '' }, changed: ['name', 'secret'] },
    ]
    for (const c of cases) {
      const created = await api.rest('POST', c.collection, { auth, body: c.create })
      expect(created.status).toBe(201)
      const id = created.body.doc.id
      const updated = await api.rest('PATCH', `${c.collection}/${id}`, { auth, body: c.update })
      expect([c.collection, updated.status]).toEqual([c.collection, 200])
      // a save that changes nothing is not an action worth recording
      await api.rest('PATCH', `${c.collection}/${id}`, { auth, body: {} })
      const removed = await api.rest('DELETE', `${c.collection}/${id}`, { auth })
      expect([c.collection, removed.status]).toEqual([c.collection, 200])
      const log = await entriesFor(c.collection, id)
      expect([c.collection, actions(log)]).toEqual([c.collection, ['create', 'update', 'delete']])
      expect([c.collection, log[1]!.changedFields]).toEqual([c.collection, c.changed])
      expect(log.every((e) => e.actorUser === admin.user.id && e.actorLabel === admin.email)).toBe(true)
    }
  })
})

describe('accounts and API clients: field names, never values', () => {
  it('records account creation, role changes and deletion without names, emails or roles', async () => {
    const auth = { token: admin.token }
    const created = await api.rest('POST', 'users', { auth, body: { email: 'maria.lopez@carepath.test', name: 'Maria Lopez', password: 'a-long-password-1', roles: ['editor'] } })
    expect(created.status).toBe(201)
    const id = created.body.doc.id
    await api.rest('PATCH', `users/${id}`, { auth, body: { name: 'Maria Lopez-Garcia' } })
    await api.rest('PATCH', `users/${id}`, { auth, body: { roles: ['editor', 'medicalReviewer'] } })
    await api.rest('DELETE', `users/${id}`, { auth })
    const log = await entriesFor('users', id)
    expect(actions(log)).toEqual(['create', 'roleChange', 'delete'])
    expect(log[1]!.changedFields).toEqual(['roles'])
    const stored = JSON.stringify(log)
    for (const value of ['maria.lopez@carepath.test', 'Maria Lopez', 'medicalReviewer', 'a-long-password-1']) expect(stored).not.toContain(value)
  })

  it('keeps the entries of an account that is later deleted, with the email it had', async () => {
    const leaver = await createStaff(carepath.payload, ['editor'], 'leaver')
    const seg = await api.rest('POST', 'segments', { auth: { token: leaver.token }, body: { name: 'Seniors 65+' } })
    expect(seg.status).toBe(201)
    expect((await api.rest('DELETE', `users/${leaver.user.id}`, { auth: { token: admin.token } })).status).toBe(200)
    const [entry] = await entriesFor('segments', seg.body.doc.id)
    expect(entry).toMatchObject({ action: 'create', actorLabel: leaver.email, actorType: 'user' })
  })

  it('records an API client created, changed, disabled and deleted, never its key or notes', async () => {
    const auth = { token: admin.token }
    const created = await api.rest('POST', 'api-clients', { auth, body: { apiKey: 'secret-key-123456789', enableAPIKey: true, kind: 'portal', name: 'Patient portal' } })
    expect(created.status).toBe(201)
    const id = created.body.doc.id
    await api.rest('PATCH', `api-clients/${id}`, { auth, body: { notes: 'Owned by Jane in IT' } })
    await api.rest('PATCH', `api-clients/${id}`, { auth, body: { enabled: false } })
    await api.rest('DELETE', `api-clients/${id}`, { auth })
    const log = await entriesFor('api-clients', id)
    expect(actions(log)).toEqual(['apiClientCreated', 'update', 'apiClientDisabled', 'delete'])
    expect(log[1]!.changedFields).toEqual(['notes'])
    expect(log[2]!.changedFields).toContain('enabled')
    const stored = JSON.stringify(log)
    for (const value of ['secret-key-123456789', 'Owned by Jane']) expect(stored).not.toContain(value)
  })
})

describe('brand guidelines', () => {
  it('records which settings a brand manager changed, and not the re-check job writing its result', async () => {
    const before = (await entriesFor('brandGuidelines')).length
    const saved = await api.rest('POST', 'globals/brandGuidelines', { auth: { token: brand.token }, body: { readability: { maxGrade: 9 } } })
    expect(saved.status).toBe(200)
    let log = await entriesFor('brandGuidelines')
    expect(log).toHaveLength(before + 1)
    expect(log.at(-1)).toMatchObject({ action: 'guidelineChange', actorUser: brand.user.id, changedFields: ['readability'] })

    // what the re-check job (src/jobs/recheckBrandCompliance.ts) writes when it finishes
    await carepath.payload.updateGlobal({
      context: { brandRecheckResult: true },
      data: { lastRecheck: { checked: 3, failing: [], finishedAt: new Date().toISOString() } },
      overrideAccess: true,
      slug: 'brandGuidelines',
    })
    log = await entriesFor('brandGuidelines')
    expect(log).toHaveLength(before + 1)
  })
})

describe('reads are never recorded', () => {
  it('API clients and staff reading content over REST and GraphQL leave no entry', async () => {
    await carepath.payload.create({ collection: 'articles', data: { ...article({ title: 'Asthma action plans' }), _status: 'published' } as never })
    const before = await totalEntries()
    expect((await api.rest('GET', 'articles', { auth: { apiKey: website.apiKey } })).status).toBe(200)
    expect((await api.graphql('{ Articles { docs { title } } }', {}, { apiKey: website.apiKey })).body.errors).toBeUndefined()
    expect((await api.rest('GET', 'articles', { auth: { token: editor.token } })).status).toBe(200)
    expect((await api.rest('GET', 'audit-log', { auth: { token: admin.token } })).status).toBe(200)
    expect(await totalEntries()).toBe(before)
  })
})

describe('recordAudit, the API the review workflow calls', () => {
  it('derives the actor from the request: staff, API client or system, and keeps comments and overrides', async () => {
    const { payload } = carepath
    const asReviewer = await createLocalReq({ user: { ...reviewer.user, collection: 'users' } as never }, payload)
    await recordAudit(asReviewer, { action: 'requestChanges', collection: 'articles', comment: 'Please cite the ADA guideline.', itemId: 4242, versionId: 77 })
    const asClient = await createLocalReq({ user: { ...website.client, collection: 'api-clients' } as never }, payload)
    await recordAudit(asClient, { action: 'schedule', collection: 'articles', details: { at: '2030-01-01' }, itemId: 4242 })
    const asAdmin = await createLocalReq({ user: { ...admin.user, collection: 'users' } as never }, payload)
    await recordAudit(asAdmin, { action: 'approve', adminOverride: true, collection: 'articles', itemId: 4242 })

    const log = await entriesFor('articles', 4242)
    expect(log.map(({ action, actorApiClient, actorLabel, actorType, actorUser, adminOverride, comment, versionId }) => ({ action, actorApiClient: actorApiClient ?? null, actorLabel, actorType, actorUser: actorUser ?? null, adminOverride, comment: comment ?? null, versionId: versionId ?? null }))).toEqual([
      { action: 'requestChanges', actorApiClient: null, actorLabel: reviewer.email, actorType: 'user', actorUser: reviewer.user.id, adminOverride: false, comment: 'Please cite the ADA guideline.', versionId: '77' },
      { action: 'schedule', actorApiClient: website.client.id, actorLabel: website.client.name, actorType: 'apiClient', actorUser: null, adminOverride: false, comment: null, versionId: null },
      { action: 'approve', actorApiClient: null, actorLabel: admin.email, actorType: 'user', actorUser: admin.user.id, adminOverride: true, comment: null, versionId: null },
    ])
  })

  it('outside a transaction a failed write is logged, not thrown; inside one it throws so the action rolls back', async () => {
    // the embedded SQLite adapter runs without transactions (beginTransaction gives null); Postgres has them
    const { payload } = carepath
    const before = await totalEntries()
    const loose = await createLocalReq({}, payload)
    await expect(recordAudit(loose, { action: 'not-an-action' as never, collection: 'articles', itemId: 1 })).resolves.toBeUndefined()

    const inTransaction = await createLocalReq({}, payload)
    const transactionID = await payload.db.beginTransaction()
    if (transactionID) {
      inTransaction.transactionID = transactionID
      await expect(recordAudit(inTransaction, { action: 'not-an-action' as never, collection: 'articles', itemId: 1 })).rejects.toThrow()
      await payload.db.rollbackTransaction(transactionID).catch(() => {})
    }
    expect(await totalEntries()).toBe(before)
  })
})

describe('the audit log is append-only for everyone, admins included', () => {
  let entry: AuditLog
  const stored = async () => carepath.payload.findByID({ collection: 'audit-log', depth: 0, id: entry.id })

  beforeAll(async () => {
    const req = await createLocalReq({ user: { ...editor.user, collection: 'users' } as never }, carepath.payload)
    await recordAudit(req, { action: 'submit', collection: 'articles', comment: 'Ready for review', itemId: 'immutable-1' })
    entry = (await entriesFor('articles', 'immutable-1', ''))[0]!
  })

  afterEach(async () => {
    // after every refused attempt the entry is exactly as written, and nothing was added or removed
    expect(await stored()).toEqual(entry)
    expect((await entriesFor('articles', 'immutable-1', '')).length).toBe(1)
  })

  const tamper = { action: 'approve', comment: 'Approved', itemId: 'immutable-1' }

  it.each([
    ['admin', () => ({ token: admin.token })],
    ['editor', () => ({ token: editor.token })],
    ['API client', () => ({ apiKey: website.apiKey })],
    ['anonymous', () => undefined],
  ])('REST refuses %s: update, bulk update, delete, bulk delete, create', async (_who, auth) => {
    const refusals = [
      await api.rest('PATCH', `audit-log/${entry.id}`, { auth: auth(), body: tamper }),
      await api.rest('PATCH', `audit-log?where[itemId][equals]=immutable-1`, { auth: auth(), body: tamper }),
      await api.rest('DELETE', `audit-log/${entry.id}`, { auth: auth() }),
      await api.rest('DELETE', `audit-log?where[itemId][equals]=immutable-1`, { auth: auth() }),
      await api.rest('POST', 'audit-log', { auth: auth(), body: { ...tamper, actorType: 'system', at: new Date().toISOString(), collection: 'articles' } }),
    ]
    for (const res of refusals) expect([res.status, errorText(res)]).toEqual([403, expect.stringMatching(/append-only|not allowed/i)])
    // the item-level attempts name the rule
    expect(errorText(refusals[0]!)).toMatch(/audit log is append-only/)
    expect(errorText(refusals[2]!)).toMatch(/audit log is append-only/)
  })

  it.each([
    ['admin', () => ({ token: admin.token })],
    ['API client', () => ({ apiKey: website.apiKey })],
    ['anonymous', () => undefined],
  ])('GraphQL refuses %s: update, delete, create (there is no duplicate mutation)', async (_who, auth) => {
    const id = Number(entry.id)
    const attempts = [
      await api.graphql(`mutation ($id: Int!) { updateAuditLog(id: $id, data: { comment: "Approved", action: approve }) { id } }`, { id }, auth()),
      await api.graphql(`mutation ($id: Int!) { deleteAuditLog(id: $id) { id } }`, { id }, auth()),
      await api.graphql(`mutation { createAuditLog(data: { at: "2025-01-01T00:00:00Z", action: approve, actorType: system, collection: "articles", itemId: "immutable-1" }) { id } }`, {}, auth()),
    ]
    for (const res of attempts) {
      expect(res.body.errors?.[0]?.message).toMatch(/append-only|not allowed/i)
      expect(Object.values(res.body.data ?? {}).every((v) => v === null)).toBe(true)
    }
    expect(attempts[0]!.body.errors![0]!.message).toMatch(/audit log is append-only/)
  })

  it('the Local API refuses even with overrideAccess (its default) and as an admin', async () => {
    const { payload } = carepath
    const attempts: Array<() => Promise<unknown>> = [
      () => payload.update({ collection: 'audit-log', data: tamper as never, id: entry.id }),
      () => payload.update({ collection: 'audit-log', data: tamper as never, where: { itemId: { equals: 'immutable-1' } } }),
      () => payload.update({ collection: 'audit-log', data: tamper as never, id: entry.id, overrideAccess: false, user: admin.user }),
      () => payload.delete({ collection: 'audit-log', id: entry.id }),
      () => payload.delete({ collection: 'audit-log', where: { id: { exists: true } } }),
      () => payload.delete({ collection: 'audit-log', id: entry.id, overrideAccess: false, user: admin.user }),
      () => payload.create({ collection: 'audit-log', data: { ...tamper, actorType: 'system', at: new Date().toISOString(), collection: 'articles' } as never, overrideAccess: false, user: admin.user }),
      () => payload.duplicate({ collection: 'audit-log', id: entry.id }),
    ]
    for (const attempt of attempts) await expect(attempt()).rejects.toThrow(/append-only|not allowed|duplicat/i)
    await expect(attempts[0]!()).rejects.toThrow('The audit log is append-only: entries cannot be changed or deleted, by anyone.')
    await expect(attempts[3]!()).rejects.toThrow('The audit log is append-only')
  })
})

describe('who reads the log', () => {
  it('admins read every entry; reviewers and brand managers only entries about content; editors, API clients and anonymous nothing', async () => {
    const all = await totalEntries()
    const about = async (token: string) => {
      const res = await api.rest('GET', 'audit-log?limit=0&depth=0', { auth: { token } })
      return { collections: new Set((res.body.docs ?? []).map((d: AuditLog) => d.collection)), status: res.status, total: res.body.totalDocs }
    }
    expect(await about(admin.token)).toMatchObject({ status: 200, total: all })
    for (const token of [reviewer.token, brand.token]) {
      const seen = await about(token)
      expect(seen.status).toBe(200)
      expect(seen.total).toBeGreaterThan(0)
      expect([...seen.collections].every((c) => ['articles', 'pamphlets', 'videos', 'events'].includes(c as string))).toBe(true)
    }
    for (const auth of [{ token: editor.token }, { apiKey: website.apiKey }, undefined]) {
      const res = await api.rest('GET', 'audit-log', { auth })
      expect(res.status).toBe(403)
      const gql = await api.graphql('{ AuditLogs { docs { action actorLabel } } }', {}, auth)
      expect(gql.body.errors?.[0]?.message).toMatch(/not allowed/i)
    }
  })
})

describe('CSV export', () => {
  const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10)
  const exportCsv = (query: string, auth?: { token: string } | { apiKey: string }) => api.rest('GET', `audit-log/export.csv${query}`, { auth })
  const rows = (csv: string) => csv.split('\r\n').filter(Boolean)

  it('gives admins a CSV attachment with a header row and every entry of the range, oldest first', async () => {
    const res = await exportCsv(`?from=${day(-1)}&to=${day(1)}`, { token: admin.token })
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toMatch(/^text\/csv/)
    expect(res.headers.get('content-disposition')).toBe(`attachment; filename="carepath-audit-${day(-1)}-to-${day(1)}.csv"`)
    const lines = rows(res.body as string)
    expect(lines[0]).toBe(AUDIT_CSV_COLUMNS.join(','))
    expect(lines.length - 1).toBe(await totalEntries())
    expect(res.body).toContain(`requestChanges,user,${reviewer.user.id},${reviewer.email},false,articles,4242,77,,Please cite the ADA guideline.,`)
  })

  it('pages through large ranges without losing or repeating entries that share a timestamp, and defuses formulas', async () => {
    const { payload } = carepath
    const at = '2020-02-02T12:00:00.000Z'
    const count = 1001 // two full pages of 500 and one more entry
    // one bulk insert straight into the table (both SQL adapters use drizzle): 1,000 Local API saves take most of a minute
    const row = (data: Record<string, unknown>) => ({ actorLabel: 'system', actorType: 'system', adminOverride: false, collection: 'segments', createdAt: at, updatedAt: at, action: 'update', ...data })
    const inserted = Array.from({ length: count }, (_, i) => row({ at, comment: i === 0 ? '=HYPERLINK("http://evil.example","click")' : `n${i}`, itemId: String(i) }))
    inserted.push(row({ at: '2020-02-03T00:00:00.000Z', itemId: 'next-day' }))
    const db = payload.db as unknown as { drizzle: { insert(table: unknown): { values(rows: unknown[]): Promise<unknown> } }; tables: Record<string, unknown> }
    await db.drizzle.insert(db.tables.audit_log).values(inserted)
    const res = await exportCsv('?from=2020-02-02&to=2020-02-02', { token: admin.token })
    expect(res.status).toBe(200)
    const lines = rows(res.body as string).slice(1)
    expect(lines).toHaveLength(count)
    const itemIds = lines.map((l) => l.split(',')[AUDIT_CSV_COLUMNS.indexOf('itemId')])
    expect(new Set(itemIds).size).toBe(count)
    expect(itemIds).not.toContain('next-day')
    expect(res.body).toContain(`"'=HYPERLINK(""http://evil.example"",""click"")"`)
  })

  it('refuses anyone but admins with a clear message', async () => {
    const range = `?from=${day(-1)}&to=${day(0)}`
    const anonymous = await exportCsv(range)
    expect([anonymous.status, errorText(anonymous)]).toEqual([401, expect.stringContaining('Sign in as an admin')])
    for (const auth of [{ token: editor.token }, { token: reviewer.token }, { token: brand.token }, { apiKey: website.apiKey }]) {
      const res = await exportCsv(range, auth)
      expect([res.status, errorText(res)]).toEqual([403, expect.stringContaining('Only admins can export the audit log')])
    }
  })

  it('refuses missing, malformed, reversed and over-long ranges with 400', async () => {
    const auth = { token: admin.token }
    const cases: Array<[string, RegExp]> = [
      ['', /from=YYYY-MM-DD/],
      [`?from=${day(0)}`, /from=YYYY-MM-DD/],
      [`?from=yesterday&to=${day(0)}`, /"from" must be a calendar date/],
      ['?from=2025-01-01&to=2025-02-30', /"to" must be a calendar date/],
      ['?from=2025-02-01&to=2025-01-01', /before/],
      ['?from=2023-01-01&to=2025-01-01', /At most 366 days/],
    ]
    for (const [query, message] of cases) {
      const res = await exportCsv(query, auth)
      expect([query, res.status, errorText(res)]).toEqual([query, 400, expect.stringMatching(message)])
    }
  })
})
