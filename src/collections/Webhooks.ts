import type { CollectionBeforeDeleteHook, CollectionConfig } from 'payload'

import { admins, adminsFieldLevel } from '../access/admins'
import { PROGRAM_WEBHOOK_EVENTS } from '../programs/events'
import { CONTENT_EVENTS } from '../taxonomy/contentEvents'
import { CONTENT_TYPES } from '../taxonomy/contentTypes'
import { JOURNEY_STAGES } from '../taxonomy/journeyStages'
import { auditChange, auditDeletion } from '../audit/hooks'
import { checkSegmentSlugs } from '../webhooks/filters'
import { checkWebhookSecret, generateWebhookSecret } from '../webhooks/secret'
import { sendTestEventEndpoint } from '../webhooks/sendTestEvent'
import { checkWebhookAddress } from '../webhooks/checkAddress'
import { CACHE_PURGE_EVENT } from '../webhooks/events'

/** A webhook's delivery log goes with it; nothing is left that could still be sent. */
const deleteDeliveryLog: CollectionBeforeDeleteHook = async ({ id, req }) => {
  await req.payload.delete({ collection: 'webhook-deliveries', overrideAccess: true, req, where: { webhook: { equals: id } } })
}

/**
 * Systems told when content goes live or stops being live. Messages follow the Standard Webhooks
 * specification and carry content metadata only. Admins only: the secret signs every message.
 */
export const Webhooks: CollectionConfig<'webhooks'> = {
  slug: 'webhooks',
  access: { create: admins, delete: admins, read: admins, update: admins },
  admin: {
    defaultColumns: ['name', 'url', 'events', 'enabled'],
    description:
      'Systems notified when content is published, updated, unpublished or deleted. Messages are signed (Standard Webhooks) and retried with backoff for 24 hours, in order per item. Send a test event: POST /api/webhooks/{id}/test.',
    group: 'Settings',
    useAsTitle: 'name',
  },
  endpoints: [sendTestEventEndpoint],
  fields: [
    { name: 'name', type: 'text', admin: { description: 'Who receives this, e.g. "Marketing automation (Acme CRM)".' }, required: true },
    {
      name: 'url',
      type: 'text',
      admin: { description: 'https:// address that receives POSTs. http:// only for localhost while developing.' },
      required: true,
      validate: (value: null | string | undefined) => checkWebhookAddress(value),
    },
    {
      name: 'secret',
      type: 'text',
      access: { read: adminsFieldLevel, update: adminsFieldLevel },
      admin: {
        description:
          "Signing secret (whsec_…), given to the receiver to verify messages with a Standard Webhooks library. Generated when left empty; to rotate, clear it (or paste a new one) and save.",
      },
      hooks: { beforeValidate: [({ value }) => (typeof value === 'string' && value.trim() ? value.trim() : generateWebhookSecret())] },
      validate: (value: null | string | undefined) => checkWebhookSecret(value),
    },
    {
      name: 'events',
      type: 'select',
      admin: { description: 'Which changes to what is live to send.' },
      hasMany: true,
      options: [...CONTENT_EVENTS, ...PROGRAM_WEBHOOK_EVENTS, CACHE_PURGE_EVENT],
      required: true,
    },
    {
      type: 'collapsible',
      admin: { description: 'Leave a filter empty to receive everything. Items tagged with no stage or segment are for everyone and always match.' },
      fields: [
        { name: 'types', type: 'select', hasMany: true, label: 'Content types', options: [...CONTENT_TYPES] },
        { name: 'stages', type: 'select', hasMany: true, label: 'Journey stages', options: JOURNEY_STAGES.map(({ label, value }) => ({ label, value })) },
        {
          name: 'segments',
          type: 'text',
          admin: { description: "Segment slugs, e.g. 'new-moms'." },
          hasMany: true,
          label: 'Audience segments',
          validate: (value: null | string[] | undefined) => checkSegmentSlugs(value),
        },
      ],
      label: 'Filters',
    },
    {
      name: 'enabled',
      type: 'checkbox',
      admin: { description: 'Untick to pause: nothing is sent and new events are not queued; re-ticking sends what was already queued, in order.', position: 'sidebar' },
      defaultValue: true,
    },
    {
      name: 'sendTestEvent',
      type: 'ui',
      admin: { components: { Field: '/src/webhooks/admin/SendTestEventButton#SendTestEventButton' }, position: 'sidebar' },
    },
  ],
  hooks: { afterChange: [auditChange], afterDelete: [auditDeletion], beforeDelete: [deleteDeliveryLog] },
  timestamps: true,
}
