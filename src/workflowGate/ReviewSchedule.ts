import type { CollectionConfig } from 'payload'

import { staff } from '../access/staff'
import { CONTENT_TYPES } from '../taxonomy/contentTypes'
import { REVIEW_STATUSES } from '../workflow'

const never = () => false

/**
 * When each published clinical item is due for its next medical review, kept by the daily review
 * job and by every approval and confirmation. It never edits the content itself; reviewers and
 * editors see it on the dashboard and on the item.
 */
export const ReviewSchedule: CollectionConfig<'review-schedule'> = {
  slug: 'review-schedule',
  access: { create: never, delete: never, read: staff, update: never },
  admin: {
    defaultColumns: ['itemTitle', 'itemType', 'status', 'nextReviewDue', 'lastReviewerName'],
    description: 'Next medical review of every published clinical item. Kept by the daily review job; read-only.',
    group: 'Review',
    useAsTitle: 'itemTitle',
  },
  defaultSort: 'nextReviewDue',
  fields: [
    { name: 'itemType', type: 'select', index: true, options: [...CONTENT_TYPES], required: true },
    { name: 'itemId', type: 'text', index: true, required: true },
    { name: 'itemTitle', type: 'text' },
    { name: 'medicalReviewedAt', type: 'date' },
    { name: 'nextReviewDue', type: 'date', index: true },
    { name: 'status', type: 'select', index: true, options: REVIEW_STATUSES.map(({ label, value }) => ({ label, value })), required: true },
    { name: 'lastReviewer', type: 'relationship', relationTo: 'users' },
    { name: 'lastReviewerName', type: 'text' },
    { name: 'editors', type: 'relationship', hasMany: true, relationTo: 'users' },
    {
      name: 'notifiedStatus',
      type: 'select',
      admin: { description: 'The status reviewers and editors were last told about (each change is told once).' },
      options: REVIEW_STATUSES.map(({ label, value }) => ({ label, value })),
    },
    { name: 'notifiedAt', type: 'date' },
  ],
  indexes: [{ fields: ['itemType', 'itemId'], unique: true }],
}
