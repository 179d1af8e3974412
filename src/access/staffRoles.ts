import type { Access } from 'payload'

import { hasRole } from './roles'

/** Any staff member with a role; what each role may then do to content is the workflow's access table. */
export const staffRoles: Access = ({ req: { user } }) => hasRole(user, 'admin', 'editor', 'medicalReviewer', 'brandManager')
