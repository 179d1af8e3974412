import type { Access } from 'payload'

import { hasRole } from './roles'

/** People who write content: editors and admins. */
export const editors: Access = ({ req: { user } }) => hasRole(user, 'admin', 'editor')
