import http from 'node:http'
import type { AddressInfo } from 'node:net'

import type { Payload } from 'payload'

import { createFastDeliveryHandler } from '@/delivery/server/fastHandler'

import { readAnswer, type ApiResponse } from '../../support/answer'
import { authHeader, type Credentials } from './http'

/**
 * The production server's fast path (what `npm start` answers /api/delivery/graphql, /sitemap.xml, feeds and
 * redirects with) on a free local port, called over real HTTP the way the website calls it.
 */
export async function startFastPath(payload: Payload) {
  const fast = createFastDeliveryHandler(payload)
  const server = http.createServer((req, res) => void fast(req, res).then((handled) => handled || res.writeHead(404).end()))
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  return {
    base,
    get: async (path: string, auth?: Credentials): Promise<ApiResponse> => readAnswer(await fetch(`${base}${path}`, { headers: authHeader(auth) })),
    graphql: async <T = any>(query: string, variables: Record<string, unknown> = {}, auth?: Credentials) =>
      readAnswer(
        await fetch(`${base}/api/delivery/graphql`, {
          body: JSON.stringify({ query, variables }),
          headers: { 'Content-Type': 'application/json', ...authHeader(auth) },
          method: 'POST',
        }),
      ) as Promise<ApiResponse<{ data?: T; errors?: Array<{ message: string }> }>>,
    async stop() {
      server.closeAllConnections()
      await new Promise((resolve) => server.close(resolve))
    },
  }
}

/** Sets environment variables for a test file (website settings are read per request); returns the undo. */
export function setEnv(vars: Record<string, string>): () => void {
  const saved = Object.fromEntries(Object.keys(vars).map((k) => [k, process.env[k]]))
  Object.assign(process.env, vars)
  return () => {
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k]
      else process.env[k] = v
    }
  }
}
