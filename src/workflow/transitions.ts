import type { ReviewAct } from './actions'
import type { WorkflowState } from './states'

export interface SaveTransition {
  /** The state of the latest version before this save. */
  previous: WorkflowState
  /** The reviewed content differs from the previous version's. */
  reviewedChanged: boolean
  publishing: boolean
  unpublishing: boolean
  /** The approvals on record cover the content being saved. */
  approvalsCurrent: boolean
}

/**
 * The state an ordinary save leaves the item in. Any change to reviewed content after approval (a typo
 * fix included) returns the item to review; a metadata-only change keeps an approval that still covers
 * the content.
 */
export function stateAfterSave({ approvalsCurrent, previous, publishing, reviewedChanged, unpublishing }: SaveTransition): WorkflowState {
  if (publishing) return 'published'
  if (unpublishing) return approvalsCurrent ? 'approved' : 'draft'
  if (reviewedChanged) return previous === 'approved' || previous === 'published' ? 'inReview' : previous
  if (previous === 'published' || previous === 'approved') return approvalsCurrent ? 'approved' : 'inReview'
  return previous
}

/** The state a review act leaves the item in. */
export function stateAfterAct(act: ReviewAct, previous: WorkflowState, { approvalsSatisfied }: { approvalsSatisfied: boolean }): WorkflowState {
  switch (act) {
    case 'submit':
      return 'inReview'
    case 'approve':
      return approvalsSatisfied ? 'approved' : 'inReview'
    case 'requestChanges':
      return 'changesRequested'
    case 'confirmReview':
      return previous
  }
}
