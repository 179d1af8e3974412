/** What delivery does with a clinical item whose medical review is overdue. */
export const OVERDUE_POLICIES = [
  { label: 'Keep serving', value: 'keepServing' },
  { label: 'Rank lower', value: 'rankLower' },
  { label: 'Withhold', value: 'withhold' },
] as const

export type OverduePolicy = (typeof OVERDUE_POLICIES)[number]['value']

export const DEFAULT_OVERDUE_POLICY: OverduePolicy = 'withhold'

export const REVIEW_STATUSES = [
  { label: 'Current', value: 'current' },
  { label: 'Review due soon', value: 'reviewDueSoon' },
  { label: 'Review overdue', value: 'reviewOverdue' },
] as const

export type ReviewStatus = (typeof REVIEW_STATUSES)[number]['value']

/** How long before the due date reviewers and editors are told. */
export const DUE_SOON_DAYS = 30

const DAY_MS = 24 * 60 * 60 * 1000

/** Where a review stands at `now`, given its due date (a missing date is overdue: nothing proves a review). */
export function reviewStatusAt(due: Date | null, now: Date): ReviewStatus {
  if (!due || Number.isNaN(due.getTime())) return 'reviewOverdue'
  if (due.getTime() < now.getTime()) return 'reviewOverdue'
  if (due.getTime() - now.getTime() <= DUE_SOON_DAYS * DAY_MS) return 'reviewDueSoon'
  return 'current'
}
