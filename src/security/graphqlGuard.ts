import * as GraphQL from 'graphql'

import { checkRequestShape } from './graphqlRequest'

export const MAX_GRAPHQL_BODY_BYTES = 1024 * 1024
export const MAX_LIMIT = 100

const refuse = (status: number, message: string) => Response.json({ errors: [{ extensions: { statusCode: status }, message }] }, { status })

/** Fragment spreads that lead back to themselves; Payload's complexity rule would recurse forever on them. */
export function fragmentCycle(document: GraphQL.DocumentNode): string | undefined {
  const spreads = new Map<string, string[]>()
  for (const definition of document.definitions) {
    if (definition.kind !== GraphQL.Kind.FRAGMENT_DEFINITION) continue
    const names: string[] = []
    GraphQL.visit(definition, { FragmentSpread: (node) => void names.push(node.name.value) })
    spreads.set(definition.name.value, names)
  }
  const state = new Map<string, 'done' | 'open'>()
  const walk = (name: string): string | undefined => {
    if (state.get(name) === 'open') return name
    if (state.get(name) === 'done' || !spreads.has(name)) return undefined
    state.set(name, 'open')
    for (const next of spreads.get(name)!) {
      const cycle = walk(next)
      if (cycle) return cycle
    }
    state.set(name, 'done')
    return undefined
  }
  for (const name of spreads.keys()) {
    const cycle = walk(name)
    if (cycle) return cycle
  }
  return undefined
}

/** GraphQL error messages quote what the caller sent ("Value \"jane@x.org\" does not exist…"); keep the what, drop the value. */
export function maskValues(message: string): string {
  return message
    .replace(/(got invalid value|non-enum value:?|non string value:?|non-integer value:?|non numeric value:?|found|Value|value:?)\s+("(?:[^"\\]|\\.)*"|\{[^}]*\}|\[[^\]]*\]|[^\s;,]+)/g, '$1 <value>')
}

/**
 * Wraps Payload's GraphQL route: bounded body, JSON and shape checked, fragment cycles refused, all
 * with 4xx and a message (never an empty 500); error messages never echo the caller's values.
 */
export function guardGraphQL(handler: (request: Request) => Promise<Response>) {
  return async (request: Request): Promise<Response> => {
    const declared = Number(request.headers.get('content-length') ?? 0)
    if (declared > MAX_GRAPHQL_BODY_BYTES) return refuse(413, 'The request body is larger than 1 MB.')
    const contentType = request.headers.get('content-type') ?? ''
    if (!contentType.includes('application/json')) return handler(request) // multipart uploads: Payload checks their size
    const bytes = new Uint8Array(await request.arrayBuffer())
    if (bytes.byteLength > MAX_GRAPHQL_BODY_BYTES) return refuse(413, 'The request body is larger than 1 MB.')
    let body: unknown
    try {
      body = JSON.parse(new TextDecoder().decode(bytes))
    } catch {
      return refuse(400, 'The request body is not valid JSON.')
    }
    const shape = checkRequestShape(body, 100_000)
    if (shape) return refuse(400, shape)
    try {
      const cycle = fragmentCycle(GraphQL.parse((body as { query: string }).query))
      if (cycle) return refuse(400, `Fragment "${cycle}" spreads itself (directly or through other fragments); remove the cycle.`)
    } catch (error) {
      return refuse(400, maskValues((error as Error).message))
    }
    const forwarded = new Request(request.url, { body: bytes, headers: request.headers, method: request.method })
    const response = await handler(forwarded)
    if (!(response.headers.get('content-type') ?? '').includes('json')) return response
    const text = await response.text()
    let json: { errors?: Array<{ message?: string }> }
    try {
      json = JSON.parse(text)
    } catch {
      return new Response(text, { headers: response.headers, status: response.status })
    }
    for (const error of json.errors ?? []) if (typeof error.message === 'string') error.message = maskValues(error.message)
    const headers = new Headers(response.headers)
    headers.delete('content-length')
    return new Response(JSON.stringify(json), { headers, status: response.status })
  }
}

/** Validation rule: `limit` (literal or variable) at most MAX_LIMIT, as the delivery queries allow. */
export const limitCap =
  (variables: Record<string, unknown> | null | undefined, max = MAX_LIMIT) =>
  (context: GraphQL.ValidationContext): GraphQL.ASTVisitor => ({
    Argument(node) {
      if (node.name.value !== 'limit') return
      const value =
        node.value.kind === GraphQL.Kind.INT ? Number(node.value.value) : node.value.kind === GraphQL.Kind.VARIABLE ? Number(variables?.[node.value.name.value]) : NaN
      if (Number.isFinite(value) && (value > max || value < 0)) {
        context.reportError(new GraphQL.GraphQLError(`limit must be between 0 and ${max}; page with "page" for more.`, { nodes: node }))
      }
    },
  })
