import type { Access } from 'payload'

import { isStaffUser } from './roles'

/** Any signed-in staff member (any role); API clients and anonymous visitors do not pass. */
export const staff: Access = ({ req: { user } }) => isStaffUser(user)
