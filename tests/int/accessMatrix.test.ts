import type { Access, PayloadRequest } from 'payload'

import { ROLE_VALUES, type Role } from '@/access/roles'

import { createApiClient, createStaff, lexical } from './helpers/fixtures'
import { apiClient } from './helpers/http'
import { bootCarepath, type TestCarepath } from './helpers/payload'

/**
 * One table says who may do what, for every collection and global in the config, Payload's own
 * included. The test is generated from the config: a collection added without a row fails it.
 *   yes = everything, no = nothing, published = published documents only, own = the caller's own records only,
 *   aboutContent = entries about content items only, shared = the caller's own and those shared with them (saved views).
 */
type Verdict = 'aboutContent' | 'no' | 'own' | 'published' | 'shared' | 'yes'
type Actor = 'anonymous' | 'apiClient' | Role
type Op = 'create' | 'delete' | 'read' | 'update'
type Rule = Partial<Record<Actor, Verdict>> // actors not listed: 'no'

const STAFF = Object.fromEntries(ROLE_VALUES.map((role) => [role, 'yes'])) as Record<Role, 'yes'>
const WRITERS: Rule = { admin: 'yes', editor: 'yes' }
const ADMINS: Rule = { admin: 'yes' }
const EVERYONE: Rule = { anonymous: 'yes', apiClient: 'yes', ...STAFF }
const NOBODY: Rule = {}
const SHARED = Object.fromEntries(ROLE_VALUES.map((role) => [role, 'shared'])) as Record<Role, 'shared'>

// Any staff role may save content; what each role may then do (edit, publish, approve…) is the workflow's own table,
// generated in tests/int/workflowAccess.test.ts.
const content = { create: WRITERS, delete: WRITERS, read: { anonymous: 'published', apiClient: 'published', ...STAFF }, update: STAFF } satisfies Record<Op, Rule>
const taxonomyOrMedia = { create: WRITERS, delete: WRITERS, read: EVERYONE, update: WRITERS } satisfies Record<Op, Rule>

const EXPECTED: Record<string, Record<Op, Rule>> = {
  articles: content,
  pamphlets: content,
  videos: content,
  events: content,
  // Programs go through the same workflow as content (tests/int/programsWorkflow.test.ts).
  programs: content,
  conditions: taxonomyOrMedia,
  segments: taxonomyOrMedia,
  // Shared text has drafts and a reviewed publish like content (tests/int/contentModel.test.ts shows who publishes).
  snippets: content,
  media: taxonomyOrMedia,
  documents: taxonomyOrMedia,
  'video-files': taxonomyOrMedia,
  'caption-files': taxonomyOrMedia,
  // Manual redirects (old website addresses): public like the website's links, edited by content writers.
  redirects: taxonomyOrMedia,
  users: {
    create: ADMINS,
    delete: ADMINS,
    read: { admin: 'yes', brandManager: 'own', editor: 'own', medicalReviewer: 'own' },
    update: { admin: 'yes', brandManager: 'own', editor: 'own', medicalReviewer: 'own' },
  },
  'api-clients': { create: ADMINS, delete: ADMINS, read: { admin: 'yes', apiClient: 'own' }, update: ADMINS },
  webhooks: { create: ADMINS, delete: ADMINS, read: ADMINS, update: ADMINS },
  'webhook-deliveries': { create: NOBODY, delete: NOBODY, read: ADMINS, update: NOBODY },
  'content-events': { create: NOBODY, delete: NOBODY, read: ADMINS, update: NOBODY },
  'content-reviews': { create: NOBODY, delete: NOBODY, read: STAFF, update: NOBODY },
  'review-schedule': { create: NOBODY, delete: NOBODY, read: STAFF, update: NOBODY },
  'job-leases': { create: NOBODY, delete: NOBODY, read: NOBODY, update: NOBODY },
  'audit-log': { create: NOBODY, delete: NOBODY, read: { admin: 'yes', brandManager: 'aboutContent', medicalReviewer: 'aboutContent' }, update: NOBODY },
  // Payload's own collections.
  'payload-locked-documents': { create: STAFF, delete: STAFF, read: STAFF, update: STAFF },
  'payload-preferences': {
    create: STAFF,
    delete: { admin: 'own', brandManager: 'own', editor: 'own', medicalReviewer: 'own' },
    read: { admin: 'own', brandManager: 'own', editor: 'own', medicalReviewer: 'own' },
    update: { admin: 'own', brandManager: 'own', editor: 'own', medicalReviewer: 'own' },
  },
  'payload-jobs': { create: NOBODY, delete: NOBODY, read: NOBODY, update: NOBODY },
  'payload-migrations': { create: NOBODY, delete: NOBODY, read: ADMINS, update: NOBODY },
  'payload-kv': { create: NOBODY, delete: NOBODY, read: NOBODY, update: NOBODY },
  // Saved list views: staff only, each view by its own sharing settings (tests/int/savedViews.test.ts).
  'payload-query-presets': { create: STAFF, delete: SHARED, read: SHARED, update: SHARED },
}

const EXPECTED_GLOBALS: Record<string, Record<'read' | 'update', Rule>> = {
  brandGuidelines: { read: STAFF, update: { admin: 'yes', brandManager: 'yes' } },
  // Payload's scheduler bookkeeping (there because the review lifecycle job runs on a schedule).
  'payload-jobs-stats': { read: ADMINS, update: NOBODY },
}

/** Extra operations with their own access: who may unlock an account locked after failed logins. */
const EXPECTED_UNLOCK: Record<string, Rule> = { users: ADMINS }

const ACTORS: Actor[] = ['anonymous', 'apiClient', ...ROLE_VALUES]
const OPS: Op[] = ['read', 'create', 'update', 'delete']

let carepath: TestCarepath
let api: ReturnType<typeof apiClient>

beforeAll(async () => {
  carepath = await bootCarepath()
  api = apiClient(carepath.config)
})

afterAll(async () => {
  await carepath?.shutdown()
})

const userFor = (actor: Actor): PayloadRequest['user'] =>
  actor === 'anonymous'
    ? null
    : actor === 'apiClient'
      ? ({ collection: 'api-clients', id: 901, kind: 'website' } as never)
      : ({ collection: 'users', id: 902, roles: [actor] } as never)

async function verdict(access: Access | undefined, actor: Actor): Promise<Verdict> {
  if (!access) throw new Error('no access function')
  const req = { payload: carepath.payload, user: userFor(actor) } as unknown as PayloadRequest
  const result = await access({ data: {}, req } as never)
  if (result === true) return 'yes'
  if (!result) return 'no'
  const where = JSON.stringify(result)
  if (where.includes('"_status"')) return 'published'
  if (where.includes('"access.')) return 'shared'
  if (where.includes('"id"') || where.includes('"user.value"')) return 'own'
  if (where.includes('"collection"')) return 'aboutContent'
  return `where ${where}` as Verdict
}

describe('access: every collection and global, every kind of caller, one table', () => {
  it('has a row for every collection and global in the config (add one when you add a collection)', () => {
    expect(carepath.config.collections.map((c) => c.slug).sort()).toEqual(Object.keys(EXPECTED).sort())
    expect(carepath.config.globals.map((g) => g.slug).sort()).toEqual(Object.keys(EXPECTED_GLOBALS).sort())
  })

  it('grants exactly what the table says', async () => {
    const mismatches: string[] = []
    for (const collection of carepath.config.collections) {
      const rules = EXPECTED[collection.slug]
      if (!rules) continue
      const checks: Array<[string, Access | undefined, Rule]> = OPS.map((op) => [op, collection.access[op], rules[op]])
      if (EXPECTED_UNLOCK[collection.slug]) checks.push(['unlock', collection.access.unlock, EXPECTED_UNLOCK[collection.slug]!])
      for (const [op, access, rule] of checks) {
        for (const actor of ACTORS) {
          const got = await verdict(access, actor)
          const want = rule[actor] ?? 'no'
          if (got !== want) mismatches.push(`${collection.slug} ${op} as ${actor}: got ${got}, expected ${want}`)
        }
      }
    }
    for (const global of carepath.config.globals) {
      const rules = EXPECTED_GLOBALS[global.slug]!
      for (const op of ['read', 'update'] as const) {
        for (const actor of ACTORS) {
          const got = await verdict(global.access[op], actor)
          const want = rules[op][actor] ?? 'no'
          if (got !== want) mismatches.push(`global ${global.slug} ${op} as ${actor}: got ${got}, expected ${want}`)
        }
      }
    }
    expect(mismatches).toEqual([])
  })
})

describe('API clients are not staff', () => {
  it('cannot lock a document (which would make an editor’s next save fail with 423), lock the guidelines, or delete locks', async () => {
    const editor = await createStaff(carepath.payload, ['editor'], 'editor')
    const { apiKey } = await createApiClient(carepath.payload)
    const article = await carepath.payload.create({ collection: 'articles', data: { body: lexical('Text.'), title: 'Lock target' }, draft: true })

    const lockDoc = await api.rest('POST', 'payload-locked-documents', {
      auth: { apiKey },
      body: { document: { relationTo: 'articles', value: article.id }, user: { relationTo: 'api-clients', value: 1 } },
    })
    expect(lockDoc.status).toBe(403)
    const lockGlobal = await api.rest('POST', 'payload-locked-documents', { auth: { apiKey }, body: { globalSlug: 'brandGuidelines', user: { relationTo: 'api-clients', value: 1 } } })
    expect(lockGlobal.status).toBe(403)
    expect((await api.rest('GET', 'payload-locked-documents', { auth: { apiKey } })).status).toBe(403)
    expect((await api.rest('DELETE', 'payload-locked-documents?where[id][exists]=true', { auth: { apiKey } })).status).toBe(403)
    expect((await api.rest('POST', 'payload-preferences/nav', { auth: { apiKey }, body: { value: { open: true } } })).status).toBeGreaterThanOrEqual(400)
    expect([401, 403]).toContain((await api.rest('GET', 'payload-jobs/run', { auth: { apiKey } })).status)

    const save = await api.rest('PATCH', `articles/${article.id}?draft=true`, { auth: { token: editor.token }, body: { title: 'Edited by the editor' } })
    expect(save.status).toBe(200)
  })

  it('staff can still lock documents for editing', async () => {
    const editor = await createStaff(carepath.payload, ['editor'], 'editor')
    const article = await carepath.payload.create({ collection: 'articles', data: { body: lexical('Text.'), title: 'Editor lock' }, draft: true })
    const lock = await api.rest('POST', 'payload-locked-documents', {
      auth: { token: editor.token },
      body: { document: { relationTo: 'articles', value: article.id }, user: { relationTo: 'users', value: editor.user.id } },
    })
    expect(lock.status).toBe(201)
  })

  it('only admins unlock accounts (POST /api/users/unlock)', async () => {
    const target = await createStaff(carepath.payload, ['editor'], 'locked')
    const reviewer = await createStaff(carepath.payload, ['medicalReviewer'], 'reviewer')
    const admin = await createStaff(carepath.payload, ['admin'], 'admin')
    const { apiKey } = await createApiClient(carepath.payload)
    expect((await api.rest('POST', 'users/unlock', { auth: { token: reviewer.token }, body: { email: target.email } })).status).toBe(403)
    expect((await api.rest('POST', 'users/unlock', { auth: { apiKey }, body: { email: target.email } })).status).toBe(403)
    expect((await api.rest('POST', 'users/unlock', { auth: { token: admin.token }, body: { email: target.email } })).status).toBe(200)
  })
})
