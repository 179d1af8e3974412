import type { CollectionAfterChangeHook } from 'payload'

import type { ContentEvent } from '../../payload-types'
import { queueDispatch } from './dispatch'
import { matchesSubscription } from './filters'
import { itemKeyOf, messageTypeOf, newMessageId } from './message'

/**
 * When a content event is recorded, owes one delivery to every enabled webhook whose events and
 * filters match, and queues the dispatcher. Runs in the event's transaction (`req`), so a change
 * that went live always has its deliveries: none is lost if the server stops before sending.
 */
export const queueWebhookDeliveries: CollectionAfterChangeHook<ContentEvent> = async ({ doc, operation, req }) => {
  if (operation !== 'create') return doc
  const { docs: webhooks } = await req.payload.find({
    collection: 'webhooks',
    depth: 0,
    overrideAccess: true,
    pagination: false,
    req,
    where: { enabled: { equals: true } },
  })
  const matching = webhooks.filter((webhook) => matchesSubscription(webhook, doc))
  if (matching.length === 0) return doc

  for (const webhook of matching) {
    await req.payload.create({
      collection: 'webhook-deliveries',
      data: {
        attempts: 0,
        event: doc.id,
        itemKey: itemKeyOf(doc),
        messageId: newMessageId(),
        messageType: messageTypeOf(doc)!,
        nextAttemptAt: new Date().toISOString(),
        status: 'pending',
        webhook: webhook.id,
      },
      depth: 0,
      overrideAccess: true,
      req,
    })
  }
  await queueDispatch(req.payload, { req })
  return doc
}
