import type { SanitizedConfig } from 'payload'
import {
  GRAPHQL_POST,
  REST_DELETE,
  REST_GET,
  REST_PATCH,
  REST_POST,
} from '@payloadcms/next/routes'

import { readAnswer, type ApiResponse } from '../../support/answer'

export type { ApiResponse }

/** The first error's message of a refused call (the whole body when it has none). */
export const errorMessage = (res: ApiResponse) => String(res.body?.errors?.[0]?.message ?? JSON.stringify(res.body))

/**
 * Calls Carepath's real Next.js route handlers with standard `Request`s, exactly as an HTTP client
 * would, without starting a server.
 */
export type Credentials = { apiKey: string } | { token: string } | undefined

export const authHeader = (auth: Credentials): Record<string, string> => {
  if (!auth) return {}
  if ('apiKey' in auth) return { Authorization: `api-clients API-Key ${auth.apiKey}` }
  return { Authorization: `JWT ${auth.token}` }
}

export function apiClient(config: SanitizedConfig) {
  const handlers = {
    DELETE: REST_DELETE(config),
    GET: REST_GET(config),
    PATCH: REST_PATCH(config),
    POST: REST_POST(config),
  }
  const graphqlHandler = GRAPHQL_POST(config)

  const rest = async (
    method: keyof typeof handlers,
    route: string,
    options: { auth?: Credentials; body?: unknown; form?: FormData; headers?: Record<string, string> } = {},
  ): Promise<ApiResponse> => {
    const url = new URL(`http://localhost/api/${route.replace(/^\//, '')}`)
    const headers: Record<string, string> = { ...authHeader(options.auth), ...options.headers }
    let body: BodyInit | undefined
    if (options.form) body = options.form
    else if (options.body !== undefined) {
      headers['Content-Type'] = 'application/json'
      body = JSON.stringify(options.body)
    }
    const request = new Request(url, { body, headers, method })
    const slug = url.pathname.replace(/^\/api\//, '').split('/')
    const res = await handlers[method](request, { params: Promise.resolve({ slug }) })
    return readAnswer(res)
  }

  const graphql = async <T = any>(
    query: string,
    variables: Record<string, unknown> = {},
    auth?: Credentials,
  ): Promise<ApiResponse<{ data?: T; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> }>> => {
    const request = new Request('http://localhost/api/graphql', {
      body: JSON.stringify({ query, variables }),
      headers: { 'Content-Type': 'application/json', ...authHeader(auth) },
      method: 'POST',
    })
    return readAnswer(await graphqlHandler(request))
  }

  return { graphql, rest }
}
