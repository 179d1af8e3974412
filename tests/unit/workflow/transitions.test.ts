import { DUE_SOON_DAYS, REVIEW_ACTS, reviewStatusAt, stateAfterAct, stateAfterSave, type WorkflowState } from '@/workflow'

const save = (previous: WorkflowState, flags: Partial<Parameters<typeof stateAfterSave>[0]> = {}) =>
  stateAfterSave({ approvalsCurrent: false, previous, publishing: false, reviewedChanged: false, unpublishing: false, ...flags })

describe('stateAfterSave', () => {
  it.each<[WorkflowState, boolean, boolean, WorkflowState]>([
    // previous, reviewed content changed, approvals cover the saved content, → state
    ['draft', true, false, 'draft'],
    ['draft', false, false, 'draft'],
    ['inReview', true, false, 'inReview'],
    ['changesRequested', true, false, 'changesRequested'],
    ['changesRequested', false, false, 'changesRequested'],
    // Any change to reviewed content after approval (a typo fix included) goes back to review.
    ['approved', true, false, 'inReview'],
    ['published', true, false, 'inReview'],
    // Metadata only: an approval that still covers the content is kept.
    ['approved', false, true, 'approved'],
    ['published', false, true, 'approved'],
    ['approved', false, false, 'inReview'],
    ['published', false, false, 'inReview'],
  ])('%s, reviewed changed %s, approvals current %s → %s', (previous, reviewedChanged, approvalsCurrent, expected) => {
    expect(save(previous, { approvalsCurrent, reviewedChanged })).toBe(expected)
  })

  it('publishing leaves it published; unpublishing leaves it approved if still covered, otherwise draft', () => {
    expect(save('approved', { approvalsCurrent: true, publishing: true })).toBe('published')
    expect(save('published', { approvalsCurrent: true, unpublishing: true })).toBe('approved')
    expect(save('published', { approvalsCurrent: false, unpublishing: true })).toBe('draft')
  })
})

describe('stateAfterAct', () => {
  it('moves the item as each act says', () => {
    expect(stateAfterAct('submit', 'draft', { approvalsSatisfied: false })).toBe('inReview')
    expect(stateAfterAct('submit', 'changesRequested', { approvalsSatisfied: false })).toBe('inReview')
    expect(stateAfterAct('approve', 'inReview', { approvalsSatisfied: false })).toBe('inReview')
    expect(stateAfterAct('approve', 'inReview', { approvalsSatisfied: true })).toBe('approved')
    expect(stateAfterAct('requestChanges', 'inReview', { approvalsSatisfied: false })).toBe('changesRequested')
    expect(stateAfterAct('requestChanges', 'approved', { approvalsSatisfied: true })).toBe('changesRequested')
    expect(stateAfterAct('confirmReview', 'published', { approvalsSatisfied: true })).toBe('published')
    expect(REVIEW_ACTS).toEqual(['submit', 'approve', 'requestChanges', 'confirmReview'])
  })
})

describe('reviewStatusAt', () => {
  const DAY = 24 * 60 * 60 * 1000
  const now = new Date('2026-06-15T12:00:00.000Z')
  const at = (ms: number) => new Date(now.getTime() + ms)

  it('is current more than 30 days out', () => {
    expect(DUE_SOON_DAYS).toBe(30)
    expect(reviewStatusAt(at(31 * DAY), now)).toBe('current')
    expect(reviewStatusAt(at(30 * DAY + 1), now)).toBe('current')
  })

  it('is due soon within 30 days, up to and including the due instant', () => {
    expect(reviewStatusAt(at(30 * DAY), now)).toBe('reviewDueSoon')
    expect(reviewStatusAt(at(DAY), now)).toBe('reviewDueSoon')
    expect(reviewStatusAt(at(0), now)).toBe('reviewDueSoon')
  })

  it('is overdue once past due, and when no review date exists', () => {
    expect(reviewStatusAt(at(-1), now)).toBe('reviewOverdue')
    expect(reviewStatusAt(at(-400 * DAY), now)).toBe('reviewOverdue')
    expect(reviewStatusAt(null, now)).toBe('reviewOverdue')
    expect(reviewStatusAt(new Date('not a date'), now)).toBe('reviewOverdue')
  })
})
