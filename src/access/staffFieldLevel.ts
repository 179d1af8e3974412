import type { FieldAccess } from 'payload'

import { isStaffUser } from './roles'

/** Field-level: only signed-in staff read (and filter on) the field; API clients and visitors never see it. */
export const staffFieldLevel: FieldAccess = ({ req: { user } }) => isStaffUser(user)
