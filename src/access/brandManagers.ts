import type { Access } from 'payload'

import { hasRole } from './roles'

/** Brand managers own the brand guidelines; admins may change them too. */
export const brandManagers: Access = ({ req: { user } }) => hasRole(user, 'admin', 'brandManager')
