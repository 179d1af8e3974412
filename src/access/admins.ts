import type { Access, FieldAccess } from 'payload'

import { hasRole } from './roles'

/** Only admins pass: user management, roles, API clients. */
export const admins: Access = ({ req: { user } }) => hasRole(user, 'admin')

export const adminsFieldLevel: FieldAccess = ({ req: { user } }) => hasRole(user, 'admin')
