/** Which addresses may receive webhooks. Pure: the caller says whether this is production and whether localhost is allowed. */
import { classifyAddress, classifyHostName, describeAddressKind } from '../security/networkAddress'

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]'])
const MAX_LENGTH = 2048

/** A host as the rules compare it: lower case, IPv6 without brackets. */
export const hostKey = (hostname: string) => hostname.toLowerCase().replace(/^\[|\]$/g, '')

export interface WebhookURLRules {
  production: boolean
  /** The development allowance for receivers on this machine (CAREPATH_WEBHOOKS_ALLOW_LOCALHOST); never in production. */
  allowLocalhost?: boolean
  /** Receivers inside the network the operator listed (CAREPATH_WEBHOOKS_INTERNAL_HOSTS): allowed, https in production. */
  internalHosts?: ReadonlySet<string>
}

/**
 * `true` when `value` may receive webhooks, otherwise a message an admin can act on. Checks the URL
 * itself (IP literals in any notation included); `checkWebhookTarget` then checks what the name resolves to.
 */
export function checkWebhookURL(value: unknown, { allowLocalhost = false, internalHosts, production }: WebhookURLRules): string | true {
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

  // The URL parser has already turned 2130706433, 0177.0.0.1 and 0x7f.1 into 127.0.0.1.
  const kind = classifyAddress(url.hostname) ?? classifyHostName(url.hostname)
  const local = kind === 'loopback'
  if (url.protocol === 'http:') {
    if (!LOCAL_HOSTS.has(url.hostname)) return 'Webhook URLs must use https://. Plain http:// is allowed only for localhost, 127.0.0.1 or [::1] while developing.'
    if (production) return 'Plain http:// is not allowed in production, not even for localhost; use an https:// URL.'
  }
  const internal = internalHosts?.has(hostKey(url.hostname)) ?? false
  if (kind && kind !== 'public' && !internal && !(local && allowLocalhost && !production)) {
    const hint = local && !production ? ' (while developing, set CAREPATH_WEBHOOKS_ALLOW_LOCALHOST=true to allow receivers on this machine)' : ''
    return `Webhooks cannot be sent to ${url.hostname}: it is ${describeAddressKind(kind)}${hint}. Use the receiver's public https:// address.`
  }
  return true
}
