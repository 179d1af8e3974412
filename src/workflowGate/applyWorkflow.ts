import type { CollectionBeforeChangeHook, CollectionBeforeDeleteHook, CollectionBeforeOperationHook, PayloadRequest } from 'payload'

import type { ReviewedType } from '../workflow'
import { decide, isClinical, REVIEWED_FIELDS, stateAfterSave, type DecisionContext, type WorkflowAction, type WorkflowState } from '../workflow'
import { isLive } from '../localApi/versions'
import { idOf } from '../utilities/idOf'
import { actorOf, workflowContext } from './context'
import { overlayLocale } from './overlay'
import { approvalsFor, hashOf, latestInAllLocales, medicalReviewOf, reviewRecords, reviewSettings } from './reviewRecords'
import { WorkflowRefused } from './WorkflowRefused'

type Doc = Record<string, any>

type Id = number | string

/** Remembers whether the save was asked as a draft: the hooks see the status, not the request. */
export const rememberDraftSave: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation === 'create' || operation === 'update' || operation === 'updateByID') workflowContext(req).workflowDraftSave = Boolean(args.draft)
  return args
}

const sameInstant = (a: unknown, b: unknown) => {
  const t = (v: unknown) => (v === null || v === undefined || v === '' ? null : Date.parse(String(v)))
  return t(a) === t(b)
}

/** Staff may not type a review result; it is recorded by approving. */
function refuseTypedReview(req: PayloadRequest, data: Doc, original: Doc | undefined) {
  // A restored version brings its own recorded values back; they are derived again below either way.
  if (actorOf(req).kind === 'system' || workflowContext(req).workflowAct || req.context.isRestoringVersion) return
  const typed: string[] = []
  if ('medicalReviewedAt' in data && !sameInstant(data.medicalReviewedAt, original?.medicalReviewedAt)) typed.push('the medical review date')
  if ('medicalReviewer' in data && (data.medicalReviewer || null) !== (original?.medicalReviewer || null)) typed.push('the medical reviewer')
  const state = data.workflow?.state
  if (state !== undefined && state !== (original?.workflow?.state ?? 'draft')) typed.push('the review state')
  if (typed.length) {
    throw new WorkflowRefused(
      `${typed.join(' and ')} cannot be typed in: they are recorded when a reviewer approves the item. Submit it for review instead.`.replace(/^./, (c) => c.toUpperCase()),
      403,
    )
  }
}

function decisionContext(req: PayloadRequest, partial: Omit<DecisionContext, 'roles' | 'staff'>): DecisionContext {
  const actor = actorOf(req)
  // Server code without a user (seed, migrations, jobs queued without a user) acts as an admin: role
  // rules do not apply, but the item's preconditions (a current approval to publish) still do.
  return { ...partial, roles: actor.kind === 'system' ? ['admin'] : actor.roles, staff: actor.kind !== 'apiClient' }
}

function enforce(req: PayloadRequest, action: WorkflowAction, context: DecisionContext): { adminOverride: boolean } {
  const decision = decide(action, context)
  if (!decision.allowed) {
    if (action === 'publish') req.payload.logger.warn({ msg: `Publishing refused: ${decision.message}` })
    throw new WorkflowRefused(decision.message, decision.status)
  }
  return { adminOverride: decision.adminOverride && actorOf(req).kind !== 'system' }
}

/**
 * The review workflow on every save of a content item: works out what the save is (create, edit,
 * publish, unpublish, or a review act), refuses what the actor may not do, keeps the hash of the
 * reviewed content, moves the review state, and derives the medical review date and reviewer from
 * the approvals on record. Runs before the brand gate, which checks what is published.
 */
export const applyWorkflow: CollectionBeforeChangeHook = async ({ collection, data, operation, originalDoc, req }) => {
  const type = collection.slug as ReviewedType
  const ctx = workflowContext(req)
  const act = ctx.workflowAct
  const original = originalDoc as Doc | undefined
  refuseTypedReview(req, data, original)

  const id = original?.id
  const stored = operation === 'update' && id !== undefined ? await latestInAllLocales(req, type, id) : null
  const merged = overlayLocale(collection.flattenedFields, stored, data, req.locale ?? 'en')
  const hash = await hashOf(req, type, merged)
  const clinical = isClinical(type, merged)
  const settings = await reviewSettings(req)
  const records = id !== undefined ? await reviewRecords(req, type, id) : []
  const approvals = approvalsFor(records, hash, clinical, settings.requiredClinicalApprovals)

  const previous: WorkflowState = original?.workflow?.state ?? (original?._status === 'published' ? 'published' : 'draft')
  const reviewedChanged = hash !== (original?.workflow?.contentHash ?? null)
  const effectiveStatus = data._status ?? original?._status ?? 'draft'
  const publishing = effectiveStatus === 'published'
  const live = operation === 'update' && id !== undefined && !publishing && !ctx.workflowDraftSave ? await isLive(req, type, id) : false
  const unpublishing = live && !publishing

  const actor = actorOf(req)
  const authors = ((original?.workflow?.revisionAuthors ?? []) as unknown[]).map(idOf).filter((a): a is Id => a !== undefined)
  const base = {
    alreadyApproved: false,
    approvalsCurrent: approvals.satisfied,
    clinical,
    hasCredentials: true,
    isRevisionAuthor: actor.id !== null && authors.some((a) => String(a) === String(actor.id)),
    published: live,
    state: previous,
  }

  let state: WorkflowState
  let adminOverride = false
  if (act) {
    state = act.nextState
  } else {
    if (operation === 'create') enforce(req, 'create', decisionContext(req, base))
    const action: WorkflowAction = publishing ? 'publish' : unpublishing ? 'unpublish' : operation === 'create' ? 'create' : 'saveDraft'
    if (action !== 'create') adminOverride = enforce(req, action, decisionContext(req, base)).adminOverride
    state = stateAfterSave({ approvalsCurrent: approvals.satisfied, previous, publishing, reviewedChanged, unpublishing })
  }

  let revisionAuthors = authors
  if (reviewedChanged && actor.kind === 'staff' && actor.id !== null && !act) {
    const newRevision = previous === 'approved' || previous === 'published'
    revisionAuthors = newRevision ? [actor.id] : authors.some((a) => String(a) === String(actor.id)) ? authors : [...authors, actor.id]
  }

  const review = clinical ? medicalReviewOf(records, hash, approvals) : null
  // Types without a clinical flag (programs) have no medical review fields.
  if (REVIEWED_FIELDS[type].includes('clinical')) {
    data.medicalReviewedAt = review?.at ?? null
    data.medicalReviewer = review?.by ?? null
  }
  data.workflow = {
    ...(data.workflow ?? {}),
    adminOverride,
    changesRequested: state === 'changesRequested' ? (act?.comment ?? original?.workflow?.changesRequested ?? null) : null,
    contentHash: hash,
    revisionAuthors,
    state,
  }
  return data
}

/** Deleting follows the same table: editors delete only what never went live; admins anything. */
export const checkDelete: CollectionBeforeDeleteHook = async ({ collection, id, req }) => {
  const type = collection.slug as ReviewedType
  const published = await isLive(req, type, id)
  enforce(req, 'delete', decisionContext(req, {
    alreadyApproved: false,
    approvalsCurrent: false,
    clinical: true,
    hasCredentials: true,
    isRevisionAuthor: false,
    published,
    state: published ? 'published' : 'draft',
  }))
}
