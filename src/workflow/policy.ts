import type { Role } from '../taxonomy/roles'
import type { WorkflowAction } from './actions'
import type { WorkflowState } from './states'

/**
 * Who may take each action, by role: the one access table the server enforces and the generated
 * test compares against. Admins are listed where the action is part of their normal job; for review
 * acts they are not reviewers, so an admin who approves, requests changes or confirms a review does it
 * as a recorded override (as does anyone bypassing a reviewer-only rule through the admin role).
 */
export const WORKFLOW_ACCESS: Readonly<Record<WorkflowAction, readonly Role[]>> = {
  create: ['editor', 'admin'],
  saveDraft: ['editor', 'admin'],
  submit: ['editor', 'admin'],
  approve: ['medicalReviewer', 'brandManager'],
  requestChanges: ['medicalReviewer', 'brandManager'],
  confirmReview: ['medicalReviewer'],
  publish: ['medicalReviewer', 'brandManager', 'admin'],
  schedule: ['medicalReviewer', 'brandManager', 'admin'],
  unpublish: ['medicalReviewer', 'brandManager', 'admin'],
  delete: ['editor', 'admin'],
}

/** What the decision needs to know about the actor and the item; plain data, filled in by the glue. */
export interface DecisionContext {
  /** False for API clients and anonymous callers: they only ever read. */
  staff: boolean
  roles: readonly string[]
  /** The state of the item's latest version (`draft` for an item being created). */
  state: WorkflowState
  clinical: boolean
  /** The item has a live (published) version. */
  published: boolean
  /** The actor changed patient-facing content in the revision under review. */
  isRevisionAuthor: boolean
  /** The actor has credentials on their user (MD, RN, PharmD…). */
  hasCredentials: boolean
  /** The actor already approved exactly this content. */
  alreadyApproved: boolean
  /** The approvals on record cover the current content and meet the guidelines' requirement. */
  approvalsCurrent: boolean
  comment?: null | string
}

export type Decision =
  | { allowed: true; adminOverride: boolean; overridden?: string }
  | { allowed: false; status: 400 | 403 | 409; message: string }

const MAX_COMMENT = 2000

const refuse = (status: 400 | 403 | 409, message: string): Decision => ({ allowed: false, message, status })

/** Preconditions on the item: they hold for everyone, admins included. */
function stateProblem(action: WorkflowAction, c: DecisionContext): { message: string; status: 400 | 409 } | null {
  const conflict = (message: string) => ({ message, status: 409 as const })
  switch (action) {
    case 'submit':
      if (c.state === 'inReview') return conflict('This item is already waiting for review.')
      if (c.state === 'approved' || c.state === 'published') return conflict('This item is already approved as it stands; change it first, or publish it.')
      return null
    case 'approve':
      if (c.state !== 'inReview') return conflict('Only items in review can be approved; the editor must submit it first.')
      if (c.alreadyApproved) return conflict('You have already approved this version; a second approval must come from another reviewer.')
      return null
    case 'requestChanges': {
      if (c.state !== 'inReview' && c.state !== 'approved') return conflict('Changes can be requested only on items in review or approved and not yet published.')
      const comment = c.comment?.trim() ?? ''
      if (!comment) return { message: 'Say what needs to change: a comment is required when requesting changes.', status: 400 }
      if (comment.length > MAX_COMMENT) return { message: `Keep the comment under ${MAX_COMMENT} characters.`, status: 400 }
      return null
    }
    case 'confirmReview':
      if (!c.clinical) return conflict('Only clinical items have a medical review to confirm.')
      if (!c.published) return conflict('Only published items can be confirmed as still accurate; review the draft instead.')
      return null
    case 'publish':
    case 'schedule':
      if (!c.approvalsCurrent) {
        return conflict(
          c.clinical
            ? 'Publishing needs a current medical approval of exactly this version: submit it for review and have a medical reviewer approve it.'
            : 'Publishing needs a current approval of exactly this version: submit it for review and have a reviewer approve it.',
        )
      }
      return null
    case 'unpublish':
      if (!c.published) return conflict('This item is not published.')
      return null
    default:
      return null
  }
}

/** Reviewer-only rules: an admin may bypass them, and that is recorded as an override. */
function permissionProblem(action: WorkflowAction, roles: readonly string[], c: DecisionContext): string | null {
  const has = (role: Role) => roles.includes(role)
  if (!WORKFLOW_ACCESS[action].some(has)) return `Your role cannot ${describe(action)}.`
  switch (action) {
    case 'approve':
      if (c.clinical && !has('medicalReviewer')) return 'Clinical items must be approved by a medical reviewer.'
      if (c.clinical && !c.hasCredentials) return 'Add your credentials (e.g. MD, RN, PharmD) to your account before approving clinical content.'
      if (c.isRevisionAuthor) return 'You edited this version, so you cannot approve it: another reviewer must.'
      return null
    case 'confirmReview':
      if (!c.hasCredentials) return 'Add your credentials (e.g. MD, RN, PharmD) to your account before confirming a medical review.'
      return null
    case 'delete':
      if (c.published && !has('admin')) return 'Published items can be deleted only by an admin; unpublish it instead.'
      return null
    default:
      return null
  }
}

const DESCRIPTIONS: Record<WorkflowAction, string> = {
  approve: 'approve content',
  confirmReview: 'confirm a medical review',
  create: 'create content',
  delete: 'delete content',
  publish: 'publish content',
  requestChanges: 'request changes',
  saveDraft: 'edit content',
  schedule: 'schedule publishing',
  submit: 'submit content for review',
  unpublish: 'unpublish content',
}

export const describe = (action: WorkflowAction): string => DESCRIPTIONS[action]

/** Whether `action` may happen now, and whether it takes an admin override. */
export function decide(action: WorkflowAction, c: DecisionContext): Decision {
  if (!c.staff) return refuse(403, 'API clients and visitors can only read published content.')
  const isAdmin = c.roles.includes('admin')
  const ownRoles = c.roles.filter((r) => r !== 'admin')
  const needsRole = !WORKFLOW_ACCESS[action].some((r) => c.roles.includes(r))
  const reviewAct = action === 'approve' || action === 'requestChanges' || action === 'confirmReview'
  if (needsRole && !(isAdmin && reviewAct)) return refuse(403, `Your role cannot ${describe(action)}.`)

  const state = stateProblem(action, c)
  if (state) return refuse(state.status, state.message)

  const asOwnRoles = permissionProblem(action, ownRoles, c)
  if (!asOwnRoles) return { adminOverride: false, allowed: true }
  if (!isAdmin) return refuse(403, asOwnRoles)
  // Admins publish and delete as part of their job; bypassing a reviewer-only rule is an override.
  if (!permissionProblem(action, c.roles, c)) return { adminOverride: false, allowed: true }
  return { adminOverride: true, allowed: true, overridden: asOwnRoles }
}
