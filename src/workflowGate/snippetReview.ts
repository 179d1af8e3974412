import type { CollectionBeforeChangeHook, Endpoint, PayloadRequest, Where } from 'payload'
import { APIError } from 'payload'

import { CONTENT_TYPES } from '../taxonomy/contentTypes'
import { isClinicalSnippet, maySnippetBePublishedBy } from './access'
import { WorkflowRefused } from './WorkflowRefused'
import { actorOf, workflowContext } from './context'
import { requireStaff } from './endpoints'

/** Published items whose text includes the snippet, per content type. */
export async function snippetReach(req: PayloadRequest, id: number | string): Promise<Record<string, number>> {
  const where: Where = { and: [{ snippetRefs: { in: [id] } }, { _status: { equals: 'published' } }] }
  const counts = await Promise.all(
    CONTENT_TYPES.map(async (type) => [type, (await req.payload.count({ collection: type, overrideAccess: true, req, where })).totalDocs] as const),
  )
  return Object.fromEntries(counts)
}

const describeReach = (reach: Record<string, number>) => {
  const total = Object.values(reach).reduce((a, b) => a + b, 0)
  return `${total} published item${total === 1 ? '' : 's'}`
}

/**
 * A snippet is shared text: publishing a change to it changes every published item that includes it at once. So a
 * change to a snippet that is live goes through review like content does: editors save it as a draft; a medical
 * reviewer or brand manager (a medical reviewer for clinical snippets such as disclaimers) publishes it, and the
 * audit log records who. Server code (seed, migrations) is not a person and is not asked. A new snippet is not live
 * anywhere until reviewed content includes it, so editors may create it published.
 */
export const reviewSnippetChanges: CollectionBeforeChangeHook = async ({ data, operation, originalDoc, req }) => {
  const actor = actorOf(req)
  if (actor.kind !== 'staff' || operation === 'create' || workflowContext(req).workflowDraftSave) return data
  const clinical = isClinicalSnippet(data.clinical, originalDoc?.clinical)
  if (maySnippetBePublishedBy(req.user, clinical)) return data
  const reach = describeReach(await snippetReach(req, originalDoc!.id))
  throw new WorkflowRefused(
    `This snippet is shared by ${reach}; publishing a change updates all of them at once. Save your change as a draft: ${clinical ? 'a medical reviewer' : 'a medical reviewer or brand manager'} reviews and publishes it.`,
    403,
  )
}

/** `GET /api/snippets/{id}/reach`: how many published items, per type, a change to the snippet reaches (staff). */
export const snippetReachEndpoint: Endpoint = {
  handler: async (req) => {
    requireStaff(req)
    const id = req.routeParams?.id
    if (typeof id !== 'string' && typeof id !== 'number') throw new APIError('The snippet id is missing from the address.', 400, null, true)
    return Response.json(await snippetReach(req, id))
  },
  method: 'get',
  path: '/:id/reach',
}
