import { randomUUID } from 'node:crypto'

import type { CollectionSlug, DataFromCollectionSlug, Payload } from 'payload'
import { createLocalReq } from 'payload'

import type { Role } from '@/access/roles'
import { paragraphsToLexical } from '@/seed/lexical'
import type { ContentType } from '@/taxonomy/contentTypes'
import type { Locale } from '@/taxonomy/locales'
import { approveAndPublish } from '@/workflowGate/approveAndPublish'
import { runReviewAct } from '@/workflowGate/runReviewAct'

let counter = 0

/** Creates a staff account through the Local API and returns a JWT obtained by a real login. */
export async function createStaff(payload: Payload, roles: Role[], name = 'staff', extra: { credentials?: string } = {}) {
  counter += 1
  const email = `${name}-${counter}@carepath.test`
  const password = `pw-${randomUUID()}`
  const credentials = extra.credentials ?? (roles.includes('medicalReviewer') ? 'MD' : undefined)
  const user = await payload.create({ collection: 'users', data: { credentials, email, name, password, roles } })
  const { token } = await payload.login({ collection: 'users', data: { email, password } })
  return { email, password, token: token!, user }
}

export async function createApiClient(payload: Payload, kind: 'automation' | 'portal' | 'website' = 'website') {
  counter += 1
  const apiKey = randomUUID()
  const client = await payload.create({
    collection: 'api-clients',
    data: { apiKey, enableAPIKey: true, kind, name: `${kind} client ${counter}` },
  })
  return { apiKey, client }
}

/** A Lexical document with one paragraph per string. */
export const lexical = (...paragraphs: string[]) => paragraphsToLexical(paragraphs)

/** A Lexical `snippet` block referencing snippet `id`, as the admin's editor stores it. */
export const snippetBlock = (id: number | string) => ({
  type: 'block',
  fields: { blockName: '', blockType: 'snippet', id: `blk${String(id)}`, snippet: id },
  format: '',
  version: 2,
})

type Id = number | string
type UserDoc = { id: Id; [key: string]: unknown }

const fixtureReviewers = new WeakMap<Payload, Promise<UserDoc>>()

/**
 * The medical reviewer (credentials 'MD') who approves fixture content, one per Carepath instance.
 * The first user of a database always becomes an admin, so an admin is created first when there is none.
 */
export function fixtureReviewer(payload: Payload): Promise<UserDoc> {
  let reviewer = fixtureReviewers.get(payload)
  if (!reviewer) {
    reviewer = (async () => {
      const { totalDocs } = await payload.count({ collection: 'users', overrideAccess: true })
      if (totalDocs === 0) await createStaff(payload, ['admin'], 'fixture-admin')
      counter += 1
      const data = { credentials: 'MD', email: `fixture-reviewer-${counter}@carepath.test`, name: 'Fixture Reviewer', password: `pw-${randomUUID()}`, roles: ['medicalReviewer' as const] }
      return (await payload.create({ collection: 'users', data })) as unknown as UserDoc
    })()
    fixtureReviewers.set(payload, reviewer)
    reviewer.catch(() => fixtureReviewers.delete(payload))
  }
  return reviewer
}

export interface PublishApprovedOptions<T extends ContentType = ContentType> {
  collection: T
  /** The item's fields (never `_status` or the review fields: they come from the workflow). */
  data: Record<string, unknown>
  /** Revise and republish this existing item instead of creating one. */
  id?: Id
  locale?: Locale
  /** When the medical review happened (an old date for lapsed reviews); now by default. */
  reviewedAt?: Date | string
  /** Context for the publishing save, e.g. `{ brandGate: 'record-only' }`. */
  context?: Record<string, unknown>
}

/**
 * Publishes content the way the workflow allows: saved as a draft by server code, submitted, approved
 * by the fixture medical reviewer (at `reviewedAt`), then published. With `id`, the item's new draft is
 * approved and published (a revision of a live item is already in review). Returns the published document.
 */
export async function publishApproved<T extends ContentType>(payload: Payload, options: PublishApprovedOptions<T>): Promise<DataFromCollectionSlug<T>> {
  return (await publish(payload, options)) as unknown as DataFromCollectionSlug<T>
}

async function publish(payload: Payload, { collection, context, data, id, locale, reviewedAt }: PublishApprovedOptions) {
  const reviewer = await fixtureReviewer(payload)
  const at = reviewedAt === undefined ? undefined : new Date(reviewedAt)
  const slug = collection as CollectionSlug
  const fields = { ...data, _status: 'draft' } as never
  const draft = id === undefined
    ? await payload.create({ collection: slug, data: fields, draft: true, locale })
    : await payload.update({ collection: slug, data: fields, draft: true, id, locale })
  let state = (draft as { workflow?: { state?: string } }).workflow?.state ?? 'draft'
  if (state === 'draft' || state === 'changesRequested') {
    // approveAndPublish publishes in the default language; an item written only in Spanish publishes in Spanish.
    if (!locale || locale === 'en') return approveAndPublish(payload, { at, context, id: draft.id, reviewers: [reviewer], type: collection })
    await runReviewAct(await createLocalReq({}, payload), { act: 'submit', id: draft.id, type: collection })
    state = 'inReview'
  }
  if (state === 'inReview') {
    const req = await createLocalReq({ user: { ...reviewer, collection: 'users' } as never }, payload)
    await runReviewAct(req, { act: 'approve', at, id: draft.id, type: collection })
  }
  return payload.update({ collection: slug, context, data: { _status: 'published' } as never, id: draft.id, locale })
}
