import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, CollectionSlug, PayloadRequest } from 'payload'

import { LIVE_ACTIONS, type ContentEventAction } from '../taxonomy/contentEvents'
import type { ContentType } from '../taxonomy/contentTypes'
import { keepingRequestLocale } from './keepingRequestLocale'

type Doc = Record<string, any>

async function lastEvent(req: PayloadRequest, type: ContentType, docId: string) {
  const { docs } = await req.payload.find({
    collection: 'content-events',
    depth: 0,
    limit: 1,
    overrideAccess: true,
    req,
    sort: '-at',
    where: { and: [{ type: { equals: type } }, { docId: { equals: docId } }] },
  })
  return docs[0]
}

async function segmentSlugs(req: PayloadRequest, refs: unknown): Promise<string[]> {
  const ids = (Array.isArray(refs) ? refs : []).map((r) => (typeof r === 'object' && r ? (r as Doc).id : r)).filter((v) => v !== null && v !== undefined)
  if (!ids.length) return []
  const { docs } = await req.payload.find({ collection: 'segments', depth: 0, limit: ids.length, overrideAccess: true, pagination: false, req, where: { id: { in: ids } } })
  return docs.map((d) => d.slug as string)
}

async function record(req: PayloadRequest, type: ContentType, action: ContentEventAction, doc: Doc) {
  await keepingRequestLocale(req, async () => {
    await req.payload.create({
      collection: 'content-events',
      data: {
        action,
        at: new Date().toISOString(),
        docId: String(doc.id),
        docUpdatedAt: doc.updatedAt,
        segments: await segmentSlugs(req, doc.segments),
        slug: doc.slug,
        stages: doc.stages ?? [],
        title: typeof doc.title === 'string' ? doc.title : undefined,
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
export const logContentChange: CollectionAfterChangeHook = async ({ collection, doc, req }) => {
  const type = collection.slug as ContentType
  const docId = String(doc.id)
  const live = (await keepingRequestLocale(req, () =>
    req.payload.findByID({ collection: collection.slug as CollectionSlug, depth: 0, disableErrors: true, draft: false, id: doc.id, locale: 'en', overrideAccess: true, req }),
  )) as Doc | null
  const isLive = live?._status === 'published'
  const previous = await lastEvent(req, type, docId)
  const wasLive = previous ? LIVE_ACTIONS.includes(previous.action) : false

  if (isLive && !wasLive) await record(req, type, 'published', live!)
  else if (isLive && wasLive && previous?.docUpdatedAt !== live!.updatedAt) await record(req, type, 'updated', live!)
  else if (!isLive && wasLive) await record(req, type, 'unpublished', { ...doc, ...(live ?? {}) })
  return doc
}

export const logContentDeletion: CollectionAfterDeleteHook = async ({ collection, doc, req }) => {
  const type = collection.slug as ContentType
  const previous = await lastEvent(req, type, String(doc.id))
  if (previous && LIVE_ACTIONS.includes(previous.action)) await record(req, type, 'deleted', doc)
  return doc
}
