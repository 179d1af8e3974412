import type { CollectionSlug, PayloadRequest } from 'payload'
import { NotFound } from 'payload'

import { recordAudit } from '../audit/recordAudit'
import { logContentChange } from '../hooks/logContentEvent'
import { keepingRequestLocale } from '../localApi/keepingRequestLocale'
import type { ReviewedType } from '../workflow'
import { decide, isClinical, stateAfterAct, type ReviewAct, type WorkflowState } from '../workflow'
import { isLive, latestVersionId } from '../localApi/versions'
import { idOf } from '../utilities/idOf'
import { actorOf, workflowContext } from './context'
import { approvalsFor, hashOf, latestInAllLocales, medicalReviewOf, reviewRecords, reviewSettings } from './reviewRecords'
import { workflowStatus, type WorkflowStatusView } from './status'
import { WorkflowRefused } from './WorkflowRefused'

type Doc = Record<string, any>
type Id = number | string

/** A localized title (or a program's name) read in all languages, as the review record keeps it. */
const titleOf = (value: unknown): null | string =>
  typeof value === 'object' && value ? ((value as Doc).en ?? (value as Doc).es ?? null) : typeof value === 'string' ? value : null

export interface ReviewActInput {
  type: ReviewedType
  id: Id
  act: ReviewAct
  comment?: null | string
  /** Server code only (the demo seed): when the act happened. */
  at?: Date
}

/**
 * Takes a review act (submit, approve, request changes, confirm still accurate) on behalf of
 * `req.user`, as the REST endpoint, the GraphQL mutations and server code all do. Refuses, with a
 * message, what the access table or the item's state does not allow; records approvals, requests and
 * confirmations as permanent review records bound to the hash of the content reviewed.
 */
export async function runReviewAct(req: PayloadRequest, input: ReviewActInput): Promise<WorkflowStatusView> {
  const { act, id, type } = input
  const doc = (await latestInAllLocales(req, type, id)) as Doc | null
  if (!doc) throw new NotFound(req.t)
  const actor = actorOf(req)
  const user = (req.user ?? {}) as Doc
  if (actor.kind !== 'staff' && act !== 'submit') {
    throw new WorkflowRefused(actor.kind === 'system' ? 'A review act must be taken by a signed-in reviewer.' : 'API clients can only read published content.', 403)
  }

  const hash = await hashOf(req, type, doc)
  const clinical = isClinical(type, doc)
  const settings = await reviewSettings(req)
  const records = await reviewRecords(req, type, id)
  const before = approvalsFor(records, hash, clinical, settings.requiredClinicalApprovals)
  const published = await isLive(req, type, id)
  const state: WorkflowState = doc.workflow?.state ?? (doc._status === 'published' ? 'published' : 'draft')
  const authors = ((doc.workflow?.revisionAuthors ?? []) as unknown[]).map((a) => String(idOf(a)))
  const me = actor.id === null ? null : String(actor.id)

  const decision = decide(act, {
    alreadyApproved: me !== null && before.covering.some((a) => a.reviewerId === me),
    approvalsCurrent: before.satisfied,
    clinical,
    comment: input.comment,
    hasCredentials: Boolean(String(user.credentials ?? '').trim()),
    isRevisionAuthor: me !== null && authors.includes(me),
    published,
    roles: actor.kind === 'system' ? ['admin'] : actor.roles,
    staff: actor.kind !== 'apiClient',
    state,
  })
  if (!decision.allowed) throw new WorkflowRefused(decision.message, decision.status)
  const adminOverride = decision.adminOverride && actor.kind === 'staff'
  const at = (input.at ?? new Date()).toISOString()
  const versionId = (await latestVersionId(req, type as CollectionSlug, id)) ?? null

  if (act !== 'submit') {
    await req.payload.create({
      collection: 'content-reviews',
      data: {
        act,
        adminOverride,
        at,
        clinicalSignOff: act !== 'requestChanges' && (actor.roles.includes('medicalReviewer') || adminOverride),
        comment: input.comment?.trim() || null,
        contentHash: hash,
        credentials: String(user.credentials ?? '').trim() || null,
        itemId: String(id),
        itemTitle: titleOf(doc.title ?? doc.name),
        itemType: type,
        reason: act === 'requestChanges' ? (actor.roles.includes('medicalReviewer') ? 'clinical' : 'brand') : null,
        reviewer: actor.id as number,
        reviewerName: String(user.name ?? user.email ?? '').trim() || null,
        reviewerRoles: actor.roles as never,
        versionId,
      },
      overrideAccess: true,
      req,
    })
  }

  let nextState: WorkflowState = state
  if (act === 'confirmReview') {
    await renewLiveReview(req, type, id)
  } else {
    const after = approvalsFor(await reviewRecords(req, type, id), hash, clinical, settings.requiredClinicalApprovals)
    nextState = stateAfterAct(act, state, { approvalsSatisfied: after.satisfied })
    const ctx = workflowContext(req)
    ctx.workflowAct = { act, by: actor.id, comment: input.comment ?? null, nextState }
    try {
      await keepingRequestLocale(req, () =>
        req.payload.update({ collection: type as CollectionSlug, data: {}, depth: 0, draft: true, id, overrideAccess: true, req }),
      )
    } finally {
      delete ctx.workflowAct
    }
  }
  await recordAudit(req, {
    action: act,
    adminOverride,
    collection: type,
    comment: act === 'requestChanges' ? (input.comment?.trim() ?? undefined) : undefined,
    details: { contentHash: hash, from: state, to: nextState, ...(decision.adminOverride && 'overridden' in decision ? { overridden: decision.overridden } : {}) },
    itemId: id,
    versionId,
  })
  return workflowStatus(req, type, id)
}

/**
 * "Still accurate": the live version's review date moves to now without a new version of its content
 * (the row is updated in place), and delivery is told through the change log like any live change.
 */
async function renewLiveReview(req: PayloadRequest, type: ReviewedType, id: Id) {
  const live = (await req.payload.findByID({ collection: type as CollectionSlug, depth: 0, draft: false, id, locale: 'all', overrideAccess: true, req })) as Doc
  const settings = await reviewSettings(req)
  const hash = await hashOf(req, type, live)
  const records = await reviewRecords(req, type, id)
  const review = medicalReviewOf(records, hash, approvalsFor(records, hash, true, settings.requiredClinicalApprovals))
  if (!review) throw new WorkflowRefused('The live version has no current approval to confirm; review its content instead.', 409)
  await req.payload.db.updateOne({
    collection: type as CollectionSlug,
    data: { medicalReviewedAt: review.at, medicalReviewer: review.by, updatedAt: new Date().toISOString() },
    req,
    where: { id: { equals: id } },
  })
  const collection = req.payload.collections[type as CollectionSlug].config
  const updated = await req.payload.findByID({ collection: type as CollectionSlug, depth: 0, draft: false, id, overrideAccess: true, req })
  await logContentChange({ collection, context: req.context, doc: updated, operation: 'update', previousDoc: live, req } as never)
}

