import type { Role } from '../taxonomy/roles'

/** The staff-role vocabulary lives with the other vocabularies; access functions import it from here too. */
export { ROLES, ROLE_VALUES, type Role } from '../taxonomy/roles'

/** Anything Payload may put on `req.user`: a staff member, an API client, or nobody. */
export type RequestUser =
  | { collection?: string; roles?: readonly string[] | null; id?: number | string }
  | null
  | undefined

/** Staff are people signed in to the admin (`users`), as opposed to machine `apiClients`. */
export const isStaffUser = (user: RequestUser): boolean => user?.collection === 'users'

export const hasRole = (user: RequestUser, ...roles: Role[]): boolean =>
  isStaffUser(user) && Array.isArray(user?.roles) && roles.some((role) => user.roles!.includes(role))
