/**
 * The access table, generated: every staff role × content type × action, each through one of REST,
 * GraphQL or the Local API (overrideAccess: false), compared with WORKFLOW_ACCESS in src/workflow.
 */
import { createLocalReq, type CollectionSlug } from 'payload'

import type { Role } from '@/access/roles'
import { CONTENT_TYPES, type ContentType } from '@/taxonomy/contentTypes'
import { WORKFLOW_ACCESS, type WorkflowAction } from '@/workflow'
import { approveAndPublish } from '@/workflowGate/approveAndPublish'
import { runReviewAct } from '@/workflowGate/runReviewAct'

import { createStaff, lexical } from './helpers/fixtures'
import { apiClient } from './helpers/http'
import { bootCarepath, type TestCarepath } from './helpers/payload'

const ROLES: Role[] = ['editor', 'medicalReviewer', 'brandManager', 'admin']
const ACTIONS = ['create', 'saveDraft', 'submit', 'approve', 'requestChanges', 'publish', 'unpublish', 'delete'] as const satisfies readonly WorkflowAction[]
const VIA = ['rest', 'graphql', 'local'] as const

let carepath: TestCarepath
let api: ReturnType<typeof apiClient>
const staff = {} as Record<Role, Awaited<ReturnType<typeof createStaff>>>
let fixtureReviewer: Awaited<ReturnType<typeof createStaff>>

beforeAll(async () => {
  carepath = await bootCarepath()
  api = apiClient(carepath.config)
  // The first account always becomes an admin, so the admin comes first.
  for (const role of [...ROLES].reverse()) staff[role] = await createStaff(carepath.payload, [role], role)
  fixtureReviewer = await createStaff(carepath.payload, ['medicalReviewer'], 'fixture-reviewer', { credentials: 'PharmD' })
  // Videos need captions to publish; this test is about roles, not media.
  await carepath.payload.updateGlobal({ data: { severity: { videoAccessibility: 'off' } } as never, slug: 'brandGuidelines' })
}, 300_000)

afterAll(async () => {
  await carepath?.shutdown()
})

const GRAPHQL_NAMES: Record<ContentType, string> = { articles: 'Article', events: 'Event', pamphlets: 'Pamphlet', videos: 'Video' }
let n = 0
const data = (type: ContentType) => {
  n += 1
  const base = { body: lexical('We can help you stay well. Call us any day.'), stages: ['awareness'], summary: 'How we help.', title: `Item ${n}` }
  return type === 'events'
    ? { ...base, attendance: 'virtual', capacity: 10, endsAt: '2099-02-01T16:00:00Z', kind: 'class', startsAt: '2099-02-01T15:00:00Z', timeZone: 'America/Chicago', virtualUrl: 'https://meet.example.org/x' }
    : type === 'videos'
      ? { ...base, source: 'external', url: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ' }
      : base
}

/** An item in the state the action starts from, made by server code and the fixture reviewer. */
async function itemFor(type: ContentType, action: WorkflowAction): Promise<number | string | null> {
  if (action === 'create') return null
  const { payload } = carepath
  const doc = await payload.create({ collection: type as CollectionSlug, data: data(type) as never, draft: true })
  const system = await createLocalReq({}, payload)
  if (action === 'approve' || action === 'requestChanges') await runReviewAct(system, { act: 'submit', id: doc.id, type })
  if (action === 'publish') {
    await runReviewAct(system, { act: 'submit', id: doc.id, type })
    await runReviewAct(await createLocalReq({ user: { ...fixtureReviewer.user, collection: 'users' } as never }, payload), { act: 'approve', id: doc.id, type })
  }
  if (action === 'unpublish') await approveAndPublish(payload, { id: doc.id, reviewers: [fixtureReviewer.user as never], type })
  return doc.id
}

/** True when the action went through; false when it was refused as not allowed (403). Anything else fails the test. */
async function attempt(role: Role, type: ContentType, action: WorkflowAction, id: number | string | null, via: (typeof VIA)[number]): Promise<boolean> {
  const { payload } = carepath
  const auth = { token: staff[role].token }
  const user = { ...staff[role].user, collection: 'users' } as never
  const name = GRAPHQL_NAMES[type]
  const outcome = (status: number, detail: unknown) => {
    if (status < 300) return true
    if (status === 403) return false
    throw new Error(`${role} ${action} ${type} via ${via}: unexpected ${status} ${JSON.stringify(detail)}`)
  }
  const gql = async (query: string, variables: Record<string, unknown>) => {
    const res = await api.graphql(query, variables, auth)
    const error = res.body.errors?.[0]
    return outcome(error ? Number(error.extensions?.statusCode ?? 500) : 200, error?.message)
  }
  const local = async (run: () => Promise<unknown>) => {
    try {
      await run()
      return true
    } catch (error) {
      const e = error as { status?: number; message?: string }
      return outcome(e.status ?? 500, e.message)
    }
  }
  const idArg = type === 'articles' || type === 'pamphlets' || type === 'videos' || type === 'events' ? Number(id) : id

  switch (action) {
    case 'create':
      if (via === 'rest') {
        const res = await api.rest('POST', `${type}?draft=true`, { auth, body: data(type) })
        return outcome(res.status, res.body)
      }
      if (via === 'graphql') return gql(`mutation ($data: mutation${name}Input!) { create${name}(data: $data, draft: true) { id } }`, { data: data(type) })
      return local(() => payload.create({ collection: type as CollectionSlug, data: data(type) as never, draft: true, overrideAccess: false, user }))
    case 'saveDraft':
    case 'publish':
    case 'unpublish': {
      const body = action === 'saveDraft' ? { title: `Edited ${id}` } : { _status: action === 'publish' ? 'published' : 'draft' }
      const draft = action === 'saveDraft'
      if (via === 'rest') {
        const res = await api.rest('PATCH', `${type}/${id}${draft ? '?draft=true' : ''}`, { auth, body })
        return outcome(res.status, res.body)
      }
      if (via === 'graphql') {
        const fields = action === 'saveDraft' ? `{ title: "Edited ${id}" }` : `{ _status: ${body._status} }`
        return gql(`mutation ($id: Int!) { update${name}(id: $id, data: ${fields}${draft ? ', draft: true' : ''}) { id } }`, { id: idArg })
      }
      return local(() => payload.update({ collection: type as CollectionSlug, data: body as never, draft, id: id!, overrideAccess: false, user }))
    }
    case 'delete':
      if (via === 'rest') {
        const res = await api.rest('DELETE', `${type}/${id}`, { auth })
        return outcome(res.status, res.body)
      }
      if (via === 'graphql') return gql(`mutation ($id: Int!) { delete${name}(id: $id) { id } }`, { id: idArg })
      return local(() => payload.delete({ collection: type as CollectionSlug, id: id!, overrideAccess: false, user }))
    default: {
      const act = action as 'approve' | 'requestChanges' | 'submit'
      const comment = act === 'requestChanges' ? 'Please add the normal range.' : undefined
      if (via === 'rest') {
        const res = await api.rest('POST', `${type}/${id}/workflow`, { auth, body: { action: act, comment } })
        return outcome(res.status, res.body)
      }
      if (via === 'graphql') {
        const field = { approve: 'approveContent', requestChanges: 'requestChanges', submit: 'submitForReview' }[act]
        return gql(`mutation ($id: ID!) { ${field}(type: ${type}, id: $id${comment ? `, comment: "${comment}"` : ''}) { state } }`, { id: String(id) })
      }
      return local(async () => runReviewAct(await createLocalReq({ user }, payload), { act, comment, id: id!, type }))
    }
  }
}

/** What the table says, plus its one documented condition: clinical items are approved by medical reviewers (admins by override). */
const expected = (role: Role, action: WorkflowAction): boolean => {
  if (role === 'admin') return true
  if (action === 'approve') return role === 'medicalReviewer'
  return WORKFLOW_ACCESS[action].includes(role)
}

const cases = CONTENT_TYPES.flatMap((type) => ACTIONS.flatMap((action) => ROLES.map((role) => ({ action, role, type }))))

describe('the workflow access table (generated)', () => {
  it(`covers ${cases.length} role × type × action cases on REST, GraphQL and the Local API`, async () => {
    const mismatches: string[] = []
    for (const [i, { action, role, type }] of cases.entries()) {
      const via = VIA[i % VIA.length]!
      const id = await itemFor(type, action)
      const allowed = await attempt(role, type, action, id, via)
      if (allowed !== expected(role, action)) mismatches.push(`${role} ${action} ${type} via ${via}: ${allowed ? 'allowed' : 'refused'}, table says ${expected(role, action) ? 'allowed' : 'refused'}`)
    }
    expect(mismatches).toEqual([])
  }, 600_000)
})
