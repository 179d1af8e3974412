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
  const status = (error as { status?: number }).status
  if (!status || status < 400 || status >= 500) return undefined
  const errors = (result as { errors?: Array<{ message?: string }> } | undefined)?.errors
  if (errors?.length && !errors.some((e) => !e.message || e.message === UNKNOWN)) return undefined
  const message = error.message && error.message !== UNKNOWN ? error.message : (DEFAULT_MESSAGES[status] ?? 'The request cannot be served.')
  return { response: { ...(result as object), errors: [{ message }] }, status }
}
