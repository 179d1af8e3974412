import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionBeforeChangeHook,
  CollectionBeforeOperationHook,
  CollectionSlug,
} from 'payload'

import { changedFieldNames } from '../changedFields'
import { recordAudit } from '../recordAudit'
import { isLive, latestVersionId } from '../../localApi/versions'
import { auditState, computedFieldNames, hasDrafts, itemKey } from './auditState'

/** Notes which version a restore brings back, for the entry written after it. */
export const rememberRestoredVersion: CollectionBeforeOperationHook = ({ args, collection, context, operation }) => {
  if (operation === 'restoreVersion' && (args as { id?: number | string }).id !== undefined) {
    auditState(context).restoring[collection.slug] = String((args as { id: number | string }).id)
  }
  return args
}

/** Notes whether an item was live before a save, so an unpublish can be told from a draft saved over it. */
export const rememberLiveStatus: CollectionBeforeChangeHook = async ({ collection, context, data, operation, originalDoc, req }) => {
  if (operation === 'update' && hasDrafts(collection) && originalDoc?.id !== undefined) {
    auditState(context).wasLive[itemKey(collection.slug, originalDoc.id)] = await isLive(req, collection.slug as CollectionSlug, originalDoc.id)
  }
  return data
}

/**
 * create · update (names of changed fields) · publish (a version went live) · unpublish (live → draft) ·
 * restore (Payload's version restore, flagged by `context.isRestoringVersion`). Saves that change
 * nothing an editor set are not recorded.
 */
export const auditChange: CollectionAfterChangeHook = async ({ collection, context, doc, operation, previousDoc, req }) => {
  // A review act's own save is recorded as the act (submit, approve…), by the workflow.
  if ((context as { workflowAct?: unknown }).workflowAct) return doc
  const slug = collection.slug
  const ignore = computedFieldNames(collection)
  const drafts = hasDrafts(collection)
  const state = auditState(context)
  // An admin who publishes or edits past a reviewer-only rule did it as a recorded override (set by the workflow).
  const base = { adminOverride: Boolean((doc as { workflow?: { adminOverride?: boolean } }).workflow?.adminOverride), collection: slug, itemId: doc.id }

  if (operation === 'create') {
    const versionId = await latestVersionId(req, collection.slug as CollectionSlug, doc.id)
    await recordAudit(req, { ...base, action: 'create', changedFields: changedFieldNames({}, doc, ignore), versionId })
    if (drafts && doc._status === 'published') await recordAudit(req, { ...base, action: 'publish', versionId })
    return doc
  }

  const key = itemKey(slug, doc.id)
  const wasLive = state.wasLive[key]
  delete state.wasLive[key]
  const restoredVersion = state.restoring[slug]
  if (context.isRestoringVersion && restoredVersion !== undefined) {
    delete state.restoring[slug]
    const versionId = await latestVersionId(req, collection.slug as CollectionSlug, doc.id)
    await recordAudit(req, { ...base, action: 'restore', details: { restoredVersion, status: doc._status ?? null }, versionId })
    return doc
  }

  const changedFields = changedFieldNames(previousDoc, doc, ignore)
  if (drafts && doc._status === 'published') {
    await recordAudit(req, { ...base, action: 'publish', changedFields, versionId: await latestVersionId(req, collection.slug as CollectionSlug, doc.id) })
    return doc
  }
  if (drafts && wasLive && !(await isLive(req, slug as CollectionSlug, doc.id))) {
    await recordAudit(req, { ...base, action: 'unpublish', changedFields, versionId: await latestVersionId(req, collection.slug as CollectionSlug, doc.id) })
    return doc
  }
  if (changedFields.length) {
    await recordAudit(req, { ...base, action: 'update', changedFields, versionId: await latestVersionId(req, collection.slug as CollectionSlug, doc.id) })
  }
  return doc
}

export const auditDeletion: CollectionAfterDeleteHook = async ({ collection, doc, req }) => {
  await recordAudit(req, { action: 'delete', collection: collection.slug, itemId: doc.id })
  return doc
}
