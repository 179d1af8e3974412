import type { Payload, PayloadRequest, Where } from 'payload'

import type { ContentEvent, Webhook, WebhookDelivery } from '../../payload-types'
import { claimOnce } from '../jobs/lease'
import { idOf, type Id } from '../utilities/idOf'
import { decideRetry, parseRetryAfterMs } from './backoff'
import { CACHE_PURGE_MESSAGE_TYPE, OPEN_STATUSES, TEST_MESSAGE_TYPE } from './events'
import { cachePurgeMessage, eventMessage, type ContentEventRecord } from './message'
import { sendWebhook, type SendOutcome } from './send'

export const DISPATCH_TASK = 'dispatchWebhooks' as const

/** A claimed delivery is not picked up again for this long, in case the worker dies mid-send. */
const CLAIM_LEASE_MS = 2 * 60 * 1000
const BATCH = 200

export interface DispatchOptions {
  /** The scheduling clock; tests move it forward instead of waiting. */
  clock?: () => Date
  fetchImpl?: typeof fetch
  limit?: number
  timeoutMs?: number
}

export interface DispatchSummary {
  delivered: number
  failed: number
  gaveUp: number
  /** Earliest retry still owed to an enabled webhook, if any. */
  nextDueAt: Date | null
}

const groupKey = (d: WebhookDelivery) => `${String(idOf(d.webhook))}|${d.itemKey}`

/** Delivery order: creation time, then id (ids increase on SQL engines and with Mongo ObjectIds). */
function compareDeliveries(a: WebhookDelivery, b: WebhookDelivery): number {
  const byTime = Date.parse(a.createdAt) - Date.parse(b.createdAt)
  if (byTime !== 0) return byTime
  const [x, y] = [a.id as Id, b.id as Id]
  return typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y))
}

const openContentDeliveries = (extra: Where[]): Where => ({
  and: [{ status: { in: OPEN_STATUSES } }, { messageType: { not_equals: TEST_MESSAGE_TYPE } }, ...extra],
})

/**
 * Records the outcome of one attempt (already counted by `claim`): delivered, retry later with
 * backoff, or give up after the last attempt.
 */
export async function recordOutcome(
  payload: Payload,
  delivery: Pick<WebhookDelivery, 'attempts' | 'id'>,
  outcome: SendOutcome,
  now: Date,
  { giveUp = false, retry = true }: { giveUp?: boolean; retry?: boolean } = {},
): Promise<WebhookDelivery['status']> {
  let data: Partial<WebhookDelivery>
  if (outcome.ok) {
    data = { deliveredAt: now.toISOString(), lastError: null, lastStatusCode: outcome.statusCode, nextAttemptAt: null, status: 'delivered' }
  } else {
    const decision = giveUp ? { giveUp: true as const } : decideRetry({ attempts: delivery.attempts, now, retryAfterMs: parseRetryAfterMs(outcome.retryAfter, now) })
    data = {
      lastError: outcome.error,
      lastStatusCode: outcome.statusCode ?? null,
      // A one-off attempt (the test event) stays "failed" with nothing scheduled.
      nextAttemptAt: decision.giveUp || !retry ? null : decision.nextAttemptAt.toISOString(),
      status: decision.giveUp ? 'gave-up' : 'failed',
    }
  }
  await payload.update({ collection: 'webhook-deliveries', data, depth: 0, id: delivery.id, overrideAccess: true })
  return data.status!
}

/**
 * Counts an attempt and leases the delivery, unless another worker claimed this attempt or changed it since it
 * was read. Together with the stable webhook-id this makes delivery at-least-once, never silently lost, and
 * never sent twice by two workers at once.
 */
async function claim(payload: Payload, delivery: WebhookDelivery, now: Date): Promise<WebhookDelivery | undefined> {
  // Two workers can read the same due delivery; only one may send this attempt (the update below is not atomic).
  if (!(await claimOnce(payload, `webhook-delivery:${delivery.id}:${delivery.attempts}`, CLAIM_LEASE_MS, now))) return undefined
  const { docs } = await payload.update({
    collection: 'webhook-deliveries',
    data: { attempts: delivery.attempts + 1, lastAttemptAt: now.toISOString(), nextAttemptAt: new Date(now.getTime() + CLAIM_LEASE_MS).toISOString() },
    depth: 0,
    overrideAccess: true,
    where: { and: [{ id: { equals: delivery.id } }, { status: { in: OPEN_STATUSES } }, { attempts: { equals: delivery.attempts } }] },
  })
  return docs[0] as WebhookDelivery | undefined
}

/**
 * Sends every due delivery, oldest first. A delivery waits while an earlier one for the same
 * webhook and item is still owed, so each receiver sees an item's events in order. After a failure
 * a webhook gets no more attempts in this run (its other items stay due for the next run); once a
 * failing receiver answers again, everything it is owed is sent at once instead of at its backoff time.
 */
export async function dispatchWebhookDeliveries(payload: Payload, options: DispatchOptions = {}): Promise<DispatchSummary> {
  const { clock = () => new Date() } = options
  const summary: DispatchSummary = { delivered: 0, failed: 0, gaveUp: 0, nextDueAt: null }

  const { docs: webhooks } = await payload.find({ collection: 'webhooks', depth: 0, overrideAccess: true, pagination: false, where: { enabled: { equals: true } } })
  const enabled = new Map<string, Webhook>(webhooks.map((w) => [String(w.id), w]))
  if (enabled.size === 0) return summary

  for (let pass = 0; pass < 5; pass += 1) {
    const recovered = await dispatchPass(payload, enabled, { ...options, clock }, summary)
    if (recovered.length === 0) break
    const now = clock().toISOString()
    await payload.update({
      collection: 'webhook-deliveries',
      data: { nextAttemptAt: now },
      depth: 0,
      overrideAccess: true,
      where: openContentDeliveries([{ webhook: { in: recovered } }, { nextAttemptAt: { greater_than: now } }]),
    })
  }

  const next = await payload.find({
    collection: 'webhook-deliveries',
    depth: 0,
    limit: 1,
    overrideAccess: true,
    sort: 'nextAttemptAt',
    where: openContentDeliveries([{ webhook: { in: [...enabled.keys()] } }, { nextAttemptAt: { exists: true } }]),
  })
  const nextAt = next.docs[0]?.nextAttemptAt
  summary.nextDueAt = nextAt ? new Date(nextAt) : null
  return summary
}

/** One pass over what is due now; returns the webhooks that answered again after failing. */
async function dispatchPass(
  payload: Payload,
  enabled: Map<string, Webhook>,
  { clock, fetchImpl, limit = BATCH, timeoutMs }: DispatchOptions & { clock: () => Date },
  summary: DispatchSummary,
): Promise<Id[]> {
  const due = await payload.find({
    collection: 'webhook-deliveries',
    depth: 0,
    limit,
    overrideAccess: true,
    sort: ['createdAt', 'id'],
    where: openContentDeliveries([{ webhook: { in: [...enabled.keys()] } }, { nextAttemptAt: { less_than_equal: clock().toISOString() } }]),
  })
  if (due.docs.length === 0) return []

  // Everything still owed for the same (webhook, item) pairs: only the oldest of each may go.
  const wanted = new Set(due.docs.map(groupKey))
  const owed = await payload.find({
    collection: 'webhook-deliveries',
    depth: 0,
    overrideAccess: true,
    pagination: false,
    sort: ['createdAt', 'id'],
    where: openContentDeliveries([
      { webhook: { in: [...new Set(due.docs.map((d) => idOf(d.webhook)))] } },
      { itemKey: { in: [...new Set(due.docs.map((d) => d.itemKey))] } },
    ]),
  })
  const queues = new Map<string, WebhookDelivery[]>()
  for (const delivery of [...owed.docs].sort(compareDeliveries)) {
    const key = groupKey(delivery)
    if (wanted.has(key)) queues.set(key, [...(queues.get(key) ?? []), delivery])
  }

  const eventIds = [...new Set([...queues.values()].flat().map((d) => idOf(d.event)).filter((id): id is Id => id !== undefined && id !== null))]
  const { docs: events } = await payload.find({ collection: 'content-events', depth: 0, overrideAccess: true, pagination: false, where: { id: { in: eventIds } } })
  const eventsById = new Map<string, ContentEvent>(events.map((e) => [String(e.id), e]))

  // Receivers are independent: one that times out does not hold up the others.
  const byWebhook = new Map<string, WebhookDelivery[][]>()
  for (const queue of queues.values()) {
    const webhookId = String(idOf(queue[0]!.webhook))
    byWebhook.set(webhookId, [...(byWebhook.get(webhookId) ?? []), queue])
  }
  const recovered: Id[] = []
  await Promise.all(
    [...byWebhook].map(async ([webhookId, itemQueues]) => {
      const webhook = enabled.get(webhookId)!
      for (const queue of itemQueues.sort((a, b) => compareDeliveries(a[0]!, b[0]!))) {
        for (const delivery of queue) {
          const now = clock()
          if (!delivery.nextAttemptAt || Date.parse(delivery.nextAttemptAt) > now.getTime()) break
          const claimed = await claim(payload, delivery, now)
          if (!claimed) break
          const event = eventsById.get(String(idOf(delivery.event)))
          const outcome: SendOutcome = event
            ? await sendWebhook({
                body: JSON.stringify(
                  delivery.messageType === CACHE_PURGE_MESSAGE_TYPE
                    ? cachePurgeMessage(event as ContentEventRecord, (delivery.purgeKeys as string[] | null) ?? [])
                    : eventMessage(event as never),
                ),
                fetchImpl,
                messageId: delivery.messageId,
                secret: webhook.secret ?? '',
                timeoutMs,
                url: webhook.url,
              })
            : { error: 'The content event no longer exists', ok: false }
          const status = await recordOutcome(payload, claimed, outcome, clock(), { giveUp: !event })
          if (status === 'delivered') {
            summary.delivered += 1
            if (claimed.attempts > 1 && !recovered.includes(webhook.id)) recovered.push(webhook.id)
            continue
          }
          if (status === 'gave-up') summary.gaveUp += 1
          else summary.failed += 1
          if (event) return // this receiver is failing: its other items wait for their next run
        }
      }
    }),
  )
  return recovered
}

/**
 * Makes sure a dispatcher job is queued to run at `at` (default: now), unless one already waits
 * to run by then. Duplicate jobs are harmless; this only keeps the queue short.
 */
export async function queueDispatch(payload: Payload, { at, req }: { at?: Date; req?: PayloadRequest } = {}) {
  const when = at && at.getTime() > Date.now() ? at : undefined
  const waiting = await payload.count({
    collection: 'payload-jobs',
    overrideAccess: true,
    req,
    where: {
      and: [
        { taskSlug: { equals: DISPATCH_TASK } },
        { completedAt: { exists: false } },
        { processing: { equals: false } },
        { hasError: { not_equals: true } },
        { or: [{ waitUntil: { exists: false } }, { waitUntil: { less_than_equal: (when ?? new Date()).toISOString() } }] },
      ],
    },
  })
  if (waiting.totalDocs > 0) return
  await payload.jobs.queue({ input: {}, req, task: DISPATCH_TASK, ...(when ? { waitUntil: when } : {}) })
}
