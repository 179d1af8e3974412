/** One approval on record, reduced to what the requirement needs. */
export interface ApprovalRecord {
  reviewerId: string
  contentHash: string
  /** Approved by a medical reviewer (or an admin's recorded override): counts as a clinical sign-off. */
  clinicalSignOff: boolean
  at: string
}

export interface ApprovalRequirement {
  clinical: boolean
  /** The guidelines' number of clinical approvals (default 1; Krames-style 2). */
  requiredClinicalApprovals: number
  /** Approvals before this time do not count (a later request for changes voids them). */
  notBefore?: null | string
}

export interface ApprovalStatus {
  satisfied: boolean
  have: number
  need: number
  /** The approvals that count for the given content, oldest first. */
  covering: ApprovalRecord[]
}

export const DEFAULT_REQUIRED_CLINICAL_APPROVALS = 1

/**
 * Whether the approvals on record cover exactly `contentHash`: clinical items need that many distinct
 * medical reviewers, other items one approval from any reviewer. Approvals of earlier content never count.
 */
export function approvalStatus(approvals: readonly ApprovalRecord[], contentHash: string, { clinical, notBefore, requiredClinicalApprovals }: ApprovalRequirement): ApprovalStatus {
  const need = clinical ? Math.max(1, requiredClinicalApprovals) : 1
  const byReviewer = new Map<string, ApprovalRecord>()
  for (const a of [...approvals].sort((x, y) => x.at.localeCompare(y.at))) {
    if (a.contentHash !== contentHash) continue
    if (notBefore && a.at < notBefore) continue
    if (clinical && !a.clinicalSignOff) continue
    if (!byReviewer.has(a.reviewerId)) byReviewer.set(a.reviewerId, a)
  }
  const covering = [...byReviewer.values()]
  return { covering, have: covering.length, need, satisfied: covering.length >= need }
}
