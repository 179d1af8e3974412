/** Everything a person or system can do to a content item, as the access table and the audit trail name it. */
export const WORKFLOW_ACTIONS = [
  'create',
  'saveDraft',
  'submit',
  'approve',
  'requestChanges',
  'confirmReview',
  'publish',
  'schedule',
  'unpublish',
  'delete',
] as const

export type WorkflowAction = (typeof WORKFLOW_ACTIONS)[number]

/** The review acts, taken through the workflow endpoints and mutations rather than by saving fields. */
export const REVIEW_ACTS = ['submit', 'approve', 'requestChanges', 'confirmReview'] as const satisfies readonly WorkflowAction[]

export type ReviewAct = (typeof REVIEW_ACTS)[number]

export const isReviewAct = (value: unknown): value is ReviewAct => (REVIEW_ACTS as readonly unknown[]).includes(value)
