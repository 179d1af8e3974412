import type { CollectionSlug, Payload, TypedUser, Where } from 'payload'

import { brandErrorsNote, newestFirst, reviewScopeFor, reviewsDueScopeFor, titleIn, type WorkItem, type WorkList, type WorkWidget } from '../dashboard'
import { CONTENT_TYPES, type ContentType } from '../taxonomy/contentTypes'
import { authoredBy, brandReportsSQL, fixableBrandErrors, latestVersionsSQL, sqlAdapterOf } from './workSQL'

type Doc = Record<string, unknown>
type Id = number | string

export interface WorkOptions {
  /** Items listed per widget (the total is always counted). */
  limit?: number
  /** The language titles are shown in. */
  locale?: string
  /** Force the portable Local API path (MongoDB's) on an SQL database, for tests and the benchmark. */
  via?: 'localApi' | 'sql'
}

/** The SQL fast path applies on SQLite/Postgres unless the Local API path is asked for. */
const sqlFor = (payload: Payload, options: WorkOptions) => (options.via === 'localApi' ? null : sqlAdapterOf(payload))

const DEFAULT_LIMIT = 10
const rolesOf = (user: TypedUser): string[] => (Array.isArray((user as { roles?: unknown }).roles) ? ((user as { roles: string[] }).roles) : [])

const toItem = (type: ContentType, doc: Doc, locale: string, note?: null | string): WorkItem => ({
  id: String(doc.id),
  note: note ?? null,
  // The staff title (src/fields/adminTitle.ts): an item with no title in this language shows "(es) …", never "(untitled)".
  title: titleIn(doc.adminTitle ?? doc.title, locale),
  type,
  updatedAt: String(doc.updatedAt ?? ''),
})

/**
 * The latest version (draft or published) of each item of every type matching `where`: one `find` per
 * type on the versions table, newest first, with only the fields the list shows.
 */
async function latestVersions(
  payload: Payload,
  user: TypedUser,
  widget: WorkWidget,
  whereFor: (type: ContentType) => Promise<null | Where> | null | Where,
  { limit = DEFAULT_LIMIT, locale = 'en', note, select = {}, allLocales = false }: WorkOptions & { note?: (doc: Doc) => null | string; select?: Record<string, true>; allLocales?: boolean },
): Promise<WorkList> {
  const perType = await Promise.all(
    CONTENT_TYPES.map(async (type) => {
      const where = await whereFor(type)
      if (!where) return { items: [] as WorkItem[], total: 0 }
      const { docs, totalDocs } = await payload.find({
        collection: type as CollectionSlug,
        depth: 0,
        draft: true,
        limit,
        locale: (allLocales ? 'all' : locale) as never,
        overrideAccess: false,
        select: { adminTitle: true, title: true, updatedAt: true, ...select } as never,
        sort: '-updatedAt',
        user,
        where,
      })
      return { items: (docs as Doc[]).map((doc) => toItem(type, doc, locale, note?.(doc))), total: totalDocs }
    }),
  )
  return { items: newestFirst(perType.map((p) => p.items), limit), total: perType.reduce((sum, p) => sum + p.total, 0), widget }
}

const clinicalWhere = (scope: ReturnType<typeof reviewScopeFor>): Where[] =>
  scope === 'clinical'
    ? [{ or: [{ clinical: { equals: true } }, { clinical: { exists: false } }] }]
    : scope === 'nonClinical'
      ? [{ clinical: { equals: false } }]
      : []

/**
 * Items waiting for my review: in review, of the kind my role approves (medical reviewers clinical
 * items, brand managers the others, admins all), leaving out revisions I edited (I may not approve
 * them). Payload's `not_in` on a has-many relationship matches any other author, so my own revisions
 * are looked up first (few) and excluded by id.
 */
export async function waitingForMyReview(payload: Payload, user: TypedUser, options: WorkOptions = {}): Promise<WorkList> {
  const scope = reviewScopeFor(rolesOf(user))
  const db = sqlFor(payload, options)
  if (db) {
    if (!scope) return { items: [], total: 0, widget: 'waitingForMyReview' }
    const clinical = scope === 'clinical' ? ['(v."version_clinical" IS NULL OR v."version_clinical" = true)'] : scope === 'nonClinical' ? ['v."version_clinical" = false'] : []
    const list = await latestVersionsSQL(db, {
      limit: options.limit ?? DEFAULT_LIMIT,
      locale: options.locale ?? 'en',
      where: ({ rels }) => [`v."version_workflow_state" = 'inReview'`, ...clinical, `NOT ${authoredBy(rels, user.id)}`],
    })
    return { ...list, widget: 'waitingForMyReview' }
  }
  return latestVersions(
    payload,
    user,
    'waitingForMyReview',
    async (type) => {
      if (!scope) return null
      const inReview: Where[] = [{ 'workflow.state': { equals: 'inReview' } }, ...clinicalWhere(scope)]
      const { docs: mine } = await payload.find({
        collection: type as CollectionSlug,
        depth: 0,
        draft: true,
        overrideAccess: false,
        pagination: false,
        select: {} as never,
        user,
        where: { and: [...inReview, { 'workflow.revisionAuthors': { contains: user.id } }] },
      })
      const excluded = (mine as Doc[]).map((d) => d.id as Id)
      return { and: [...inReview, ...(excluded.length ? [{ id: { not_in: excluded } }] : [])] }
    },
    options,
  )
}

/** Items sent back to me: changes requested on a revision I edited, with the reviewer's comment. */
export async function sentBackToMe(payload: Payload, user: TypedUser, options: WorkOptions = {}): Promise<WorkList> {
  const db = sqlFor(payload, options)
  if (db) {
    const list = await latestVersionsSQL(db, {
      limit: options.limit ?? DEFAULT_LIMIT,
      locale: options.locale ?? 'en',
      note: 'version_workflow_changes_requested',
      where: ({ rels }) => [`v."version_workflow_state" = 'changesRequested'`, authoredBy(rels, user.id)],
    })
    return { ...list, widget: 'sentBackToMe' }
  }
  return latestVersions(
    payload,
    user,
    'sentBackToMe',
    (): Where => ({ and: [{ 'workflow.state': { equals: 'changesRequested' } }, { 'workflow.revisionAuthors': { contains: user.id } }] as Where[] }),
    { ...options, note: (doc) => ((doc.workflow as Doc | undefined)?.changesRequested as null | string) ?? null, select: { workflow: true } },
  )
}

/**
 * Items whose latest version fails the brand check in a language with an error an editor can fix.
 * The database finds the failing reports inside the stored JSON (`brandCheck.passes` is false, any
 * language) and returns only titles and reports (SQL databases: one UNION ALL statement that also
 * reads the findings inside the JSON); the "needs a medical review date" error of drafts
 * awaiting approval is then set aside (approving resolves it), so counting happens here, not in SQL.
 */
export async function failingBrandCheck(payload: Payload, user: TypedUser, options: WorkOptions = {}): Promise<WorkList> {
  const { limit = DEFAULT_LIMIT, locale = 'en' } = options
  const db = sqlFor(payload, options)
  if (db) {
    const list = await latestVersionsSQL(db, { limit, locale, where: ({ locales }) => [fixableBrandErrors(db, locales)] })
    const reports = await brandReportsSQL(db, list.items)
    const items = list.items.map((item) => {
      return { ...item, note: brandErrorsNote(reports.get(`${item.type}:${item.id}`) ?? []) }
    })
    return { items, total: list.total, widget: 'failingBrandCheck' }
  }
  const perType = await Promise.all(
    CONTENT_TYPES.map(async (type) => {
      const { docs } = await payload.find({
        collection: type as CollectionSlug,
        depth: 0,
        draft: true,
        locale: 'all' as never,
        overrideAccess: false,
        pagination: false,
        select: { adminTitle: true, brandCheck: true, title: true, updatedAt: true } as never,
        sort: '-updatedAt',
        user,
        where: { 'brandCheck.passes': { equals: false } },
      })
      return (docs as Doc[]).flatMap((doc) => {
        const note = brandErrorsNote(doc.brandCheck)
        return note ? [toItem(type, doc, locale, note)] : []
      })
    }),
  )
  return { items: newestFirst(perType, limit), total: perType.reduce((sum, items) => sum + items.length, 0), widget: 'failingBrandCheck' }
}

/** Medical reviews due within 30 days or overdue, soonest first: all for reviewers and admins, items I edited for editors. */
export async function reviewsDue(payload: Payload, user: TypedUser, { limit = DEFAULT_LIMIT }: WorkOptions = {}): Promise<WorkList> {
  const scope = reviewsDueScopeFor(rolesOf(user))
  if (!scope) return { items: [], total: 0, widget: 'reviewsDue' }
  const and: Where[] = [{ status: { in: ['reviewDueSoon', 'reviewOverdue'] } }]
  if (scope === 'mine') and.push({ editors: { contains: user.id } })
  const { docs, totalDocs } = await payload.find({
    collection: 'review-schedule',
    depth: 0,
    limit,
    overrideAccess: false,
    select: { itemId: true, itemTitle: true, itemType: true, nextReviewDue: true, status: true, updatedAt: true },
    sort: 'nextReviewDue',
    user,
    where: { and },
  })
  return {
    items: docs.map((d) => ({
      dueAt: d.nextReviewDue ?? null,
      id: String(d.itemId),
      note: d.status === 'reviewOverdue' ? 'overdue' : 'due soon',
      title: d.itemTitle ?? '(untitled)',
      type: d.itemType as ContentType,
      updatedAt: String(d.updatedAt ?? ''),
    })),
    total: totalDocs,
    widget: 'reviewsDue',
  }
}

export const WORK_DATA: Record<WorkWidget, (payload: Payload, user: TypedUser, options?: WorkOptions) => Promise<WorkList>> = {
  failingBrandCheck,
  reviewsDue,
  sentBackToMe,
  waitingForMyReview,
}
