import type { AfterErrorHook } from 'payload'

const UNKNOWN = 'An unknown error occurred.'

const DEFAULT_MESSAGES: Record<number, string> = {
  400: 'The request is not valid.',
  401: 'Sign in, or send an API client key.',
  403: 'You are not allowed to do that.',
  404: 'Not found.',
  429: 'Too many requests; try again shortly.',
}

/**
 * Payload answers "An unknown error occurred." when it cannot format an error (e.g. its class name was lost in the
 * production bundle). For 4xx, which callers can fix, say what is wrong: the error's own message, or the status's.
 */
export const sayWhatWentWrong: AfterErrorHook = ({ error, result }) => {
  const { data, isPublic, status } = error as { data?: unknown; isPublic?: boolean; status?: number }
  if (!status || status < 400 || status >= 500) return undefined
  const errors = (result as { errors?: Array<{ data?: unknown; message?: string }> } | undefined)?.errors
  // The production bundle can hold a second copy of Payload's error classes, so Payload's `instanceof APIError` misses
  // ours and drops their public `data` (e.g. a refused publish's findings): put it back.
  const lostData = isPublic && data !== undefined && data !== null && errors?.length === 1 && errors[0]!.data === undefined
  if (errors?.length && !lostData && !errors.some((e) => !e.message || e.message === UNKNOWN)) return undefined
  const message = error.message && error.message !== UNKNOWN ? error.message : (DEFAULT_MESSAGES[status] ?? 'The request cannot be served.')
  const answer = lostData ? { data: data as Record<string, unknown>, message } : { message }
  return { response: { ...(result as object), errors: [answer] as never }, status }
}
