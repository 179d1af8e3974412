import { Webhook } from 'standardwebhooks'

import { pinnedPost } from './pinnedPost'
import { checkWebhookTarget, targetRulesFromEnv, type TargetRules } from './target'

/** Standard Webhooks headers for `body`, signed with the webhook's `whsec_…` secret at `timestamp`. */
export function signedHeaders(secret: string, messageId: string, timestamp: Date, body: string): Record<string, string> {
  return {
    'webhook-id': messageId,
    'webhook-signature': new Webhook(secret).sign(messageId, timestamp, body),
    'webhook-timestamp': String(Math.floor(timestamp.getTime() / 1000)),
  }
}

export const SEND_TIMEOUT_MS = 10_000
const MAX_ERROR_LENGTH = 200

export interface SendRequest {
  body: string
  messageId: string
  secret: string
  url: string
  /** Replaces the network transport (the address is still checked first). */
  fetchImpl?: typeof fetch
  rules?: TargetRules
  timeoutMs?: number
}

export type SendOutcome =
  | { ok: true; statusCode: number }
  | { error: string; ok: false; retryAfter?: null | string; statusCode?: number }

const short = (text: string) => (text.length > MAX_ERROR_LENGTH ? `${text.slice(0, MAX_ERROR_LENGTH - 1)}…` : text)

/** Errors may come from another realm (DOMException, undici), so this reads fields rather than using instanceof. */
function describe(error: unknown, timeoutMs: number): string {
  const { cause, message, name } = (error ?? {}) as { cause?: unknown; message?: string; name?: string }
  if (name === 'TimeoutError' || name === 'AbortError') return `No response within ${timeoutMs / 1000} s`
  const inner = (cause ?? {}) as { code?: unknown; message?: string }
  if (typeof inner.code === 'string') return short(inner.message && !inner.message.includes(inner.code) ? `${inner.code}: ${inner.message}` : inner.message || inner.code)
  return short(inner.message || message || String(error))
}

/**
 * POSTs one signed message. Only a 2xx answer counts as delivered; redirects are not followed
 * (a receiver must give its final address). The response body is read and discarded, never stored.
 */
export async function sendWebhook({ body, fetchImpl, messageId, rules = targetRulesFromEnv(), secret, timeoutMs = SEND_TIMEOUT_MS, url }: SendRequest): Promise<SendOutcome> {
  const signal = AbortSignal.timeout(timeoutMs)
  try {
    // Checked again at send time, after DNS resolution, and the connection goes to the checked address.
    const target = await checkWebhookTarget(new URL(url), rules)
    if (!target.ok) return { error: short(target.message), ok: false }
    const headers = { 'content-type': 'application/json', 'user-agent': 'Carepath-Webhooks/1', ...signedHeaders(secret, messageId, new Date(), body) }
    const response = fetchImpl
      ? await fetchImpl(url, { body, headers, method: 'POST', redirect: 'manual', signal }).then(async (r) => (await r.arrayBuffer().catch(() => undefined), r))
      : await pinnedPost(url, target.address, { body, headers, signal })
    if (response.status >= 200 && response.status < 300) return { ok: true, statusCode: response.status }
    const reason = response.status >= 300 && response.status < 400 ? 'redirect not followed; use the final URL' : response.statusText || 'not a 2xx answer'
    return { error: short(`HTTP ${response.status} (${reason})`), ok: false, retryAfter: response.headers.get('retry-after'), statusCode: response.status }
  } catch (error) {
    return { error: describe(error, timeoutMs), ok: false }
  }
}
