import type { CollectionAfterChangeHook } from 'payload'

import { changedFieldNames } from '../changedFields'
import { recordAudit } from '../recordAudit'
import { computedFieldNames } from './auditState'

/** API clients created, disabled (key revoked) or otherwise changed; field names only, never keys or notes. */
export const auditApiClientChange: CollectionAfterChangeHook = async ({ collection, doc, operation, previousDoc, req }) => {
  const base = { collection: collection.slug, itemId: doc.id }
  if (operation === 'create') {
    await recordAudit(req, { ...base, action: 'apiClientCreated' })
    return doc
  }
  const changedFields = changedFieldNames(previousDoc, doc, computedFieldNames(collection))
  if (previousDoc?.enabled !== false && doc.enabled === false) {
    await recordAudit(req, { ...base, action: 'apiClientDisabled', changedFields })
  } else if (changedFields.length) {
    await recordAudit(req, { ...base, action: 'update', changedFields })
  }
  return doc
}
