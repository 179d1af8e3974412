import type { ArrayField } from 'payload'

import { contentEditor } from './contentEditor'

/**
 * Versions of the same item written for specific segments (e.g. for Spanish-speaking new moms).
 * Delivery serves a variant instead of the main text when the request's segment matches.
 */
export const variantsField = (): ArrayField => ({
  name: 'variants',
  type: 'array',
  admin: {
    description: 'Optional rewrites for specific audiences. Empty fields fall back to the main text.',
    initCollapsed: true,
  },
  fields: [
    {
      name: 'segments',
      type: 'relationship',
      admin: { description: 'Serve this variant to these segments.' },
      hasMany: true,
      relationTo: 'segments',
      required: true,
    },
    { name: 'title', type: 'text', localized: true },
    { name: 'summary', type: 'textarea', localized: true, maxLength: 300 },
    { name: 'body', type: 'richText', editor: contentEditor(), localized: true },
  ],
  labels: { plural: 'Segment variants', singular: 'Segment variant' },
})
