/** How redirect sources are compared: a path with its query, without origin, fragment or trailing slash. No Payload. */
export function normalizeRedirectPath(input: string): string {
  const raw = input.trim()
  let path: string
  try {
    const url = new URL(raw, 'http://redirect.invalid')
    path = `${url.pathname}${url.search}`
  } catch {
    path = raw
  }
  if (!path.startsWith('/')) path = `/${path}`
  return path.length > 1 ? path.replace(/\/+(\?|$)/, '$1') : path
}
