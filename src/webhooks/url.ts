/** Which addresses may receive webhooks. Pure: the caller says whether this is production. */

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]'])
const MAX_LENGTH = 2048

export interface WebhookURLRules {
  production: boolean
}

/** `true` when `value` may receive webhooks, otherwise a message an admin can act on. */
export function checkWebhookURL(value: unknown, { production }: WebhookURLRules): string | true {
  const text = typeof value === 'string' ? value.trim() : ''
  if (!text) return 'Enter the address that should receive webhooks, e.g. https://crm.example.org/hooks/carepath.'
  if (text.length > MAX_LENGTH) return `The URL is too long (${text.length} characters; at most ${MAX_LENGTH}).`

  let url: URL
  try {
    url = new URL(text)
  } catch {
    return `'${text.slice(0, 100)}' is not a complete URL; use the full address, e.g. https://crm.example.org/hooks/carepath.`
  }

  if (url.protocol !== 'https:' && url.protocol !== 'http:') return `Webhook URLs must start with https:// (not ${url.protocol}//).`
  if (url.username || url.password) return 'Remove the user name and password from the URL; receivers check the webhook signature instead.'
  if (url.hash) return 'Remove the #fragment from the URL; it is never sent to the receiver.'
  if (url.protocol === 'http:') {
    if (!LOCAL_HOSTS.has(url.hostname)) return 'Webhook URLs must use https://. Plain http:// is allowed only for localhost, 127.0.0.1 or [::1] while developing.'
    if (production) return 'Plain http:// is not allowed in production, not even for localhost; use an https:// URL.'
  }
  return true
}
