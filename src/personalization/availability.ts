/** Whether an indexed (published) item may be served right now. */
import { DEFAULT_MAX_REVIEW_AGE_MONTHS, isReviewLapsed } from '../clinical/reviewDue'
import type { AvailabilityOptions, DeliveryItem, IndexedEntry } from './types'

const time = (iso: string | null): number => (iso ? Date.parse(iso) : Number.NaN)

/** True when the item has ended (an event whose `endsAt` is before `now`). */
export function hasEnded(item: DeliveryItem, now: Date): boolean {
  const endsAt = time(item.endsAt)
  return !Number.isNaN(endsAt) && endsAt < now.getTime()
}

/** True when a clinical item's medical review is missing, unreadable or older than `maxReviewAgeMonths`. */
export function hasLapsedReview(item: DeliveryItem, now: Date, maxReviewAgeMonths: number): boolean {
  if (!item.clinical) return false
  const reviewed = time(item.medicalReviewedAt)
  if (Number.isNaN(reviewed)) return true
  return isReviewLapsed(reviewed, maxReviewAgeMonths, now)
}

/** Ended events are never served; clinical items with a lapsed review are withheld when the hospital turns that on. */
export function isServable(item: DeliveryItem, { now, withholdLapsedReviews, maxReviewAgeMonths }: AvailabilityOptions): boolean {
  if (hasEnded(item, now)) return false
  return !(withholdLapsedReviews && hasLapsedReview(item, now, maxReviewAgeMonths))
}

/** Fills in the defaults the query functions use: withhold lapsed reviews, 24 months. */
export function availabilityFrom(options: Partial<AvailabilityOptions> & { now: Date }): AvailabilityOptions {
  return {
    now: options.now,
    withholdLapsedReviews: options.withholdLapsedReviews ?? true,
    rankLapsedLower: options.rankLapsedLower ?? false,
    maxReviewAgeMonths: options.maxReviewAgeMonths ?? DEFAULT_MAX_REVIEW_AGE_MONTHS,
  }
}

/** `isServable` on an index entry, with its dates already parsed (the hot path of every query). */
export function isServableEntry(entry: IndexedEntry, { now, withholdLapsedReviews, maxReviewAgeMonths }: AvailabilityOptions): boolean {
  if (entry.endsMs < now.getTime()) return false
  if (!withholdLapsedReviews || !entry.item.clinical) return true
  if (Number.isNaN(entry.reviewedMs)) return false
  return !isReviewLapsed(entry.reviewedMs, maxReviewAgeMonths, now)
}

/** Whether a clinical entry's medical review is missing or overdue at `now` (its dates already parsed). */
export function isLapsedEntry(entry: IndexedEntry, { now, maxReviewAgeMonths }: AvailabilityOptions): boolean {
  if (!entry.item.clinical) return false
  return Number.isNaN(entry.reviewedMs) || isReviewLapsed(entry.reviewedMs, maxReviewAgeMonths, now)
}
