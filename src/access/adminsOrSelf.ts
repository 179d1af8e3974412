import type { Access } from 'payload'

import { hasRole, isStaffUser } from './roles'

/** Admins see and change every account; other staff only their own. */
export const adminsOrSelf: Access = ({ req: { user } }) => {
  if (hasRole(user, 'admin')) return true
  if (isStaffUser(user) && user?.id !== undefined) return { id: { equals: user.id } }
  return false
}
