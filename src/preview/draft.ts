import type { Payload, PayloadRequest } from 'payload'
import { APIError } from 'payload'

import type { AllLocalesDocument } from '../localApi/contentDocuments'
import type { ContentType } from '../taxonomy/contentTypes'
import { DEFAULT_PREVIEW_SECONDS, MAX_PREVIEW_SECONDS, signPreviewToken, verifyPreviewToken, type PreviewClaims } from './token'

/** The newest version (draft or published) of an item: what a preview link made now shows. */
export async function latestVersionId(payload: Payload, type: ContentType, id: number | string, req?: PayloadRequest): Promise<string | null> {
  const { docs } = await payload.findVersions({
    collection: type,
    depth: 0,
    limit: 1,
    overrideAccess: true,
    pagination: false,
    req,
    select: { updatedAt: true } as never,
    sort: '-updatedAt',
    where: { parent: { equals: id } },
  })
  return docs[0] ? String(docs[0].id) : null
}

export interface PreviewLinkRequest {
  type: ContentType
  id: number | string
  expiresInSeconds?: number
}

/** A token for the newest version of an item the signed-in staff member may read (drafts included). */
export async function createPreviewToken(req: PayloadRequest, { expiresInSeconds = DEFAULT_PREVIEW_SECONDS, id, type }: PreviewLinkRequest) {
  if (req.user?.collection !== 'users') throw new APIError('Only signed-in staff can create preview links.', 401, null, true)
  if (!Number.isInteger(expiresInSeconds) || expiresInSeconds < 60 || expiresInSeconds > MAX_PREVIEW_SECONDS) {
    throw new APIError(`expiresInSeconds must be a whole number from 60 to ${MAX_PREVIEW_SECONDS} (one hour at most).`, 400, null, true)
  }
  const doc = await req.payload.findByID({ collection: type, depth: 0, disableErrors: true, draft: true, id, overrideAccess: false, req, user: req.user })
  if (!doc) throw new APIError(`There is no ${type} item with id ${String(id)} that you can read.`, 404, null, true)
  const version = await latestVersionId(req.payload, type, id, req)
  if (!version) throw new APIError('This item has no saved version to preview yet; save it first.', 400, null, true)
  const exp = Math.floor(Date.now() / 1000) + expiresInSeconds
  const claims: PreviewClaims = { exp, id: String(doc.id), type, version }
  return { claims, slug: (doc as { slug?: null | string }).slug ?? null, token: signPreviewToken(req.payload.secret, claims) }
}

/**
 * The draft a token grants, read with every language: only the version named in the token, and only when that
 * version belongs to the item named in it. A bad or expired token is a 403 with a message saying what to do.
 */
export async function readPreviewDraft(payload: Payload, token: string, type: ContentType): Promise<AllLocalesDocument> {
  const verdict = verifyPreviewToken(payload.secret, token)
  if (!verdict.ok) throw new APIError(verdict.reason, 403, null, true)
  const { claims } = verdict
  if (claims.type !== type) throw new APIError(`This preview token is for ${claims.type}, not ${type}.`, 403, null, true)
  const version = await payload
    .findVersionByID({ collection: type, depth: 0, disableErrors: true, id: claims.version, locale: 'all', overrideAccess: true })
    .catch(() => null)
  const parent = version ? String(typeof version.parent === 'object' ? (version.parent as { id: unknown }).id : version.parent) : null
  if (!version || parent !== claims.id) throw new APIError('The version this preview link shows no longer exists. Create a new preview link.', 404, null, true)
  return { ...(version.version as unknown as AllLocalesDocument), id: claims.id }
}

