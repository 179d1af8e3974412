import { WORKFLOW_ACCESS, WORKFLOW_ACTIONS, decide, type DecisionContext, type WorkflowAction } from '@/workflow'

/** A clinical item in review, the actor a credentialed reviewer who did not write it. */
const ctx = (overrides: Partial<DecisionContext> = {}): DecisionContext => ({
  alreadyApproved: false,
  approvalsCurrent: false,
  clinical: true,
  comment: null,
  hasCredentials: true,
  isRevisionAuthor: false,
  published: false,
  roles: [],
  staff: true,
  state: 'inReview',
  ...overrides,
})

/** A context in which `action`'s state preconditions hold, so only roles decide. */
const ready: Record<WorkflowAction, Partial<DecisionContext>> = {
  approve: { state: 'inReview' },
  confirmReview: { published: true, state: 'published' },
  create: { state: 'draft' },
  delete: { published: false, state: 'draft' },
  publish: { approvalsCurrent: true, state: 'approved' },
  requestChanges: { comment: 'Cite the 2024 guideline.', state: 'inReview' },
  saveDraft: { state: 'draft' },
  schedule: { approvalsCurrent: true, state: 'approved' },
  submit: { state: 'draft' },
  unpublish: { published: true, state: 'published' },
}

const allowed = (action: WorkflowAction, roles: string[], extra: Partial<DecisionContext> = {}) => decide(action, ctx({ ...ready[action], roles, ...extra }))

describe('decide(): action × role', () => {
  // What each non-admin role may do with a clinical item when the item's state allows the action.
  const expected: Record<'brandManager' | 'editor' | 'medicalReviewer', Record<WorkflowAction, boolean>> = {
    brandManager: { approve: false, confirmReview: false, create: false, delete: false, publish: true, requestChanges: true, saveDraft: false, schedule: true, submit: false, unpublish: true },
    editor: { approve: false, confirmReview: false, create: true, delete: true, publish: false, requestChanges: false, saveDraft: true, schedule: false, submit: true, unpublish: false },
    medicalReviewer: { approve: true, confirmReview: true, create: false, delete: false, publish: true, requestChanges: true, saveDraft: false, schedule: true, submit: false, unpublish: true },
  }

  for (const [role, actions] of Object.entries(expected)) {
    for (const action of WORKFLOW_ACTIONS) {
      it(`${role} ${actions[action as WorkflowAction] ? 'may' : 'may not'} ${action} a clinical item`, () => {
        const decision = allowed(action, [role])
        expect(decision.allowed).toBe(actions[action as WorkflowAction])
        if (decision.allowed) expect(decision.adminOverride).toBe(false)
        else expect(decision.status).toBe(403)
      })
    }
  }

  it('agrees with WORKFLOW_ACCESS for every non-admin role on non-clinical items (brand managers approve those)', () => {
    for (const role of ['editor', 'medicalReviewer', 'brandManager'] as const) {
      for (const action of WORKFLOW_ACTIONS) {
        const decision = allowed(action, [role], { clinical: false })
        const mayByTable = WORKFLOW_ACCESS[action].includes(role)
        // confirmReview only exists for clinical items: a 409, not a role refusal.
        if (action === 'confirmReview' && mayByTable) {
          expect(decision).toMatchObject({ allowed: false, status: 409 })
          continue
        }
        expect({ action, allowed: decision.allowed, role }).toEqual({ action, allowed: mayByTable, role })
      }
    }
  })

  it('admins do everything; their normal jobs are not overrides', () => {
    for (const action of ['create', 'saveDraft', 'submit', 'publish', 'schedule', 'unpublish'] as const) {
      expect(allowed(action, ['admin'])).toEqual({ adminOverride: false, allowed: true })
    }
    expect(allowed('delete', ['admin'], { published: true, state: 'published' })).toEqual({ adminOverride: false, allowed: true })
  })

  it('records an admin approving their own edit as an override', () => {
    const decision = allowed('approve', ['admin', 'medicalReviewer'], { isRevisionAuthor: true })
    expect(decision).toMatchObject({ adminOverride: true, allowed: true })
    expect(decision.allowed && decision.overridden).toMatch(/you edited this version/i)
    // Without the admin role the same reviewer is refused.
    expect(allowed('approve', ['medicalReviewer'], { isRevisionAuthor: true })).toMatchObject({ allowed: false, status: 403 })
  })

  it('records a clinical approval by an admin who is not a medical reviewer as an override', () => {
    const decision = allowed('approve', ['admin'])
    expect(decision).toMatchObject({ adminOverride: true, allowed: true })
    expect(allowed('approve', ['admin', 'brandManager'])).toMatchObject({ adminOverride: true, allowed: true })
    expect(allowed('requestChanges', ['admin'])).toMatchObject({ adminOverride: true, allowed: true })
    expect(allowed('confirmReview', ['admin'])).toMatchObject({ adminOverride: true, allowed: true })
    // An admin who is also a credentialed medical reviewer approving someone else's edit: no override.
    expect(allowed('approve', ['admin', 'medicalReviewer'])).toEqual({ adminOverride: false, allowed: true })
  })

  it('lets brand managers approve non-clinical items but not clinical ones', () => {
    expect(allowed('approve', ['brandManager'], { clinical: false })).toEqual({ adminOverride: false, allowed: true })
    const clinical = allowed('approve', ['brandManager'], { clinical: true })
    expect(clinical).toMatchObject({ allowed: false, status: 403 })
    expect(!clinical.allowed && clinical.message).toMatch(/medical reviewer/)
  })

  it('refuses medical reviewers without credentials on clinical approvals and confirmations only', () => {
    expect(allowed('approve', ['medicalReviewer'], { hasCredentials: false })).toMatchObject({ allowed: false, message: expect.stringMatching(/credentials/), status: 403 })
    expect(allowed('confirmReview', ['medicalReviewer'], { hasCredentials: false })).toMatchObject({ allowed: false, status: 403 })
    expect(allowed('approve', ['medicalReviewer'], { clinical: false, hasCredentials: false }).allowed).toBe(true)
  })

  it('lets only admins delete published items', () => {
    expect(allowed('delete', ['editor'], { published: true, state: 'published' })).toMatchObject({ allowed: false, status: 403 })
    expect(allowed('delete', ['editor']).allowed).toBe(true)
  })

  it('refuses API clients and visitors everything', () => {
    for (const action of WORKFLOW_ACTIONS) {
      for (const roles of [[], ['admin']]) {
        const decision = decide(action, ctx({ ...ready[action], roles, staff: false }))
        expect(decision).toMatchObject({ allowed: false, status: 403 })
      }
    }
  })
})

describe('decide(): state preconditions hold for everyone, admins included', () => {
  const roles = ['admin', 'medicalReviewer', 'editor']

  it.each([
    ['submit', 'inReview'],
    ['submit', 'approved'],
    ['submit', 'published'],
    ['approve', 'draft'],
    ['approve', 'changesRequested'],
    ['approve', 'approved'],
    ['approve', 'published'],
    ['requestChanges', 'draft'],
    ['requestChanges', 'changesRequested'],
    ['requestChanges', 'published'],
  ] as const)('%s from %s is a 409', (action, state) => {
    expect(decide(action, ctx({ comment: 'x', roles, state }))).toMatchObject({ allowed: false, status: 409 })
  })

  it.each([
    ['submit', 'draft'],
    ['submit', 'changesRequested'],
    ['requestChanges', 'approved'],
  ] as const)('%s from %s is allowed', (action, state) => {
    expect(decide(action, ctx({ comment: 'x', roles, state })).allowed).toBe(true)
  })

  it('refuses a second approval of the same version by the same reviewer', () => {
    expect(decide('approve', ctx({ alreadyApproved: true, roles: ['medicalReviewer'] }))).toMatchObject({ allowed: false, status: 409 })
  })

  it('needs a current approval to publish or schedule', () => {
    for (const action of ['publish', 'schedule'] as const) {
      for (const clinical of [true, false]) {
        const decision = decide(action, ctx({ approvalsCurrent: false, clinical, roles: ['admin'], state: 'inReview' }))
        expect(decision).toMatchObject({ allowed: false, status: 409 })
        expect(!decision.allowed && decision.message).toMatch(clinical ? /medical approval/ : /current approval/)
      }
    }
  })

  it('confirms only published clinical items', () => {
    expect(decide('confirmReview', ctx({ published: false, roles: ['medicalReviewer'], state: 'approved' }))).toMatchObject({ allowed: false, status: 409 })
    expect(decide('confirmReview', ctx({ clinical: false, published: true, roles: ['medicalReviewer'], state: 'published' }))).toMatchObject({ allowed: false, status: 409 })
  })

  it('unpublishes only published items', () => {
    expect(decide('unpublish', ctx({ published: false, roles: ['admin'], state: 'approved' }))).toMatchObject({ allowed: false, status: 409 })
  })

  it('requires a comment (not blank, not too long) to request changes', () => {
    for (const comment of [undefined, null, '', '   ']) {
      const decision = decide('requestChanges', ctx({ comment, roles: ['medicalReviewer'] }))
      expect(decision).toMatchObject({ allowed: false, status: 400 })
      expect(!decision.allowed && decision.message).toMatch(/comment is required/)
    }
    expect(decide('requestChanges', ctx({ comment: 'x'.repeat(2001), roles: ['medicalReviewer'] }))).toMatchObject({ allowed: false, status: 400 })
    expect(decide('requestChanges', ctx({ comment: 'x'.repeat(2000), roles: ['medicalReviewer'] })).allowed).toBe(true)
  })

  it('checks the role before the state: an editor approving a draft is told about the role', () => {
    expect(decide('approve', ctx({ roles: ['editor'], state: 'draft' }))).toMatchObject({ allowed: false, status: 403 })
  })
})
