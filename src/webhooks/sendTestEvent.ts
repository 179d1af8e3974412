import type { Endpoint } from 'payload'
import { APIError, Forbidden, NotFound } from 'payload'

import { hasRole } from '../access/roles'
import { recordOutcome } from './dispatch'
import { TEST_MESSAGE_TYPE } from './events'
import { newMessageId, TEST_ITEM_KEY, testMessage } from './message'
import { sendWebhook } from './send'

/**
 * `POST /api/webhooks/:id/test` (admins): sends a signed `webhook.test` message now, logs it as a
 * delivery and answers with what the receiver said. Works on paused webhooks too, to try them first.
 */
export const sendTestEventEndpoint: Endpoint = {
  handler: async (req) => {
    if (!hasRole(req.user, 'admin')) throw new Forbidden(req.t)
    const id = req.routeParams?.id as number | string | undefined
    if (id === undefined) throw new APIError('Missing webhook id.', 400, null, true)
    const webhook = await req.payload.findByID({ collection: 'webhooks', depth: 0, disableErrors: true, id, overrideAccess: true })
    if (!webhook) throw new NotFound(req.t)

    const now = new Date()
    const messageId = newMessageId()
    const delivery = await req.payload.create({
      collection: 'webhook-deliveries',
      data: { attempts: 1, itemKey: TEST_ITEM_KEY, lastAttemptAt: now.toISOString(), messageId, messageType: TEST_MESSAGE_TYPE, status: 'pending', webhook: webhook.id },
      depth: 0,
      overrideAccess: true,
    })
    const outcome = await sendWebhook({ body: JSON.stringify(testMessage(webhook, now)), messageId, secret: webhook.secret ?? '', url: webhook.url })
    await recordOutcome(req.payload, delivery, outcome, new Date(), { retry: false })
    return Response.json({
      delivered: outcome.ok,
      deliveryId: delivery.id,
      error: outcome.ok ? null : outcome.error,
      messageId,
      statusCode: outcome.statusCode ?? null,
    })
  },
  method: 'post',
  path: '/:id/test',
}
