/**
 * The caller's address for per-address limits. The production server (scripts/server.ts) puts it in
 * `X-Forwarded-For` itself, replacing what the client sent: the socket's address, or, behind
 * `CAREPATH_TRUSTED_PROXIES` proxies (e.g. 1 behind nginx), the address the nearest trusted proxy saw.
 */
export function clientAddress(socketAddress: string | undefined, forwardedFor: string | string[] | undefined, trustedProxies: number): string {
  const socket = socketAddress ?? 'unknown'
  if (trustedProxies <= 0) return socket
  const hops = (Array.isArray(forwardedFor) ? forwardedFor.join(',') : forwardedFor ?? '')
    .split(',')
    .map((hop) => hop.trim())
    .filter(Boolean)
  // Each trusted proxy appended one entry; the one before them is what the outermost trusted proxy saw.
  return hops[hops.length - trustedProxies] ?? hops[0] ?? socket
}

export const trustedProxies = (env: NodeJS.ProcessEnv = process.env) => Math.max(0, Number(env.CAREPATH_TRUSTED_PROXIES) || 0)

/** The address Payload's routes see (first X-Forwarded-For entry, as normalised by the server), or "unknown". */
export const requestAddress = (headers: Headers) => headers.get('x-forwarded-for')?.split(',')[0]?.trim() || 'unknown'
