/** GraphQL over HTTP GET: `?query=…&variables=…&operationName=…&extensions=…` or `?id=<sha256>&variables=…`. */
export interface GraphQLBody {
  extensions?: unknown
  id?: unknown
  operationName?: string
  query?: string
  variables?: Record<string, unknown>
}

const badRequest = (message: string) => Object.assign(new Error(message), { status: 400 })

function jsonParam(url: URL, name: string): unknown {
  const value = url.searchParams.get(name)
  if (value === null || value === '') return undefined
  try {
    return JSON.parse(value)
  } catch {
    throw badRequest(`The "${name}" parameter is not valid JSON (URL-encode a JSON object, e.g. ${name}=%7B%7D).`)
  }
}

export function graphqlGetParams(url: URL): GraphQLBody {
  const text = (name: string) => url.searchParams.get(name) ?? undefined
  return {
    extensions: jsonParam(url, 'extensions'),
    id: text('id'),
    operationName: text('operationName'),
    query: text('query'),
    variables: jsonParam(url, 'variables') as Record<string, unknown> | undefined,
  }
}
