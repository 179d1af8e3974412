import type { CollectionBeforeOperationHook } from 'payload'
import { Forbidden } from 'payload'

/**
 * The audit log is append-only for everyone, admins and server code included: access control says
 * no on REST and GraphQL, and this hook says no even when the Local API overrides access (its default).
 */
export const refuseAuditChanges: CollectionBeforeOperationHook<'audit-log'> = ({ args, operation, req }) => {
  if (operation === 'update' || operation === 'delete' || operation === 'restoreVersion') {
    const refusal = new Forbidden(req.t)
    refusal.message = 'The audit log is append-only: entries cannot be changed or deleted, by anyone.'
    throw refusal
  }
  return args
}
