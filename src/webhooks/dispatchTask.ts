import type { TaskConfig } from 'payload'

import { DISPATCH_TASK, dispatchWebhookDeliveries, queueDispatch } from './dispatch'

/** Delivered and abandoned deliveries are kept in the log this long. */
const LOG_RETENTION_MS = 30 * 24 * 60 * 60 * 1000

/**
 * Sends due webhook deliveries, then queues itself for the next retry. Every server's jobs
 * autorun (each minute) picks it up, so retries are at most a minute late.
 */
export const DispatchWebhooks: TaskConfig<'dispatchWebhooks'> = {
  slug: DISPATCH_TASK,
  handler: async ({ req }) => {
    const { payload } = req
    const { delivered, failed, gaveUp, nextDueAt } = await dispatchWebhookDeliveries(payload)
    if (nextDueAt) await queueDispatch(payload, { at: nextDueAt })
    await payload.delete({
      collection: 'webhook-deliveries',
      overrideAccess: true,
      where: { and: [{ status: { in: ['delivered', 'gave-up'] } }, { updatedAt: { less_than: new Date(Date.now() - LOG_RETENTION_MS).toISOString() } }] },
    })
    return { output: { delivered, failed, gaveUp } }
  },
  inputSchema: [],
  outputSchema: [
    { name: 'delivered', type: 'number' },
    { name: 'failed', type: 'number' },
    { name: 'gaveUp', type: 'number' },
  ],
  // A database hiccup must not strand pending deliveries; re-running is safe (each delivery is claimed once).
  retries: { attempts: 5, backoff: { delay: 10_000, type: 'exponential' } },
}
