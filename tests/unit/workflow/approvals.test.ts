import { approvalStatus, type ApprovalRecord } from '@/workflow'

const H = 'hash-of-current-content'
const approval = (reviewerId: string, at: string, overrides: Partial<ApprovalRecord> = {}): ApprovalRecord => ({
  at,
  clinicalSignOff: true,
  contentHash: H,
  reviewerId,
  ...overrides,
})

describe('approvalStatus', () => {
  it('needs one clinical approval by default and by setting', () => {
    expect(approvalStatus([], H, { clinical: true, requiredClinicalApprovals: 1 })).toMatchObject({ have: 0, need: 1, satisfied: false })
    expect(approvalStatus([approval('a', '2026-01-01T00:00:00Z')], H, { clinical: true, requiredClinicalApprovals: 1 })).toMatchObject({ have: 1, need: 1, satisfied: true })
    // A nonsensical setting never means "no approval needed".
    expect(approvalStatus([], H, { clinical: true, requiredClinicalApprovals: 0 })).toMatchObject({ need: 1, satisfied: false })
  })

  it('counts distinct reviewers when two are required', () => {
    const opts = { clinical: true, requiredClinicalApprovals: 2 }
    const same = [approval('a', '2026-01-01T00:00:00Z'), approval('a', '2026-01-02T00:00:00Z')]
    expect(approvalStatus(same, H, opts)).toMatchObject({ have: 1, need: 2, satisfied: false })
    const two = [...same, approval('b', '2026-01-03T00:00:00Z')]
    const status = approvalStatus(two, H, opts)
    expect(status).toMatchObject({ have: 2, need: 2, satisfied: true })
    // Oldest first, one per reviewer (their first approval).
    expect(status.covering.map((a) => [a.reviewerId, a.at])).toEqual([
      ['a', '2026-01-01T00:00:00Z'],
      ['b', '2026-01-03T00:00:00Z'],
    ])
  })

  it('needs one approval from any reviewer for non-clinical items, regardless of the clinical setting', () => {
    const brand = approval('brand', '2026-01-01T00:00:00Z', { clinicalSignOff: false })
    expect(approvalStatus([brand], H, { clinical: false, requiredClinicalApprovals: 2 })).toMatchObject({ have: 1, need: 1, satisfied: true })
  })

  it('does not count approvals without a clinical sign-off on clinical items', () => {
    const brand = approval('brand', '2026-01-01T00:00:00Z', { clinicalSignOff: false })
    expect(approvalStatus([brand], H, { clinical: true, requiredClinicalApprovals: 1 })).toMatchObject({ have: 0, satisfied: false })
  })

  it('does not count approvals of other content', () => {
    const old = approval('a', '2026-01-01T00:00:00Z', { contentHash: 'hash-of-earlier-content' })
    expect(approvalStatus([old], H, { clinical: true, requiredClinicalApprovals: 1 })).toMatchObject({ have: 0, satisfied: false })
    expect(approvalStatus([old, approval('b', '2026-01-02T00:00:00Z')], H, { clinical: true, requiredClinicalApprovals: 2 })).toMatchObject({ have: 1, satisfied: false })
  })

  it('does not count approvals before a later request for changes', () => {
    const records = [approval('a', '2026-01-01T00:00:00Z'), approval('b', '2026-01-05T00:00:00Z')]
    const opts = { clinical: true, notBefore: '2026-01-03T00:00:00Z', requiredClinicalApprovals: 2 }
    expect(approvalStatus(records, H, opts)).toMatchObject({ have: 1, satisfied: false })
    expect(approvalStatus(records, H, opts).covering[0]!.reviewerId).toBe('b')
    expect(approvalStatus([...records, approval('a', '2026-01-06T00:00:00Z')], H, opts)).toMatchObject({ have: 2, satisfied: true })
  })

  it('does not depend on the order records are given in', () => {
    const records = [approval('b', '2026-01-05T00:00:00Z'), approval('a', '2026-01-01T00:00:00Z')]
    expect(approvalStatus(records, H, { clinical: true, requiredClinicalApprovals: 2 }).covering.map((a) => a.reviewerId)).toEqual(['a', 'b'])
  })
})
