/** Where an item stands in clinical and brand sign-off. Stable machine values; labels are what editors see. */
export const WORKFLOW_STATES = [
  { label: 'Draft', value: 'draft', description: 'Being written; not yet sent for review.' },
  { label: 'In review', value: 'inReview', description: 'Waiting for the approvals it needs.' },
  { label: 'Changes requested', value: 'changesRequested', description: 'A reviewer sent it back with a comment.' },
  { label: 'Approved', value: 'approved', description: 'Approved exactly as it stands; ready to publish.' },
  { label: 'Published', value: 'published', description: 'Live, exactly as approved.' },
] as const

export type WorkflowState = (typeof WORKFLOW_STATES)[number]['value']

export const WORKFLOW_STATE_VALUES = WORKFLOW_STATES.map((s) => s.value) as readonly WorkflowState[]

export const workflowStateLabel = (state: WorkflowState): string => WORKFLOW_STATES.find((s) => s.value === state)!.label
