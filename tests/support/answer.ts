/** An HTTP answer as the tests read it: status, headers, and the body parsed as JSON when it is JSON. */
export interface ApiResponse<T = any> {
  status: number
  headers: Headers
  body: T
}

export async function readAnswer(res: Response): Promise<ApiResponse> {
  const text = await res.text()
  let body: unknown = text
  try {
    body = text ? JSON.parse(text) : null
  } catch {
    // not JSON: keep the text
  }
  return { body, headers: res.headers, status: res.status }
}

/** Signs a staff member in over HTTP (`POST /api/users/login`); the Authorization header value for later calls. */
export async function signInOverHttp(base: string, email: string, password: string): Promise<string> {
  const res = await readAnswer(await fetch(new URL('/api/users/login', base), { body: JSON.stringify({ email, password }), headers: { 'Content-Type': 'application/json' }, method: 'POST' }))
  if (res.status !== 200) throw new Error(`signing in as ${email} failed: HTTP ${res.status} ${JSON.stringify(res.body).slice(0, 300)}`)
  return `JWT ${res.body.token as string}`
}
