import type { Access } from 'payload'

import { hasRole, isStaffUser } from '../access/roles'
import { CONTENT_TYPES } from '../taxonomy/contentTypes'

/**
 * Admins read the whole log. Medical reviewers and brand managers read the history of content
 * items and programs (who submitted, approved, published what), which their sign-off work needs; entries about
 * users, API clients, webhooks, taxonomy and the guidelines stay with admins. Editors and API
 * clients read nothing here.
 */
export const auditReaders: Access = ({ req: { user } }) => {
  if (hasRole(user, 'admin')) return true
  if (isStaffUser(user) && hasRole(user, 'medicalReviewer', 'brandManager')) return { collection: { in: [...CONTENT_TYPES, 'programs'] } }
  return false
}

/** Nobody writes through an API; entries come only from `recordAudit`. */
export const nobody: Access = () => false
