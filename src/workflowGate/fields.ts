import type { Field } from 'payload'

import { adminsFieldLevel } from '../access/admins'
import { WORKFLOW_STATES } from '../workflow'

/**
 * The review state of an item's latest version, kept by the workflow on every save. Nobody types these:
 * the save hook recomputes them and refuses a typed state; they show in the sidebar and as a list column.
 */
export const workflowFields = (): Field[] => [
  {
    name: 'workflowPanel',
    type: 'ui',
    admin: { components: { Field: '/src/workflowGate/WorkflowPanel#WorkflowPanel' }, position: 'sidebar' },
  },
  {
    name: 'workflow',
    type: 'group',
    admin: { position: 'sidebar', readOnly: true },
    fields: [
      {
        name: 'state',
        type: 'select',
        admin: { description: 'Set by submitting, approving, requesting changes and publishing.' },
        defaultValue: 'draft',
        index: true,
        label: 'Review state',
        options: WORKFLOW_STATES.map(({ label, value }) => ({ label, value })),
      },
      {
        name: 'changesRequested',
        type: 'textarea',
        admin: { condition: (_, sibling) => Boolean(sibling?.changesRequested) },
        label: 'Changes requested',
      },
      { name: 'contentHash', type: 'text', admin: { hidden: true } },
      {
        name: 'revisionAuthors',
        type: 'relationship',
        admin: { description: 'Who changed the reviewed content of this revision (they cannot approve it).' },
        hasMany: true,
        relationTo: 'users',
      },
      { name: 'adminOverride', type: 'checkbox', admin: { hidden: true }, defaultValue: false },
    ],
    label: 'Review',
  },
]

/** A clinician's credentials, shown with every approval they give; required for medical reviewers. */
export const credentialsField = (): Field => ({
  name: 'credentials',
  type: 'text',
  // Credentials are vouched for by an admin, like roles.
  access: { create: adminsFieldLevel, update: adminsFieldLevel },
  admin: { description: 'Professional credentials recorded with each approval, e.g. "MD", "RN", "PharmD". Required for medical reviewers.' },
  validate: (value: null | string | undefined, { siblingData }: { siblingData: { roles?: null | string[] } }) =>
    Array.isArray(siblingData?.roles) && siblingData.roles.includes('medicalReviewer') && !value?.trim()
      ? 'Medical reviewers need credentials (e.g. MD, RN, PharmD): they are recorded with every approval.'
      : true,
})
