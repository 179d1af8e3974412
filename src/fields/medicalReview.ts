import type { Field } from 'payload'

import { ADMIN_DAY_FORMAT } from '../adminShell/dates'
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
        admin: {
          date: { displayFormat: ADMIN_DAY_FORMAT, pickerAppearance: 'dayOnly' },
          description: 'When a medical reviewer last approved this content or confirmed it is still accurate (recorded by the review workflow).',
          readOnly: true,
        },
        index: true,
        label: 'Medical review date',
      },
      {
        name: 'medicalReviewer',
        type: 'text',
        admin: { description: 'Name and credentials of the approving reviewer(s), recorded by the review workflow.', readOnly: true },
      },
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
