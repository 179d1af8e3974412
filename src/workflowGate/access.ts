import type { Access, PayloadRequest } from 'payload'

import { hasRole, type RequestUser } from '../access/roles'
import { WORKFLOW_ACCESS } from '../workflow'

/**
 * Update access on content: any staff role may save (what each role may then do is the workflow's
 * access table, enforced by the save hook); a save that publishes, as the admin's Publish and
 * Schedule buttons ask, needs a role that may publish, so editors never see those buttons and cannot
 * schedule a publish.
 */
export const saveContent: Access = ({ data, req: { user } }) => {
  if (!hasRole(user, 'admin', 'editor', 'medicalReviewer', 'brandManager')) return false
  if ((data as { _status?: string } | undefined)?._status === 'published') return hasRole(user, ...WORKFLOW_ACCESS.publish)
  return true
}

/**
 * Who may publish a change to a shared snippet: a clinical one (disclaimers, when to call 911; the default) a medical
 * reviewer or an admin, any other one every role that may publish content.
 */
export const maySnippetBePublishedBy = (user: RequestUser, clinical: boolean): boolean =>
  clinical ? hasRole(user, 'medicalReviewer', 'admin') : hasRole(user, ...WORKFLOW_ACCESS.publish)

/** Clinical unless every value known for it says otherwise: unticking "clinical" in the same save does not lower the bar. */
export const isClinicalSnippet = (...values: unknown[]): boolean => {
  const known = values.filter((value) => value !== undefined)
  return known.length === 0 || known.some((value) => value !== false)
}

const storedClinical = async (req: PayloadRequest, id: number | string): Promise<unknown> => {
  const doc = await req.payload.findByID({ collection: 'snippets', depth: 0, disableErrors: true, draft: true, id, overrideAccess: true, req, select: { clinical: true } })
  return doc?.clinical ?? undefined
}

/**
 * Update access on snippets: any staff role saves drafts; a save that publishes needs a role that may publish this
 * snippet (see `maySnippetBePublishedBy`), so the admin offers the Publish button only to them (it asks with the
 * document and `_status: 'published'`).
 */
export const saveSnippet: Access = async ({ data, id, req }) => {
  if (!hasRole(req.user, 'admin', 'editor', 'medicalReviewer', 'brandManager')) return false
  if ((data as { _status?: string } | undefined)?._status !== 'published') return true
  const stored = id === undefined ? undefined : await storedClinical(req, id)
  return maySnippetBePublishedBy(req.user, isClinicalSnippet((data as { clinical?: unknown }).clinical, stored))
}
