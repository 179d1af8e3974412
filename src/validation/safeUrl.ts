/**
 * The one rule for links Carepath stores and serves. Pure: no Payload imports.
 * Allowed: https:, http:, mailto:, tel: and relative links ("/conditions/asthma", "#top", "page?x=1").
 * Everything else (javascript:, data:, vbscript:, file:, blob:…) could run code or read files in a reader's browser.
 */
export const SAFE_LINK_SCHEMES = ['https:', 'http:', 'mailto:', 'tel:'] as const

const MAX_LENGTH = 2048
// Browsers drop ASCII control characters and whitespace before reading a scheme ("java\tscript:" is javascript:).
const IGNORED_BY_BROWSERS = /[\u0000-\u0020\u007f-\u009f]/g
const SCHEME = /^([a-z][a-z0-9+.-]*):/i

export type LinkCheck = { ok: true } | { ok: false; reason: string }

/** Whether `value` is a link a reader may safely follow; the reason says what is wrong when it is not. */
export function checkLink(value: string): LinkCheck {
  if (value.length > MAX_LENGTH) return { ok: false, reason: `is too long (${value.length} characters; at most ${MAX_LENGTH})` }
  const normalized = value.replace(IGNORED_BY_BROWSERS, '')
  if (normalized.startsWith('//') || normalized.startsWith('\\\\') || normalized.startsWith('/\\')) {
    return { ok: false, reason: 'is protocol-relative; write the full address starting with https://' }
  }
  const scheme = SCHEME.exec(normalized)?.[1]?.toLowerCase()
  if (scheme === undefined) return { ok: true } // relative link
  if (!(SAFE_LINK_SCHEMES as readonly string[]).includes(`${scheme}:`)) {
    return { ok: false, reason: `uses "${scheme}:", which is not allowed; use https://, http://, mailto:, tel: or a relative link` }
  }
  if (scheme === 'http' || scheme === 'https') {
    try {
      const url = new URL(value.trim())
      if (!url.hostname) return { ok: false, reason: 'has no host name' }
    } catch {
      return { ok: false, reason: 'is not a complete web address' }
    }
  }
  return { ok: true }
}

/** `true` or an editor-facing message naming the field, for Payload `validate` functions and hooks. */
export function checkLinkField(value: unknown, label: string): string | true {
  if (value === null || value === undefined || value === '') return true
  if (typeof value !== 'string') return `${label} must be a text link.`
  const result = checkLink(value)
  return result.ok ? true : `${label} ${result.reason}.`
}

/** Stricter rule for addresses Carepath itself sends readers to by design (meeting, registration links): https only. */
export function checkHttpsLinkField(value: unknown, label: string): string | true {
  const basic = checkLinkField(value, label)
  if (basic !== true || !value) return basic
  return /^https:\/\/\S+$/.test(String(value)) ? true : `${label} must start with https://.`
}

/** For citations: a full web address (http or https), so readers can find the source. */
export function checkWebLinkField(value: unknown, label: string): string | true {
  const basic = checkLinkField(value, label)
  if (basic !== true || !value) return basic
  return /^https?:\/\/\S+$/.test(String(value)) ? true : `${label} must be a full web address starting with https://.`
}
