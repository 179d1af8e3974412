/**
 * Manual redirects (old website addresses after a migration) from Payload's redirects plugin: `from` an old path,
 * `to` a content item (followed to its current address) or a URL. Delivery answers them (see ./lookup.ts).
 */
import { redirectsPlugin } from '@payloadcms/plugin-redirects'
import type { FieldHook, Plugin } from 'payload'

import { anyone } from '../access/anyone'
import { editors } from '../access/editors'
import { CONTENT_TYPES } from '../taxonomy/contentTypes'
import { checkLinkField } from '../validation/safeUrl'
import { redirectLookupEndpoint } from './lookup'
import { normalizeRedirectPath } from './paths'

const normalizeFrom: FieldHook = ({ value }) => (typeof value === 'string' && value.trim() ? normalizeRedirectPath(value) : value)

export const manualRedirects: Plugin = redirectsPlugin({
  collections: [...CONTENT_TYPES],
  overrides: {
    access: { create: editors, delete: editors, read: anyone, update: editors },
    // Delivery answers redirects (`redirect(from:)`, GET /api/redirects); staff edit them in the admin.
    graphQL: false,
    endpoints: [redirectLookupEndpoint],
    admin: { description: 'Old website addresses that should lead to a content item or another address (301 unless chosen otherwise).', group: 'Content' },
    fields: ({ defaultFields }) =>
      defaultFields.map((field) => {
        if ('name' in field && field.name === 'from') {
          return {
            ...field,
            admin: { description: 'The old path, e.g. /patients/diabetes-guide.html (a full address is reduced to its path).' },
            hooks: { beforeValidate: [normalizeFrom] },
            validate: (value: unknown) => (typeof value === 'string' && value.startsWith('/') ? true : 'Give the old address as a path starting with "/", e.g. /old/page.html.'),
          } as never
        }
        if ('name' in field && field.name === 'to' && field.type === 'group') {
          return {
            ...field,
            fields: field.fields.map((sub) =>
              'name' in sub && sub.name === 'url'
                ? { ...sub, validate: (value: unknown, options: { siblingData?: { type?: string } }) => options.siblingData?.type !== 'custom' || checkLinkField(value, 'The redirect URL') }
                : sub,
            ),
          } as never
        }
        return field
      }),
  },
  redirectTypes: ['301', '302'],
  redirectTypeFieldOverride: { defaultValue: '301' },
})
