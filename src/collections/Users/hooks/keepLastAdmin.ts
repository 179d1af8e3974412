import type { CollectionBeforeOperationHook } from 'payload'
import { ValidationError } from 'payload'

import type { Role } from '../../../access/roles'

type WriteArgs = { data?: { roles?: Role[] }; id?: number | string; overrideAccess?: boolean }

/** A deployment must always keep one admin, or nobody could manage users again. */
export const keepLastAdmin: CollectionBeforeOperationHook<'users'> = async ({ args, operation, req }) => {
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
