import type { CollectionAfterChangeHook } from 'payload'

import { recordAudit } from '../recordAudit'

const roleSet = (roles: unknown) => (Array.isArray(roles) ? [...roles].map(String).sort().join(',') : '')

/** Accounts created and role changes; never names, emails or other values of the account. */
export const auditUserChange: CollectionAfterChangeHook = async ({ collection, doc, operation, previousDoc, req }) => {
  if (operation === 'create') {
    await recordAudit(req, { action: 'create', collection: collection.slug, itemId: doc.id })
  } else if (roleSet(previousDoc?.roles) !== roleSet(doc.roles)) {
    await recordAudit(req, { action: 'roleChange', changedFields: ['roles'], collection: collection.slug, itemId: doc.id })
  }
  return doc
}
