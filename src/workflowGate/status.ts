import type { PayloadRequest } from 'payload'
import { NotFound } from 'payload'

import type { ReviewedType } from '../workflow'
import { reviewDue } from '../clinical/reviewDue'
import { isLive } from '../localApi/versions'
import { isClinical, reviewStatusAt, type ReviewStatus, type WorkflowState } from '../workflow'
import { approvalsFor, hashOf, latestInAllLocales, medicalReviewOf, reviewRecords, reviewSettings, reviewerIdOf } from './reviewRecords'

export interface WorkflowStatusView {
  type: ReviewedType
  id: string
  state: WorkflowState
  clinical: boolean
  published: boolean
  contentHash: string
  approvalsNeeded: number
  approvals: Array<{ reviewerId: string; reviewerName: null | string; credentials: null | string; at: string; adminOverride: boolean }>
  changesRequested: null | string
  medicalReviewedAt: null | string
  medicalReviewer: null | string
  nextReviewDue: null | string
  reviewStatus: null | ReviewStatus
}

/** Where an item stands: its state, the approvals covering its latest content, and its review dates. */
export async function workflowStatus(req: PayloadRequest, type: ReviewedType, id: number | string, now = new Date()): Promise<WorkflowStatusView> {
  const doc = await latestInAllLocales(req, type, id)
  if (!doc) throw new NotFound(req.t)
  const hash = await hashOf(req, type, doc)
  const clinical = isClinical(type, doc)
  const settings = await reviewSettings(req)
  const records = await reviewRecords(req, type, id)
  const status = approvalsFor(records, hash, clinical, settings.requiredClinicalApprovals)
  const review = clinical ? medicalReviewOf(records, hash, status) : null
  const workflow = (doc.workflow ?? {}) as { changesRequested?: null | string; state?: WorkflowState }
  const published = await isLive(req, type, id)
  const live = published ? ((await req.payload.db.findOne({ collection: type, req, where: { id: { equals: id } } })) as Record<string, unknown> | null) : null
  const reviewedAt = (live?.medicalReviewedAt as null | string | undefined) ?? review?.at ?? null
  const due = clinical && reviewedAt ? reviewDue(new Date(reviewedAt), settings.maxAgeMonths) : null
  return {
    approvals: status.covering.map((a) => {
      const record = records.find((r) => r.act === 'approve' && reviewerIdOf(r) === a.reviewerId && r.at === a.at)
      return {
        adminOverride: Boolean((record as { adminOverride?: boolean } | undefined)?.adminOverride),
        at: a.at,
        credentials: record?.credentials ?? null,
        reviewerId: a.reviewerId,
        reviewerName: record?.reviewerName ?? null,
      }
    }),
    approvalsNeeded: status.need,
    changesRequested: workflow.changesRequested ?? null,
    clinical,
    contentHash: hash,
    id: String(id),
    medicalReviewedAt: review?.at ?? null,
    medicalReviewer: review?.by ?? null,
    nextReviewDue: due ? due.toISOString() : null,
    published,
    reviewStatus: clinical && published ? reviewStatusAt(due, now) : null,
    state: workflow.state ?? (doc._status === 'published' ? 'published' : 'draft'),
    type,
  }
}
