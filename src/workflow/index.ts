/** The review workflow's rules: pure functions over plain data, enforced by the glue in src/workflowGate. */
export { REVIEW_ACTS, WORKFLOW_ACTIONS, isReviewAct, type ReviewAct, type WorkflowAction } from './actions'
export { DEFAULT_REQUIRED_CLINICAL_APPROVALS, approvalStatus, type ApprovalRecord, type ApprovalRequirement, type ApprovalStatus } from './approvals'
export {
  DEFAULT_OVERDUE_POLICY,
  DUE_SOON_DAYS,
  OVERDUE_POLICIES,
  REVIEW_STATUSES,
  reviewStatusAt,
  type OverduePolicy,
  type ReviewStatus,
} from './lifecycle'
export { WORKFLOW_ACCESS, decide, describe, type Decision, type DecisionContext } from './policy'
export { REVIEWED_FIELDS, contentHash, isClinical, reviewedContent, snippetIdsIn, type ResolvedSnippets, type ReviewedType } from './reviewedContent'
export { WORKFLOW_STATES, WORKFLOW_STATE_VALUES, workflowStateLabel, type WorkflowState } from './states'
export { stateAfterAct, stateAfterSave, type SaveTransition } from './transitions'
