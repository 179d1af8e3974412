/**
 * Absolute URLs come from configuration only, never from a request's Host header (a forged Host
 * would otherwise end up in links that shared caches hand to everyone).
 * Production requires CAREPATH_SERVER_URL and CAREPATH_SITE_URL; development falls back to
 * http://localhost:$PORT.
 */
export interface PublicURLs {
  /** Where Carepath itself is reached (admin, APIs). */
  serverURL: string
  /** The hospital website that shows the content (links in Infobutton answers). */
  siteURL: string
}

const absolute = (name: string, value: string): string => {
  let url: URL
  try {
    url = new URL(value)
  } catch {
    throw new Error(`${name} must be an absolute URL such as https://www.hospital.example (got '${value.slice(0, 100)}').`)
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error(`${name} must start with https:// (got '${url.protocol}').`)
  return url.toString().replace(/\/$/, '')
}

export function publicURLs(env: NodeJS.ProcessEnv = process.env): PublicURLs {
  const server = env.CAREPATH_SERVER_URL?.trim()
  const site = env.CAREPATH_SITE_URL?.trim()
  if (env.NODE_ENV === 'production' && env.NEXT_PHASE !== 'phase-production-build') {
    const missing = [!server && 'CAREPATH_SERVER_URL', !site && 'CAREPATH_SITE_URL'].filter(Boolean)
    if (missing.length) {
      throw new Error(
        `${missing.join(' and ')} ${missing.length > 1 ? 'are' : 'is'} not set. In production Carepath builds absolute links only from configuration: set CAREPATH_SERVER_URL to Carepath's public address (e.g. https://cms.hospital.example) and CAREPATH_SITE_URL to the hospital website (e.g. https://www.hospital.example).`,
      )
    }
  }
  const fallback = `http://localhost:${env.PORT || 3000}`
  const serverURL = absolute('CAREPATH_SERVER_URL', server || fallback)
  return { serverURL, siteURL: site ? absolute('CAREPATH_SITE_URL', site) : serverURL }
}
