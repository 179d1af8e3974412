/** Staff roles. Stored as stable machine values; labels are what editors see. */
export const ROLES = [
  { label: 'Admin', value: 'admin' },
  { label: 'Editor', value: 'editor' },
  { label: 'Medical reviewer', value: 'medicalReviewer' },
  { label: 'Brand manager', value: 'brandManager' },
] as const

export type Role = (typeof ROLES)[number]['value']

export const ROLE_VALUES: readonly Role[] = ROLES.map((r) => r.value)

/** Anything Payload may put on `req.user`: a staff member, an API client, or nobody. */
export type RequestUser =
  | { collection?: string; roles?: readonly string[] | null; id?: number | string }
  | null
  | undefined

/** Staff are people signed in to the admin (`users`), as opposed to machine `apiClients`. */
export const isStaffUser = (user: RequestUser): boolean => user?.collection === 'users'

export const hasRole = (user: RequestUser, ...roles: Role[]): boolean =>
  isStaffUser(user) && Array.isArray(user?.roles) && roles.some((role) => user.roles!.includes(role))
