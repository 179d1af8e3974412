import type { CollectionConfig } from 'payload'

import { admins } from '../access/admins'
import { CONTENT_EVENT_ACTIONS } from '../taxonomy/contentEvents'
import { CONTENT_TYPES } from '../taxonomy/contentTypes'
import { JOURNEY_STAGES } from '../taxonomy/journeyStages'
import { checkProgramsUsingContent } from '../programs/payload/breakage'
import { PROGRAM_EVENT_TYPE, PROGRAM_INTEGRITY_ACTIONS } from '../programs/events'
import { queueWebhookDeliveries } from '../webhooks/fanOut'

/**
 * Append-only log of changes to what is live: published, updated (published text changed),
 * unpublished, deleted; for programs also broken and repaired. Every Carepath instance polls it to keep its delivery index current, the
 * feed reads tombstones from it, and webhooks are sent from it. Written only by server hooks.
 */
export const ContentEvents: CollectionConfig<'content-events'> = {
  slug: 'content-events',
  access: { create: () => false, delete: () => false, read: admins, update: () => false },
  admin: {
    defaultColumns: ['action', 'type', 'title', 'at'],
    description: 'What went live or stopped being live, and when. Read-only.',
    group: 'Settings',
    useAsTitle: 'title',
  },
  defaultSort: '-at',
  fields: [
    { name: 'action', type: 'select', index: true, options: [...CONTENT_EVENT_ACTIONS, ...PROGRAM_INTEGRITY_ACTIONS], required: true },
    { name: 'type', type: 'select', index: true, options: [...CONTENT_TYPES, PROGRAM_EVENT_TYPE], required: true },
    { name: 'docId', type: 'text', index: true, required: true },
    { name: 'slug', type: 'text' },
    { name: 'title', type: 'text' },
    { name: 'stages', type: 'select', hasMany: true, options: JOURNEY_STAGES.map(({ label, value }) => ({ label, value })) },
    { name: 'segments', type: 'text', admin: { description: 'Segment slugs at the time of the event.' }, hasMany: true },
    { name: 'docUpdatedAt', type: 'date', admin: { description: 'updatedAt of the live document (detects edits).' } },
    { name: 'detail', type: 'json', admin: { description: 'Programs: the broken steps (track, step, day, channel, reason).' } },
    { name: 'at', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } }, index: true, required: true },
  ],
  hooks: { afterChange: [queueWebhookDeliveries, checkProgramsUsingContent] },
  timestamps: true,
}
