/** What an audit entry can record. Stable machine values: stored, exported and filtered on. */
export const AUDIT_ACTIONS = [
  'create',
  'update',
  'submit',
  'approve',
  'requestChanges',
  'confirmReview',
  'publish',
  'unpublish',
  'schedule',
  'delete',
  'restore',
  'roleChange',
  'guidelineChange',
  'apiClientCreated',
  'apiClientDisabled',
] as const

export type AuditAction = (typeof AUDIT_ACTIONS)[number]

/** Who acted: a signed-in staff member, an API client, or Carepath itself (jobs, seed, scripts). */
export const AUDIT_ACTOR_TYPES = ['user', 'apiClient', 'system'] as const

export type AuditActorType = (typeof AUDIT_ACTOR_TYPES)[number]

