import type { CollectionAfterChangeHook, CollectionConfig } from 'payload'
import { createLocalReq } from 'payload'

import { recordAudit } from '../audit/recordAudit'
import { isContentType } from '../taxonomy/contentTypes'

type ScheduleInput = {
  type?: 'publish' | 'unpublish'
  doc?: { relationTo?: string; value?: number | string }
  user?: { relationTo?: string; value?: number | string }
}

/**
 * Scheduling a publish (the admin's "Schedule" button queues Payload's `schedulePublish` job) is an
 * act of its own in the audit log, by the person who scheduled it. Whether the publish is allowed is
 * decided again when the job runs: a stale approval refuses it then.
 */
const auditScheduledPublish: CollectionAfterChangeHook = async ({ doc, operation, req }) => {
  if (operation !== 'create' || doc.taskSlug !== 'schedulePublish') return doc
  const input = (doc.input ?? {}) as ScheduleInput
  const type = input.doc?.relationTo
  if (!type || !isContentType(type)) return doc
  let actorReq = req
  if (!req.user && input.user?.relationTo === 'users' && input.user.value !== undefined) {
    const user = await req.payload.findByID({ collection: 'users', depth: 0, disableErrors: true, id: input.user.value, overrideAccess: true, req })
    if (user) actorReq = await createLocalReq({ context: req.context, user: { ...user, collection: 'users' } as never }, req.payload)
  }
  await recordAudit(actorReq, {
    action: 'schedule',
    collection: type,
    details: { type: input.type ?? 'publish', waitUntil: doc.waitUntil ?? null },
    itemId: input.doc?.value ?? null,
  })
  return doc
}

/** Payload's jobs collection with the schedule audit added (needs `jobs.runHooks`). */
export const withScheduleAudit = ({ defaultJobsCollection }: { defaultJobsCollection: CollectionConfig }): CollectionConfig => ({
  ...defaultJobsCollection,
  hooks: { ...defaultJobsCollection.hooks, afterChange: [...(defaultJobsCollection.hooks?.afterChange ?? []), auditScheduledPublish] },
})
