import type { CollectionBeforeOperationHook, CollectionConfig } from 'payload'
import { Forbidden, ValidationError } from 'payload'

import { admins, adminsFieldLevel } from '../access/admins'
import { adminsOrSelf } from '../access/adminsOrSelf'
import { ROLES, hasRole, isStaffUser, type Role } from '../access/roles'
import { auditDeletion, auditUserChange } from '../audit/hooks'
import { limitSignInAttempts } from '../security/loginRateLimit'

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

const guardRoles: CollectionBeforeOperationHook<'users'> = async ({ args, operation, req }) => {
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

/** A deployment must always keep one admin, or nobody could manage users again. */
const keepLastAdmin: CollectionBeforeOperationHook<'users'> = async ({ args, operation, req }) => {
  const write = args as WriteArgs
  const removingAdmin =
    operation === 'delete' ||
    operation === 'deleteByID' ||
    ((operation === 'update' || operation === 'updateByID') &&
      Array.isArray(write.data?.roles) &&
      !write.data.roles.includes('admin'))
  if (!removingAdmin) return args

  const admins = await req.payload.find({
    collection: 'users',
    depth: 0,
    limit: 2,
    overrideAccess: true,
    pagination: false,
    req,
    where: { roles: { contains: 'admin' } },
  })
  const targetId = write.id
  if (admins.docs.length === 1 && targetId !== undefined && String(admins.docs[0]!.id) === String(targetId)) {
    throw new ValidationError({
      collection: 'users',
      errors: [{ message: 'This is the last admin account: make another user an admin first.', path: 'roles' }],
    })
  }
  return args
}

export const Users: CollectionConfig<'users'> = {
  slug: 'users',
  access: {
    admin: ({ req: { user } }) => isStaffUser(user),
    create: admins,
    delete: admins,
    read: adminsOrSelf,
    // Payload's default lets any staff member unlock any account locked after failed logins.
    unlock: admins,
    update: adminsOrSelf,
  },
  admin: {
    defaultColumns: ['name', 'email', 'roles'],
    group: 'Settings',
    useAsTitle: 'email',
  },
  auth: {
    // No per-account lockout: it revealed which accounts exist and let strangers lock staff out. Sign-ins are limited
    // per address instead (limitSignInAttempts; README "Security and privacy").
    maxLoginAttempts: 0,
    tokenExpiration: 8 * 60 * 60,
  },
  fields: [
    { name: 'name', type: 'text', admin: { description: 'Shown to colleagues in review comments and history.' } },
    {
      name: 'roles',
      type: 'select',
      access: { create: adminsFieldLevel, update: adminsFieldLevel },
      admin: {
        description:
          'Editors write content; medical reviewers sign off clinical accuracy; brand managers own the brand guidelines; admins manage users and API clients.',
      },
      defaultValue: ['editor'],
      hasMany: true,
      options: [...ROLES],
      required: true,
      saveToJWT: true,
    },
  ],
  hooks: {
    afterChange: [auditUserChange],
    afterDelete: [auditDeletion],
    beforeOperation: [limitSignInAttempts(), guardRoles, keepLastAdmin],
  },
}
