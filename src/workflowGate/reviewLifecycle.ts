import type { CollectionSlug, Payload, TaskConfig } from 'payload'

import { DEFAULT_MAX_REVIEW_AGE_MONTHS, reviewDue } from '../clinical/reviewDue'
import { idOf } from '../utilities/idOf'
import { CONTENT_TYPES, type ContentType } from '../taxonomy/contentTypes'
import { reviewStatusAt, type ReviewStatus } from '../workflow'

type Doc = Record<string, any>
type Id = number | string

const PAGE = 200

export interface LifecycleResult {
  checked: number
  current: number
  reviewDueSoon: number
  reviewOverdue: number
  notified: number
}

const subject: Record<Exclude<ReviewStatus, 'current'>, (title: string) => string> = {
  reviewDueSoon: (title) => `Medical review due soon: ${title}`,
  reviewOverdue: (title) => `Medical review overdue: ${title}`,
}

/** The person who signed off last (approval or confirmation) on an item, from the review records. */
async function lastSignOff(payload: Payload, type: ContentType, id: Id): Promise<{ id: Id | null; name: null | string }> {
  const { docs } = await payload.find({
    collection: 'content-reviews',
    depth: 0,
    limit: 1,
    overrideAccess: true,
    sort: '-at',
    where: { and: [{ itemType: { equals: type } }, { itemId: { equals: String(id) } }, { clinicalSignOff: { equals: true } }] },
  })
  const record = docs[0] as Doc | undefined
  return { id: idOf(record?.reviewer) ?? null, name: [record?.reviewerName, record?.credentials].filter(Boolean).join(', ') || null }
}

async function emailsOf(payload: Payload, ids: Id[]): Promise<string[]> {
  if (!ids.length) return []
  const { docs } = await payload.find({ collection: 'users', depth: 0, limit: ids.length, overrideAccess: true, pagination: false, where: { id: { in: ids } } })
  return docs.map((u) => u.email).filter(Boolean)
}

/**
 * The daily review job: for every published clinical item, when its next medical review is due
 * (approval or confirmation date + the guidelines' interval), whether that is within 30 days or
 * past, and a message to the last reviewer and the item's editors the first time either happens.
 * It never edits or deletes content: what delivery does with overdue items is the guidelines'
 * overdue policy, applied at read time. `now` is injectable so tests control the clock.
 */
export async function runReviewLifecycle(payload: Payload, { now = new Date() }: { now?: Date } = {}): Promise<LifecycleResult> {
  const guidelines = (await payload.findGlobal({ depth: 0, overrideAccess: true, slug: 'brandGuidelines' })) as Doc
  const maxAgeMonths: number = guidelines.medicalReview?.maxAgeMonths ?? DEFAULT_MAX_REVIEW_AGE_MONTHS
  const result: LifecycleResult = { checked: 0, current: 0, notified: 0, reviewDueSoon: 0, reviewOverdue: 0 }
  const seen = new Set<string>()

  for (const type of CONTENT_TYPES) {
    for (let page = 1; ; page += 1) {
      const batch = await payload.find({
        collection: type as CollectionSlug,
        depth: 0,
        draft: false,
        limit: PAGE,
        locale: 'en',
        overrideAccess: true,
        page,
        select: { adminTitle: true, clinical: true, medicalReviewedAt: true, title: true, workflow: true } as never,
        where: { and: [{ _status: { equals: 'published' } }, { clinical: { not_equals: false } }] },
      })
      for (const doc of batch.docs as Doc[]) {
        result.checked += 1
        seen.add(`${type}:${doc.id}`)
        const reviewedAt = doc.medicalReviewedAt ? new Date(doc.medicalReviewedAt) : null
        const due = reviewedAt ? reviewDue(reviewedAt, maxAgeMonths) : null
        const status = reviewStatusAt(due, now)
        result[status] += 1
        const reviewer = await lastSignOff(payload, type, doc.id)
        const editors = ((doc.workflow?.revisionAuthors ?? []) as unknown[]).map(idOf).filter((v): v is Id => v !== undefined)
        const existing = (
          await payload.find({
            collection: 'review-schedule',
            depth: 0,
            limit: 1,
            overrideAccess: true,
            where: { and: [{ itemType: { equals: type } }, { itemId: { equals: String(doc.id) } }] },
          })
        ).docs[0] as Doc | undefined
        let notifiedStatus: null | ReviewStatus = existing?.notifiedStatus ?? null
        let notifiedAt: null | string = existing?.notifiedAt ?? null
        if (status !== 'current' && notifiedStatus !== status) {
          const title = String(doc.title ?? `${type} ${doc.id}`)
          const to = await emailsOf(payload, [...new Set([...(reviewer.id !== null ? [reviewer.id] : []), ...editors])])
          if (to.length) {
            await payload.sendEmail({
              subject: subject[status](title),
              text: [
                `"${title}" ${status === 'reviewOverdue' ? 'is past' : 'is close to'} its next medical review date (${due ? due.toISOString().slice(0, 10) : 'never reviewed'}).`,
                `Last signed off by: ${reviewer.name ?? 'nobody on record'}.`,
                'A medical reviewer can confirm it is still accurate, or the editor can update it and submit it for review.',
                `Policy for overdue items: ${guidelines.medicalReview?.overduePolicy ?? 'withhold'}.`,
              ].join('\n'),
              to: to.join(', '),
            })
            result.notified += 1
          }
          notifiedStatus = status
          notifiedAt = now.toISOString()
        }
        if (status === 'current') notifiedStatus = null
        const data = {
          editors: editors as number[],
          itemId: String(doc.id),
          // Staff title: a Spanish-only item shows "(es) …" in the editors' home, not "(untitled)".
          itemTitle: [doc.adminTitle, doc.title].find((t): t is string => typeof t === 'string' && t !== '') ?? null,
          itemType: type,
          lastReviewer: reviewer.id as number | null,
          lastReviewerName: reviewer.name,
          medicalReviewedAt: reviewedAt?.toISOString() ?? null,
          nextReviewDue: due?.toISOString() ?? null,
          notifiedAt,
          notifiedStatus,
          status,
        }
        if (existing) await payload.update({ collection: 'review-schedule', data, id: existing.id, overrideAccess: true })
        else await payload.create({ collection: 'review-schedule', data, overrideAccess: true })
      }
      if (!batch.hasNextPage) break
    }
  }
  // Items no longer published or no longer clinical leave the schedule.
  const { docs: rows } = await payload.find({ collection: 'review-schedule', depth: 0, limit: 0, overrideAccess: true, pagination: false })
  const gone = (rows as Doc[]).filter((r) => !seen.has(`${r.itemType}:${r.itemId}`)).map((r) => r.id as Id)
  if (gone.length) await payload.delete({ collection: 'review-schedule', overrideAccess: true, where: { id: { in: gone } } })
  return result
}

/** Runs daily (06:00 server time) through Payload's jobs queue; `asOf` lets a test or an operator run it for another day. */
export const ReviewLifecycle: TaskConfig<'reviewLifecycle'> = {
  slug: 'reviewLifecycle',
  handler: async ({ input, req }) => {
    const asOf = (input as { asOf?: null | string } | undefined)?.asOf
    const output = await runReviewLifecycle(req.payload, { now: asOf ? new Date(asOf) : new Date() })
    return { output }
  },
  inputSchema: [{ name: 'asOf', type: 'date' }],
  outputSchema: [
    { name: 'checked', type: 'number' },
    { name: 'current', type: 'number' },
    { name: 'reviewDueSoon', type: 'number' },
    { name: 'reviewOverdue', type: 'number' },
    { name: 'notified', type: 'number' },
  ],
  retries: 2,
  schedule: [{ cron: '0 6 * * *', queue: 'default' }],
}
