import { medicalReviewFreshness } from '@/brand/rules/medicalReviewFreshness'
import { addMonthsUTC } from '@/clinical/reviewDue'

import { NOW, article, contextFor, settingsWith } from './fixtures'

// NOW is 2026-03-01T12:00Z, so with the default 24 months a review on or after 2024-03-01T12:00Z is fresh.
const check = (input: ReturnType<typeof article>, settings = settingsWith()) =>
  medicalReviewFreshness.check(input, settings, contextFor(input, settings))

const clinical = (medicalReviewedAt: string | null | undefined) => article({ clinical: true, medicalReviewedAt })

describe('medicalReviewFreshness rule', () => {
  it('passes clinical content reviewed within 24 months, up to the exact due moment', () => {
    expect(check(clinical('2025-09-15T00:00:00.000Z'))).toEqual([])
    expect(check(clinical('2024-03-01T12:00:00.000Z'))).toEqual([])
  })

  it('flags a review older than 24 months with the date it was due', () => {
    expect(check(clinical('2024-02-29'))).toEqual([
      {
        path: 'medicalReviewedAt',
        text: '2024-02-29',
        message:
          'Medical review on 2024-02-29 is more than 24 months old (re-review was due 2026-02-28); have a clinician review this content again',
      },
    ])
  })

  it('flags clinical content with no review date, a bad date or a future date', () => {
    expect(check(clinical(null))[0]!.message).toBe(
      'Clinical content needs a medical review date; have a clinician review it and record the date',
    )
    expect(check(clinical(undefined))).toHaveLength(1)
    expect(check(clinical('2026-13-45'))[0]!.message).toMatch(/is not a date/)
    expect(check(clinical('2026-06-01'))[0]!.message).toMatch(/is in the future/)
  })

  it('ignores non-clinical content such as event listings', () => {
    expect(check(article({ type: 'events', clinical: false, medicalReviewedAt: null }))).toEqual([])
  })

  it('uses the configured maximum age', () => {
    const yearly = settingsWith({ medicalReview: { maxAgeMonths: 12 } })
    expect(check(clinical('2025-01-10'), yearly)).toHaveLength(1)
    expect(check(clinical('2025-03-10'), yearly)).toEqual([])
  })
})

describe('addMonthsUTC', () => {
  it('clamps to the last day of shorter months', () => {
    expect(addMonthsUTC(new Date('2024-01-31T00:00:00Z'), 1).toISOString()).toBe('2024-02-29T00:00:00.000Z')
    expect(addMonthsUTC(new Date('2024-02-29T08:30:00Z'), 12).toISOString()).toBe('2025-02-28T08:30:00.000Z')
    expect(addMonthsUTC(new Date('2023-11-15T00:00:00Z'), 24).toISOString()).toBe('2025-11-15T00:00:00.000Z')
  })
})
