import { reviewDue } from '../../clinical/reviewDue'
import { defineRule } from '../rule'

const DAY_MS = 86_400_000
const isoDay = (date: Date): string => date.toISOString().slice(0, 10)

export const medicalReviewFreshness = defineRule({
  id: 'medicalReviewFreshness',
  label: 'Medical review freshness',
  description: 'Clinical content has a medical review no older than the configured number of months.',
  defaultSeverity: 'error',
  check(input, settings, { now }) {
    if (!input.clinical) return []
    const path = 'medicalReviewedAt'
    const { maxAgeMonths } = settings.medicalReview
    if (!input.medicalReviewedAt)
      return [{ path, message: 'Clinical content needs a medical review date; have a clinician review it and record the date' }]
    const reviewed = new Date(input.medicalReviewedAt)
    if (Number.isNaN(reviewed.getTime()))
      return [{ path, text: input.medicalReviewedAt, message: `Medical review date '${input.medicalReviewedAt}' is not a date; enter the day the review happened` }]
    // A day of slack absorbs time zones between the editor's browser and the server.
    if (reviewed.getTime() > now.getTime() + DAY_MS)
      return [{ path, text: input.medicalReviewedAt, message: `Medical review date ${isoDay(reviewed)} is in the future; enter the day the review happened` }]
    const due = reviewDue(reviewed, maxAgeMonths)
    if (now.getTime() <= due.getTime()) return []
    return [
      {
        path,
        text: input.medicalReviewedAt,
        message: `Medical review on ${isoDay(reviewed)} is more than ${maxAgeMonths} months old (re-review was due ${isoDay(due)}); have a clinician review this content again`,
      },
    ]
  },
})
