import type { CollectionBeforeOperationHook, CollectionSlug } from 'payload'
import { Forbidden } from 'payload'

/**
 * Records nobody may change or delete, admins and server code included: access control says no on
 * REST and GraphQL, and this hook says no even when the Local API overrides access (its default).
 */
export const appendOnly =
  <TSlug extends CollectionSlug>(message: string): CollectionBeforeOperationHook<TSlug> =>
  ({ args, operation, req }) => {
    if (['update', 'updateByID', 'delete', 'deleteByID', 'restoreVersion'].includes(operation)) {
      const refusal = new Forbidden(req.t)
      refusal.message = message
      throw refusal
    }
    return args
  }
