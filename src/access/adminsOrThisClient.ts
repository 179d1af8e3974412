import type { Access } from 'payload'

import { hasRole } from './roles'

/** Admins read every API client; a client may read only its own record (e.g. `GET /api/api-clients/me`). */
export const adminsOrThisClient: Access = ({ req: { user } }) => {
  if (hasRole(user, 'admin')) return true
  if (user?.collection === 'api-clients') return { id: { equals: user.id } }
  return false
}
