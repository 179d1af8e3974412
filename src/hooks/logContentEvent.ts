import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, CollectionSlug, Payload, PayloadRequest } from 'payload'

import type { ContentEvent } from '../../payload-types'
import { CONTENT_EVENT_ACTIONS, LIVE_ACTIONS, type ContentEventAction } from '../taxonomy/contentEvents'
import type { PROGRAM_EVENT_TYPE } from '../programs/events'
import type { ContentType } from '../taxonomy/contentTypes'
import type { ContentDocument } from '../localApi/contentDocuments'
import { idOf } from '../utilities/idOf'
import { keepingRequestLocale } from '../localApi/keepingRequestLocale'

/** Content items and programs log when they go live and stop being live. */
type LoggedType = ContentType | typeof PROGRAM_EVENT_TYPE

/** The item's last logged event among `actions`, in the caller's transaction when `req` is given. */
export async function lastLoggedEvent(payload: Payload, { actions, docId, req, type }: { actions: readonly string[]; docId: string; req?: PayloadRequest; type: LoggedType }): Promise<ContentEvent | undefined> {
  const { docs } = await payload.find({
    collection: 'content-events',
    depth: 0,
    limit: 1,
    overrideAccess: true,
    req,
    sort: '-at',
    where: { and: [{ type: { equals: type } }, { docId: { equals: docId } }, { action: { in: [...actions] } }] },
  })
  return docs[0]
}

/** The last change to whether the item is live (programs also log integrity changes, which say nothing about that). */
const lastEvent = async (req: PayloadRequest, type: LoggedType, docId: string) =>
  (await lastLoggedEvent(req.payload, { actions: CONTENT_EVENT_ACTIONS, docId, req, type })) as (Omit<ContentEvent, 'action'> & { action: ContentEventAction }) | undefined

/** Segment slugs of relationship values, as events record them. */
export async function segmentSlugs(payload: Payload, refs: unknown, req?: PayloadRequest): Promise<string[]> {
  const ids = (Array.isArray(refs) ? refs : []).map(idOf).filter((v) => v !== undefined)
  if (!ids.length) return []
  const { docs } = await payload.find({ collection: 'segments', depth: 0, limit: ids.length, overrideAccess: true, pagination: false, req, where: { id: { in: ids } } })
  return docs.map((d) => d.slug as string)
}

async function record(req: PayloadRequest, type: LoggedType, action: ContentEventAction, doc: Partial<ContentDocument>) {
  await keepingRequestLocale(req, async () => {
    await req.payload.create({
      collection: 'content-events',
      data: {
        action,
        at: new Date().toISOString(),
        docId: String(doc.id),
        docUpdatedAt: doc.updatedAt,
        segments: await segmentSlugs(req.payload, doc.segments, req),
        slug: doc.slug,
        stages: doc.stages ?? [],
        // Programs are named, content is titled.
        title: typeof doc.title === 'string' ? doc.title : typeof (doc as { name?: unknown }).name === 'string' ? (doc as { name: string }).name : undefined,
        type,
      },
      overrideAccess: true,
      req,
    })
  })
}

/**
 * After any save, compares what is live now (the published version) with the last logged event:
 * newly live → `published`, live text changed → `updated`, no longer live → `unpublished`.
 * Saving a draft of a live item changes nothing live, so it logs nothing.
 */
export const logContentChange: CollectionAfterChangeHook<ContentDocument> = async ({ collection, doc, req }) => {
  const type = collection.slug as LoggedType
  const docId = String(doc.id)
  const live = (await keepingRequestLocale(req, () =>
    req.payload.findByID({ collection: collection.slug as CollectionSlug, depth: 0, disableErrors: true, draft: false, id: doc.id, locale: 'en', overrideAccess: true, req }),
  )) as ContentDocument | null
  const isLive = live?._status === 'published'
  const previous = await lastEvent(req, type, docId)
  const wasLive = previous ? LIVE_ACTIONS.includes(previous.action) : false

  if (isLive && !wasLive) await record(req, type, 'published', live!)
  else if (isLive && wasLive && previous?.docUpdatedAt !== live!.updatedAt) await record(req, type, 'updated', live!)
  else if (!isLive && wasLive) await record(req, type, 'unpublished', { ...doc, ...(live ?? {}) })
  return doc
}

export const logContentDeletion: CollectionAfterDeleteHook<ContentDocument> = async ({ collection, doc, req }) => {
  const type = collection.slug as LoggedType
  const previous = await lastEvent(req, type, String(doc.id))
  if (previous && LIVE_ACTIONS.includes(previous.action)) await record(req, type, 'deleted', doc)
  return doc
}
