import type { IncomingMessage, ServerResponse } from 'node:http'

import type { Payload } from 'payload'

import { ApiKeyCache } from './authenticate'
import { DeliveryGraphQL } from './deliveryGraphQL'

const MAX_BODY = 256 * 1024

export const FAST_GRAPHQL_PATH = '/api/delivery/graphql'

async function readJSON(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of req) {
    size += (chunk as Buffer).length
    if (size > MAX_BODY) throw Object.assign(new Error('The request body is larger than 256 KB.'), { status: 413 })
    chunks.push(chunk as Buffer)
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}')
  } catch {
    throw Object.assign(new Error('The request body is not valid JSON.'), { status: 400 })
  }
}

const send = (res: ServerResponse, status: number, body: unknown) => {
  const json = JSON.stringify(body)
  res.writeHead(status, { 'Cache-Control': 'no-store', 'Content-Length': Buffer.byteLength(json), 'Content-Type': 'application/json; charset=utf-8' })
  res.end(json)
}

/**
 * The delivery API without Next's and Payload's per-request machinery: plain node:http, cached
 * API-key lookups, pre-parsed queries, answers from the in-memory index. Returns false for
 * requests it does not serve, so a combined server can hand them to Next.
 */
export function createFastDeliveryHandler(payload: Payload) {
  const keys = new ApiKeyCache(payload)
  const graphql = new DeliveryGraphQL(payload)

  return async function handle(req: IncomingMessage, res: ServerResponse): Promise<boolean> {
    const path = (req.url ?? '').split('?')[0]
    if (path !== FAST_GRAPHQL_PATH) return false
    if (req.method === 'OPTIONS') {
      res.writeHead(204, { Allow: 'POST, OPTIONS' }).end()
      return true
    }
    if (req.method !== 'POST') {
      send(res, 405, { errors: [{ message: `Use POST for ${FAST_GRAPHQL_PATH}.` }] })
      return true
    }
    try {
      const body = (await readJSON(req)) as Parameters<DeliveryGraphQL['run']>[0]
      const user = await keys.userFor(req.headers.authorization ?? null)
      send(res, 200, await graphql.run(body, user))
    } catch (error) {
      const status = (error as { status?: number }).status ?? 500
      send(res, status, { errors: [{ message: status === 500 ? 'Something went wrong.' : (error as Error).message }] })
      if (status === 500) payload.logger.error({ err: error, msg: 'Delivery request failed' })
    }
    return true
  }
}
