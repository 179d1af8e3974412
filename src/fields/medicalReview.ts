import type { Field } from 'payload'

import { checkWebLinkField } from '../validation/safeUrl'

/** Clinical accuracy sign-off and the sources behind health claims. */
export const medicalReviewFields = (): Field[] => [
  {
    type: 'collapsible',
    admin: { initCollapsed: true },
    fields: [
      {
        name: 'clinical',
        type: 'checkbox',
        admin: { description: 'Clinical content must carry a current medical review before it is published.' },
        defaultValue: true,
      },
      {
        name: 'medicalReviewedAt',
        type: 'date',
        admin: { date: { pickerAppearance: 'dayOnly' }, description: 'When a clinician last confirmed this item is accurate.' },
        index: true,
      },
      { name: 'medicalReviewer', type: 'text', admin: { description: 'Name and credentials, e.g. "Maria Lopez, MD".' } },
      {
        name: 'citations',
        type: 'array',
        admin: { description: 'Sources for health claims (guidelines, studies).' },
        fields: [
          { name: 'title', type: 'text', required: true },
          { name: 'url', type: 'text', validate: (value: null | string | undefined) => checkWebLinkField(value, 'Citation URL') },
        ],
      },
    ],
    label: 'Medical review & sources',
  },
]
