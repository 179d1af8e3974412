import type { CollectionConfig } from 'payload'

import { auditReaders, nobody } from './access'
import { AUDIT_ACTIONS, AUDIT_ACTOR_TYPES } from './actions'
import { exportAuditLogEndpoint } from './exportEndpoint'
import { appendOnly } from '../hooks/appendOnly'
import { AUDIT_LOG_SLUG } from './recordAudit'

/**
 * Append-only record of who did what to which item, and when: content actions, reviews, role
 * changes, guideline changes, API clients. Field names are recorded, never field values of users
 * or API clients. Written only by `recordAudit`; nobody can change or delete an entry.
 */
export const AuditLog: CollectionConfig<'audit-log'> = {
  slug: AUDIT_LOG_SLUG,
  access: { create: nobody, delete: nobody, read: auditReaders, update: nobody },
  admin: {
    defaultColumns: ['at', 'action', 'actorLabel', 'collection', 'itemId', 'changedFields'],
    description: 'Who did what, and when. Read-only: entries can never be changed or deleted. Admins export a date range as CSV: GET /api/audit-log/export.csv?from=YYYY-MM-DD&to=YYYY-MM-DD.',
    group: 'Settings',
    useAsTitle: 'action',
  },
  defaultSort: '-at',
  // A duplicate would be a forged entry.
  disableDuplicate: true,
  endpoints: [exportAuditLogEndpoint],
  fields: [
    { name: 'at', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } }, index: true, required: true },
    { name: 'action', type: 'select', index: true, options: [...AUDIT_ACTIONS], required: true },
    { name: 'actorType', type: 'select', options: [...AUDIT_ACTOR_TYPES], required: true },
    { name: 'actorUser', type: 'relationship', relationTo: 'users' },
    { name: 'actorApiClient', type: 'relationship', relationTo: 'api-clients' },
    {
      name: 'actorLabel',
      type: 'text',
      admin: { description: 'Staff email or API client name at the time; stays when the account is deleted.' },
    },
    {
      name: 'adminOverride',
      type: 'checkbox',
      admin: { description: 'An admin did something their other roles would not allow.' },
      defaultValue: false,
    },
    { name: 'collection', type: 'text', admin: { description: 'Collection (or global) slug.' }, required: true },
    { name: 'itemId', type: 'text', index: true },
    { name: 'versionId', type: 'text' },
    { name: 'changedFields', type: 'text', admin: { description: 'Names of the changed fields, never their values.' }, hasMany: true },
    { name: 'comment', type: 'textarea', admin: { description: 'Reviewer comment, e.g. when changes are requested.' } },
    { name: 'details', type: 'json', admin: { description: 'Small extra facts about the action (no patient data).' } },
  ],
  graphQL: { pluralName: 'AuditLogs', singularName: 'AuditLog' },
  hooks: { beforeOperation: [appendOnly('The audit log is append-only: entries cannot be changed or deleted, by anyone.')] },
  indexes: [{ fields: ['collection', 'itemId'] }],
  labels: { plural: 'Audit log', singular: 'Audit entry' },
  timestamps: true,
}
