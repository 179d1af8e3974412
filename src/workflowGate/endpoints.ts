import type { Endpoint, PayloadRequest } from 'payload'
import { APIError } from 'payload'

import type { ReviewedType } from '../workflow'
import { REVIEW_ACTS, isReviewAct } from '../workflow'
import { runReviewAct } from './runReviewAct'
import { workflowStatus } from './status'

const target = (req: PayloadRequest, type: ReviewedType) => {
  const id = req.routeParams?.id
  if (typeof id !== 'string' && typeof id !== 'number') throw new APIError('The item id is missing from the address.', 400, null, true)
  return { id, type }
}

/** Review acts and status are for signed-in staff; API clients only read published content. */
export const requireStaff = (req: PayloadRequest) => {
  if (!req.user) throw new APIError('Sign in to take part in reviews.', 401, null, true)
  if (req.user.collection !== 'users') throw new APIError('API clients can only read published content.', 403, null, true)
}

/**
 * `POST /api/{type}/{id}/workflow` with `{ "action": "submit" | "approve" | "requestChanges" | "confirmReview", "comment"?: string }`:
 * a review act by the signed-in staff member. Answers the item's workflow status.
 */
export const reviewActEndpoint = (slug: ReviewedType): Endpoint => ({
  handler: async (req) => {
    requireStaff(req)
    const { id, type } = target(req, slug)
    let body: { action?: unknown; comment?: unknown } | null
    try {
      body = (await req.json?.()) as typeof body
    } catch {
      throw new APIError('The request body must be JSON, e.g. {"action":"submit"}.', 400, null, true)
    }
    if (!body || typeof body !== 'object') throw new APIError('The request body must be a JSON object, e.g. {"action":"submit"}.', 400, null, true)
    if (!isReviewAct(body.action)) throw new APIError(`"action" must be one of: ${REVIEW_ACTS.join(', ')}.`, 400, null, true)
    if (body.comment !== undefined && body.comment !== null && typeof body.comment !== 'string') throw new APIError('"comment" must be text.', 400, null, true)
    return Response.json(await runReviewAct(req, { act: body.action, comment: body.comment as null | string | undefined, id, type }))
  },
  method: 'post',
  path: '/:id/workflow',
})

/** `GET /api/{type}/{id}/workflow`: state, approvals covering the latest content, review dates (staff). */
export const workflowStatusEndpoint = (slug: ReviewedType): Endpoint => ({
  handler: async (req) => {
    requireStaff(req)
    const { id, type } = target(req, slug)
    return Response.json(await workflowStatus(req, type, id))
  },
  method: 'get',
  path: '/:id/workflow',
})
