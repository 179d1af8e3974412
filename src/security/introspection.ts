import { BREAK, GraphQLError, visit, type ASTVisitor, type DocumentNode, type ValidationContext } from 'graphql'

import { isStaffUser, type RequestUser } from '../access/roles'

/** Introspection (`__schema`, `__type`) is for staff while developing; production publishes schema.graphql instead. */
export const introspectionAllowed = (user: RequestUser, env: NodeJS.ProcessEnv = process.env) => env.NODE_ENV !== 'production' && isStaffUser(user)

/** Whether a query asks for the schema (`__typename` alone is not introspection). Walks the syntax tree, not its tokens. */
export function usesIntrospection(document: DocumentNode): boolean {
  let found = false
  visit(document, {
    Field(node) {
      if (node.name.value !== '__schema' && node.name.value !== '__type') return undefined
      found = true
      return BREAK
    },
  })
  return found
}

export const INTROSPECTION_REFUSED = 'GraphQL introspection is not available here: it is off in production and for anyone but signed-in staff. The schema is published as schema.graphql.'

/** Validation rule for Payload's `/api/graphql`: introspection only for staff outside production, as on delivery. */
export const introspectionForStaffOnly =
  (user: RequestUser | undefined) =>
  (context: ValidationContext): ASTVisitor => ({
    Document(document) {
      if (usesIntrospection(document) && !introspectionAllowed(user ?? null)) context.reportError(new GraphQLError(INTROSPECTION_REFUSED))
    },
  })
