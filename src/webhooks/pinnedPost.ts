import http from 'node:http'
import https from 'node:https'
import type { LookupFunction } from 'node:net'

import type { ResolvedAddress } from './target'

export interface PostResult {
  headers: Headers
  status: number
  statusText: string
}

/**
 * POSTs `body` to `url`, connecting to `address` (already checked) instead of resolving the host
 * name again. TLS still verifies the certificate against the URL's host name. Redirects are not followed.
 */
export function pinnedPost(url: string, address: ResolvedAddress, { body, headers, signal }: { body: string; headers: Record<string, string>; signal: AbortSignal }): Promise<PostResult> {
  const target = new URL(url)
  const lookup: LookupFunction = (_hostname, options, callback) => {
    if ((options as { all?: boolean }).all) (callback as unknown as (e: null, a: ResolvedAddress[]) => void)(null, [address])
    else callback(null, address.address, address.family)
  }
  const transport = target.protocol === 'https:' ? https : http
  return new Promise((resolve, reject) => {
    const request = transport.request(
      target,
      { headers: { ...headers, 'content-length': String(Buffer.byteLength(body)) }, lookup, method: 'POST', signal },
      (response) => {
        response.resume() // read and discard the body, never stored
        response.on('end', () =>
          resolve({
            headers: new Headers(Object.entries(response.headers).flatMap(([k, v]) => (typeof v === 'string' ? [[k, v] as [string, string]] : []))),
            status: response.statusCode ?? 0,
            statusText: response.statusMessage ?? '',
          }),
        )
        response.on('error', reject)
      },
    )
    request.on('error', (error) => reject(error.name === 'AbortError' ? error : Object.assign(new Error(error.message), { cause: error })))
    request.end(body)
  })
}
