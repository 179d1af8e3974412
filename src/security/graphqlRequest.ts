/** What a GraphQL POST body must look like; a message saying what is wrong, or undefined. Pure. */
export function checkRequestShape(body: unknown, maxQueryLength = 20_000): string | undefined {
  if (!body || typeof body !== 'object' || Array.isArray(body)) return 'Send a JSON object with a "query" string, e.g. {"query": "{ __typename }"}.'
  const { query, variables } = body as { query?: unknown; variables?: unknown }
  if (typeof query !== 'string' || query.length > maxQueryLength) return `Send a JSON body with a "query" string (at most ${maxQueryLength.toLocaleString('en-US')} characters).`
  if (variables !== undefined && variables !== null && (typeof variables !== 'object' || Array.isArray(variables))) {
    return '"variables" must be a JSON object, e.g. {"first": 10}.'
  }
  return undefined
}
