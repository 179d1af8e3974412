import type { Access } from 'payload'

import { hasRole } from '../access/roles'
import { WORKFLOW_ACCESS } from '../workflow'

/**
 * Update access on content: any staff role may save (what each role may then do is the workflow's
 * access table, enforced by the save hook); a save that publishes, as the admin's Publish and
 * Schedule buttons ask, needs a role that may publish, so editors never see those buttons and cannot
 * schedule a publish.
 */
export const saveContent: Access = ({ data, req: { user } }) => {
  if (!hasRole(user, 'admin', 'editor', 'medicalReviewer', 'brandManager')) return false
  if ((data as { _status?: string } | undefined)?._status === 'published') return hasRole(user, ...WORKFLOW_ACCESS.publish)
  return true
}
