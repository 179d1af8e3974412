import type { CollectionBeforeOperationHook } from 'payload'
import { Forbidden } from 'payload'

import { hasRole, type Role } from '../../../access/roles'

const sameRoles = (a: unknown, b: unknown): boolean => {
  const norm = (v: unknown) => (Array.isArray(v) ? [...v].map(String).sort().join(',') : '')
  return norm(a) === norm(b)
}

/**
 * Roles change only through an admin. Field access alone would silently drop the value;
 * a person who tries to raise their own role deserves a clear 403 instead.
 * The very first account (created from the admin's "create first user" screen) becomes an admin.
 */
type WriteArgs = { data?: { roles?: Role[] }; id?: number | string; overrideAccess?: boolean }

export const guardRoles: CollectionBeforeOperationHook<'users'> = async ({ args, operation, req }) => {
  if (operation !== 'create' && operation !== 'update' && operation !== 'updateByID') return args
  const write = args as WriteArgs
  const data = write.data
  if (!data) return args

  if (operation === 'create') {
    const { totalDocs } = await req.payload.count({ collection: 'users', overrideAccess: true, req })
    if (totalDocs === 0) {
      write.data = { ...data, roles: ['admin'] }
      return args
    }
  }
  if (!('roles' in data) || hasRole(req.user, 'admin') || write.overrideAccess) return args

  const ownRoles = req.user && 'roles' in req.user ? req.user.roles : []
  if (operation === 'create' || !sameRoles(data.roles, ownRoles)) {
    const refusal = new Forbidden(req.t)
    refusal.message = 'Only admins can change roles; ask an admin to change yours.'
    throw refusal
  }
  return args
}
