import type { Config } from 'payload'

import { hasRole } from '../access/roles'
import { staff } from '../access/staff'

/** The custom sharing choice for editing and deleting a shared view: only admins may (the team's curated views). */
export const ADMINS_CONSTRAINT = 'admins'

const adminsOnly = {
  access: ({ req: { user } }: { req: { user: unknown } }) => hasRole(user as never, 'admin'),
  label: 'Admins',
  value: ADMINS_CONSTRAINT,
}

/**
 * Saved list views ("Retention · New moms"), Payload's query presets, on the four content types. Staff only: API
 * clients and visitors never see or save one. Each view is its author's unless shared: with everyone on the staff,
 * with named people, or (for editing and deleting) with admins only, which is how the team's shared views are kept.
 */
export const queryPresets: NonNullable<Config['queryPresets']> = {
  access: { create: staff, delete: staff, read: staff, update: staff },
  constraints: { delete: [adminsOnly as never], update: [adminsOnly as never] },
  labels: { plural: 'Saved views', singular: 'Saved view' },
}
