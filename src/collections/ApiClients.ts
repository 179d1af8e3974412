import type { CollectionBeforeOperationHook, CollectionConfig } from 'payload'

import { admins } from '../access/admins'
import { adminsOrThisClient } from '../access/adminsOrThisClient'
import { auditApiClientChange, auditDeletion } from '../audit/hooks'

export const API_CLIENT_KINDS = [
  { label: 'Hospital website', value: 'website' },
  { label: 'Patient portal', value: 'portal' },
  { label: 'Marketing automation', value: 'automation' },
] as const

/**
 * Disabling a client revokes its key at once: the key and its lookup index are cleared, so the
 * API-key strategy can no longer find the client. Re-enabling needs a newly generated key.
 */
const revokeKeyWhenDisabled: CollectionBeforeOperationHook<'api-clients'> = ({ args, operation }) => {
  const write = args as { data?: { apiKey?: null | string; enableAPIKey?: boolean; enabled?: boolean } }
  const writing = operation === 'update' || operation === 'updateByID' || operation === 'create'
  if (writing && write.data?.enabled === false) {
    write.data = { ...write.data, apiKey: null, enableAPIKey: false }
  }
  return args
}

/** Machine clients (website, patient portal, marketing automation): read-only, authenticated by API key. */
export const ApiClients: CollectionConfig<'api-clients'> = {
  slug: 'api-clients',
  access: {
    admin: () => false,
    create: admins,
    delete: admins,
    read: adminsOrThisClient,
    update: admins,
  },
  admin: {
    defaultColumns: ['name', 'kind', 'enabled'],
    description:
      'Systems that read published content. Clients send `Authorization: api-clients API-Key <key>`. Disabling or deleting a client revokes its key immediately.',
    group: 'Settings',
    useAsTitle: 'name',
  },
  auth: {
    disableLocalStrategy: true,
    useAPIKey: true,
  },
  fields: [
    { name: 'name', type: 'text', required: true, unique: true },
    {
      name: 'kind',
      type: 'select',
      admin: { description: 'What kind of system uses this key; delivery rules depend on it.' },
      options: [...API_CLIENT_KINDS],
      required: true,
    },
    {
      name: 'enabled',
      type: 'checkbox',
      admin: { description: 'Untick to revoke the key immediately (a new key must be generated to re-enable).' },
      defaultValue: true,
    },
    { name: 'notes', type: 'textarea', admin: { description: 'Owner and purpose, for whoever audits keys later.' } },
  ],
  hooks: {
    afterChange: [auditApiClientChange],
    afterDelete: [auditDeletion],
    beforeOperation: [revokeKeyWhenDisabled],
  },
}
