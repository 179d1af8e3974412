/**
 * When clinical content is due for its next medical review. The publish gate (brand rule medicalReviewFreshness) and
 * delivery (withholding lapsed items) both ask this module, so they never disagree about whether a review has lapsed.
 */

/** How long a medical review stays current unless the brand guidelines say otherwise. */
export const DEFAULT_MAX_REVIEW_AGE_MONTHS = 24

/** Calendar months in UTC, clamped to the month's last day (Jan 31 + 1 month = Feb 28/29). */
export function addMonthsUTC(date: Date, months: number): Date {
  const target = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + months, 1))
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate()
  target.setUTCDate(Math.min(date.getUTCDate(), lastDay))
  target.setUTCHours(date.getUTCHours(), date.getUTCMinutes(), date.getUTCSeconds(), date.getUTCMilliseconds())
  return target
}

/** The moment a review done at `reviewedAt` stops being current. */
export const reviewDue = (reviewedAt: Date | number, maxAgeMonths: number): Date => addMonthsUTC(new Date(reviewedAt), maxAgeMonths)

/** True once `now` is past the review's due date. */
export const isReviewLapsed = (reviewedAt: Date | number, maxAgeMonths: number, now: Date): boolean =>
  now.getTime() > reviewDue(reviewedAt, maxAgeMonths).getTime()
