import type { AfterErrorHook } from 'payload'

import { databaseUnreachable } from './outages'
import { DATABASE_RETRY_AFTER_SECONDS, databaseUnavailableMessage, isDatabaseUnavailable } from './unavailable'

/**
 * REST and GraphQL errors caused by an unreachable database answer 503 with Retry-After and say so, instead of
 * Payload's 500 "Something went wrong.", or its 401/403 when the editor's sign-in could not be looked up and they were
 * taken for an anonymous caller. GraphQL answers keep HTTP 200, as GraphQL errors do; the error carries statusCode 503.
 */
export const answerDatabaseUnavailable: AfterErrorHook = ({ error, graphqlResult, req, result }) => {
  const status = ((error as { originalError?: { status?: number } }).originalError ?? (error as { status?: number })).status
  const signInUnchecked = (status === 401 || status === 403) && databaseUnreachable(req.payload)
  if (!signInUnchecked && !isDatabaseUnavailable(error)) return undefined
  const headers = new Headers(req.responseHeaders)
  headers.set('Retry-After', String(DATABASE_RETRY_AFTER_SECONDS))
  req.responseHeaders = headers
  const message = databaseUnavailableMessage(req.method)
  if (graphqlResult) return { graphqlResult: { ...graphqlResult, extensions: { ...graphqlResult.extensions, statusCode: 503 }, message } }
  return { response: { ...result, errors: [{ message }] }, status: 503 }
}
