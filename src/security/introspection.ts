import type { DocumentNode } from 'graphql'

import { isStaffUser, type RequestUser } from '../access/roles'

/** Introspection (`__schema`, `__type`) is for staff while developing; production publishes schema.graphql instead. */
export const introspectionAllowed = (user: RequestUser, env: NodeJS.ProcessEnv = process.env) => env.NODE_ENV !== 'production' && isStaffUser(user)

/** Whether a query asks for the schema (`__typename` alone is not introspection). */
export function usesIntrospection(document: DocumentNode): boolean {
  let found = false
  const visit = (node: unknown) => {
    if (found || !node || typeof node !== 'object') return
    const { kind, name } = node as { kind?: string; name?: { value?: string } }
    if (kind === 'Field' && (name?.value === '__schema' || name?.value === '__type')) {
      found = true
      return
    }
    for (const value of Object.values(node)) (Array.isArray(value) ? value.forEach(visit) : visit(value))
  }
  visit(document)
  return found
}

export const INTROSPECTION_REFUSED = 'GraphQL introspection is not available here: it is off in production and for anyone but signed-in staff. The schema is published as schema.graphql.'
