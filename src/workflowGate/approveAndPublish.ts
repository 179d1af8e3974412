import type { CollectionSlug, Payload } from 'payload'
import { createLocalReq } from 'payload'

import type { ReviewedType } from '../workflow'
import { runReviewAct } from './runReviewAct'

type Id = number | string
type User = { id: Id; [key: string]: unknown }

export interface ApproveAndPublishOptions {
  type: ReviewedType
  id: Id
  /** Medical reviewers (with credentials) who approve, in order; one per required approval. */
  reviewers: User[]
  /** When the approvals happened (server code only: the demo seed's items reviewed in the past). */
  at?: Date
  /** Context for the publishing save (e.g. the demo seed's `brandGate: 'record-only'`). */
  context?: Record<string, unknown>
}

const asStaff = (payload: Payload, user: User) => createLocalReq({ user: { ...user, collection: 'users' } as never }, payload)

/**
 * Takes a draft through the whole workflow on the server — submitted, approved by real reviewers,
 * published — exactly as people would in the admin. For the demo seed, imports and tests: nothing
 * here skips a rule, so the published item carries real approvals bound to its content.
 */
export async function approveAndPublish(payload: Payload, { at, context, id, reviewers, type }: ApproveAndPublishOptions) {
  await runReviewAct(await createLocalReq({}, payload), { act: 'submit', id, type })
  for (const reviewer of reviewers) await runReviewAct(await asStaff(payload, reviewer), { act: 'approve', at, id, type })
  return payload.update({ collection: type as CollectionSlug, context, data: { _status: 'published' } as never, id })
}
