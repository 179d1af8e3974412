import type { Payload, PayloadRequest } from 'payload'
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
 *
 * Payload runs no collection hooks when it queues a job (unless `jobs.runHooks`, which changes how the
 * runner writes every job), so the jobs API's `queue` is wrapped once at start-up instead.
 */
export function auditScheduledPublishes(payload: Payload): void {
  const queue = payload.jobs.queue.bind(payload.jobs) as (args: QueueArgs) => Promise<unknown>
  const wrapped = async (args: QueueArgs) => {
    const job = await queue(args)
    if (args.task === 'schedulePublish') await recordSchedule(payload, args).catch((error: unknown) => payload.logger.error({ err: error, msg: 'Scheduled publish could not be audited.' }))
    return job
  }
  ;(payload.jobs as { queue: unknown }).queue = wrapped
}

type QueueArgs = { input?: unknown; req?: PayloadRequest; task?: string; waitUntil?: Date }

async function recordSchedule(payload: Payload, args: QueueArgs) {
  const input = (args.input ?? {}) as ScheduleInput
  const type = input.doc?.relationTo
  if (!type || !isContentType(type)) return
  let req = args.req
  if (!req?.user && input.user?.relationTo === 'users' && input.user.value !== undefined) {
    const user = await payload.findByID({ collection: 'users', depth: 0, disableErrors: true, id: input.user.value, overrideAccess: true })
    if (user) req = await createLocalReq({ user: { ...user, collection: 'users' } as never }, payload)
  }
  await recordAudit(req ?? (await createLocalReq({}, payload)), {
    action: 'schedule',
    collection: type,
    details: { type: input.type ?? 'publish', waitUntil: args.waitUntil ? new Date(args.waitUntil).toISOString() : null },
    itemId: input.doc?.value ?? null,
  })
}
