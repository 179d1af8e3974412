import type { CollectionConfig } from 'payload'

import { staff } from '../access/staff'
import { appendOnly } from '../hooks/appendOnly'
import { ROLES } from '../access/roles'
import { CONTENT_TYPES } from '../taxonomy/contentTypes'

const never = () => false

/**
 * Every approval, request for changes and confirmation of a clinical item, with who did it, their
 * credentials at the time, and the hash of exactly the content they approved.
 */
export const ContentReviews: CollectionConfig<'content-reviews'> = {
  slug: 'content-reviews',
  access: { create: never, delete: never, read: staff, update: never },
  admin: {
    defaultColumns: ['at', 'act', 'itemTitle', 'reviewerName', 'credentials', 'adminOverride'],
    description: 'Approvals, requests for changes and confirmations, as recorded by the review workflow. Nobody can edit or delete them.',
    group: 'Review',
    useAsTitle: 'itemTitle',
  },
  defaultSort: '-at',
  fields: [
    { name: 'at', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } }, index: true, required: true },
    {
      name: 'act',
      type: 'select',
      index: true,
      options: [
        { label: 'Approved', value: 'approve' },
        { label: 'Changes requested', value: 'requestChanges' },
        { label: 'Confirmed still accurate', value: 'confirmReview' },
      ],
      required: true,
    },
    { name: 'itemType', type: 'select', options: [...CONTENT_TYPES, 'programs'], required: true },
    { name: 'itemId', type: 'text', index: true, required: true },
    { name: 'itemTitle', type: 'text' },
    { name: 'versionId', type: 'text' },
    { name: 'contentHash', type: 'text', admin: { description: 'SHA-256 of every reviewed field in every language, snippets resolved.' }, index: true, required: true },
    { name: 'reviewer', type: 'relationship', relationTo: 'users' },
    { name: 'reviewerName', type: 'text' },
    { name: 'credentials', type: 'text' },
    { name: 'reviewerRoles', type: 'select', hasMany: true, options: [...ROLES] },
    {
      name: 'clinicalSignOff',
      type: 'checkbox',
      admin: { description: 'Counts as a medical review (a medical reviewer, or an admin override).' },
      defaultValue: false,
    },
    { name: 'adminOverride', type: 'checkbox', defaultValue: false },
    { name: 'reason', type: 'select', options: [{ label: 'Clinical', value: 'clinical' }, { label: 'Brand', value: 'brand' }] },
    { name: 'comment', type: 'textarea' },
  ],
  // Review acts are evidence: written once by the workflow, never changed or removed, by anyone.
  hooks: { beforeOperation: [appendOnly('Review records are permanent: they cannot be changed or deleted.')] },
  indexes: [{ fields: ['itemType', 'itemId'] }],
}
