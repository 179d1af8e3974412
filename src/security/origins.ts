/**
 * The browser origins allowed to use Carepath with a session cookie (Payload `csrf`) and to call
 * the API cross-origin (Payload `cors`): CAREPATH_SERVER_URL, CAREPATH_ALLOWED_ORIGINS (comma
 * separated) and, outside production, http://localhost:$PORT. Never empty, so a cookie-authenticated
 * request from any other Origin is treated as anonymous.
 */
export function allowedOrigins(env: NodeJS.ProcessEnv = process.env): string[] {
  const origins = new Set<string>()
  const add = (value: string | undefined) => {
    if (!value?.trim()) return
    try {
      origins.add(new URL(value.trim()).origin)
    } catch {
      throw new Error(`CAREPATH_ALLOWED_ORIGINS / CAREPATH_SERVER_URL: '${value.trim()}' is not a URL such as https://cms.hospital.example.`)
    }
  }
  add(env.CAREPATH_SERVER_URL)
  for (const origin of (env.CAREPATH_ALLOWED_ORIGINS ?? '').split(',')) add(origin)
  if (env.NODE_ENV !== 'production') {
    const port = env.PORT || '3000'
    add(`http://localhost:${port}`)
    add(`http://127.0.0.1:${port}`)
  }
  return [...origins]
}

/** Session cookies: `Secure` in production (sent over https only), never readable from another site. */
export const authCookies = (env: NodeJS.ProcessEnv = process.env) => ({ sameSite: 'Lax' as const, secure: env.NODE_ENV === 'production' })
