import type { Access } from 'payload'

import { isStaffUser } from './roles'

/**
 * Staff read drafts; everyone else (API clients, anonymous visitors) only published documents.
 * Returning a `Where` lets the database filter, so a draft can never leak through any API.
 */
export const publishedOrStaff: Access = ({ req: { user } }) =>
  isStaffUser(user) ? true : { _status: { equals: 'published' } }
