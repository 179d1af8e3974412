/**
 * Security headers for every response: the admin (/admin), the APIs (/api) and the fast delivery
 * path. Plain JavaScript so next.config.mjs, scripts/server.ts and the tests share one policy.
 */

/**
 * What the Payload admin needs and nothing more: Next's inline bootstrap scripts and inline styles,
 * images and media from this origin (plus data:/blob: previews), no framing, no plugins.
 * Development adds 'unsafe-eval' and websockets for Next's hot reload. `frameSources`: origins the admin may show in a
 * frame (the website's preview route, for live preview).
 * @param {{ development?: boolean, frameSources?: string[] }} [options]
 */
export function contentSecurityPolicy({ development = false, frameSources = [] } = {}) {
  return [
    "default-src 'self'",
    `script-src 'self' 'unsafe-inline'${development ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "media-src 'self' blob:",
    "font-src 'self' data:",
    `connect-src 'self'${development ? ' ws: wss:' : ''}`,
    "worker-src 'self' blob:",
    ["frame-src 'self'", ...frameSources].join(' '),
    "frame-ancestors 'none'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ')
}

/**
 * HSTS only when Carepath is served over https: CAREPATH_HSTS=on|off overrides; by default it is on
 * when CAREPATH_SERVER_URL starts with https://.
 * @param {Record<string, string | undefined>} env
 */
export function hstsEnabled(env) {
  if (env.CAREPATH_HSTS === 'off') return false
  if (env.CAREPATH_HSTS === 'on') return true
  return (env.CAREPATH_SERVER_URL ?? '').startsWith('https://')
}

/**
 * The website's preview origin (CAREPATH_PREVIEW_URL), which live preview frames in the admin; none when unset or unreadable.
 * @param {Record<string, string | undefined>} env
 * @returns {string[]}
 */
export function previewOrigins(env) {
  try {
    return env.CAREPATH_PREVIEW_URL ? [new URL(env.CAREPATH_PREVIEW_URL).origin] : []
  } catch {
    return []
  }
}

/**
 * @param {Record<string, string | undefined>} [env]
 * @returns {Array<{ key: string, value: string }>}
 */
export function securityHeaders(env = process.env) {
  const headers = [
    { key: 'Content-Security-Policy', value: contentSecurityPolicy({ development: env.NODE_ENV === 'development', frameSources: previewOrigins(env) }) },
    { key: 'X-Frame-Options', value: 'DENY' },
    { key: 'X-Content-Type-Options', value: 'nosniff' },
    { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
    { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
  ]
  if (hstsEnabled(env)) headers.push({ key: 'Strict-Transport-Security', value: 'max-age=31536000; includeSubDomains' })
  return headers
}

/**
 * Wraps a node:http request listener so every answer carries the security headers and no X-Powered-By.
 * @template {(req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => unknown} L
 * @param {L} listener
 * @param {Record<string, string | undefined>} [env]
 * @returns {L}
 */
export function withSecurityHeaders(listener, env = process.env) {
  const headers = securityHeaders(env)
  return /** @type {L} */ (
    (req, res) => {
      for (const { key, value } of headers) res.setHeader(key, value)
      const setHeader = res.setHeader.bind(res)
      // Whatever the handler (Next included) tries, the framework is not announced.
      res.setHeader = (name, value) => (String(name).toLowerCase() === 'x-powered-by' ? res : setHeader(name, value))
      return listener(req, res)
    }
  )
}
