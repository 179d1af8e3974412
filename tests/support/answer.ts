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
