import type { CollectionAfterChangeHook } from 'payload'

import { recordAudit } from '../recordAudit'

const roleSet = (roles: unknown) => (Array.isArray(roles) ? [...roles].map(String).sort().join(',') : '')

/** Accounts created, and changes to what an account may do: its roles and its clinical credentials (names only, never values). */
export const auditUserChange: CollectionAfterChangeHook = async ({ collection, doc, operation, previousDoc, req }) => {
  if (operation === 'create') {
    await recordAudit(req, { action: 'create', collection: collection.slug, itemId: doc.id })
  } else {
    const changed = [
      ...((previousDoc?.credentials ?? null) !== (doc.credentials ?? null) ? ['credentials'] : []),
      ...(roleSet(previousDoc?.roles) !== roleSet(doc.roles) ? ['roles'] : []),
    ]
    if (changed.length) await recordAudit(req, { action: 'roleChange', changedFields: changed, collection: collection.slug, itemId: doc.id })
  }
  return doc
}
