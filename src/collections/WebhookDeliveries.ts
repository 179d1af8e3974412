import type { CollectionConfig } from 'payload'

import { admins } from '../access/admins'
import { DELIVERY_STATUSES, MESSAGE_TYPES } from '../webhooks/events'

const never = () => false

/**
 * One row per message per webhook: status, attempts and the next retry. Written only by the
 * dispatcher; no payload is stored (it is rebuilt from the content event on each attempt).
 */
export const WebhookDeliveries: CollectionConfig<'webhook-deliveries'> = {
  slug: 'webhook-deliveries',
  access: { create: never, delete: never, read: admins, update: never },
  admin: {
    defaultColumns: ['itemKey', 'messageType', 'webhook', 'status', 'attempts', 'lastStatusCode', 'nextAttemptAt', 'createdAt'],
    description: 'Webhook delivery log. Failed deliveries are retried with backoff for 24 hours, then marked "gave up". Read-only.',
    group: 'Settings',
    useAsTitle: 'itemKey',
  },
  defaultSort: '-createdAt',
  fields: [
    { name: 'webhook', type: 'relationship', index: true, relationTo: 'webhooks', required: true },
    { name: 'event', type: 'relationship', admin: { description: 'The content event sent; empty for test events.' }, relationTo: 'content-events' },
    { name: 'messageType', type: 'select', options: [...MESSAGE_TYPES], required: true },
    { name: 'purgeKeys', type: 'json', admin: { description: 'cache.purge: the surrogate keys the change can alter.' } },
    { name: 'itemKey', type: 'text', admin: { description: 'type/id of the item; messages for one item are delivered in order.' }, index: true, required: true },
    { name: 'status', type: 'select', defaultValue: 'pending', index: true, options: [...DELIVERY_STATUSES], required: true },
    { name: 'attempts', type: 'number', defaultValue: 0, min: 0, required: true },
    { name: 'nextAttemptAt', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } }, index: true },
    { name: 'lastAttemptAt', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'lastStatusCode', type: 'number', admin: { description: "The receiver's last HTTP status." } },
    { name: 'lastError', type: 'text', admin: { description: 'Why the last attempt failed (never the message itself).' } },
    { name: 'deliveredAt', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'messageId', type: 'text', admin: { description: 'webhook-id header: the same on every retry, so receivers can de-duplicate.' }, required: true, unique: true },
  ],
  timestamps: true,
}
