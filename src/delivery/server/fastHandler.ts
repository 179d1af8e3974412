import type { IncomingMessage, ServerResponse } from 'node:http'

import type { Payload, PayloadRequest } from 'payload'

import { feedResponse } from '../http/feed'
import { programStepsResponse, programStepsSlug } from '../http/programSteps'
import { infobuttonResponse } from '../http/infobutton'
import { WEBSITE_GET_ROUTES } from '../../seo/payload/http'
import { searchResponse } from '../../search/api/http'

import { DATABASE_RETRY_AFTER_SECONDS, databaseUnavailableMessage, isDatabaseUnavailable } from '../../db/unavailable'
import { checkRequestShape } from '../../security/graphqlRequest'

import { answerThroughCache, graphqlRequestKey, restRequestKey, type ComputedAnswer } from '../edge/edgeAnswers'
import { graphqlGetParams, type GraphQLBody } from '../edge/getRequest'
import { PersistedQueries } from '../edge/persistedQueries'
import { startPurging } from '../edge/purge'

import { ApiKeyCache } from './authenticate'
import { DeliveryGraphQL } from './deliveryGraphQL'

const MAX_BODY = 256 * 1024

export const FAST_GRAPHQL_PATH = '/api/delivery/graphql'
/** REST delivery endpoints also served on the fast path (Payload serves the same handlers under Next). */
const FAST_GET_ROUTES: Record<string, (req: PayloadRequest, url: URL, headers: Headers) => Promise<Response>> = {
  '/api/feed': feedResponse,
  '/api/infobutton': (req, url) => infobuttonResponse(req, url),
  // Sitemap, Atom feeds, redirect lookups (src/seo).
  ...WEBSITE_GET_ROUTES,
  '/api/search': (req, url) => searchResponse(req, url),
}

const JSON_TYPE = 'application/json; charset=utf-8'

async function computedFrom(response: Response): Promise<ComputedAnswer> {
  const headers = Object.fromEntries(response.headers)
  return { body: Buffer.from(await response.arrayBuffer()), cacheable: true, contentType: headers['content-type'] ?? JSON_TYPE, headers, status: response.status }
}

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

const send = (res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
  const json = JSON.stringify(body)
  res.writeHead(status, { 'Cache-Control': 'no-store', 'Content-Length': Buffer.byteLength(json), 'Content-Type': 'application/json; charset=utf-8', ...headers })
  res.end(json)
}

/**
 * Answers a request the database could not serve (an API key never seen before, or the first load, while the
 * database is down): 503 with Retry-After and a message a person understands. Returns false for other errors.
 */
function sendUnavailable(res: ServerResponse, error: unknown, method?: string): boolean {
  if (!isDatabaseUnavailable(error)) return false
  send(res, 503, { errors: [{ message: databaseUnavailableMessage(method) }] }, { 'Retry-After': String(DATABASE_RETRY_AFTER_SECONDS) })
  return true
}

/**
 * The delivery API without Next's and Payload's per-request machinery: plain node:http, cached
 * API-key lookups, pre-parsed queries, answers from the in-memory index. Returns false for
 * requests it does not serve, so a combined server can hand them to Next.
 */
export function createFastDeliveryHandler(payload: Payload) {
  const keys = new ApiKeyCache(payload)
  const graphql = new DeliveryGraphQL(payload)
  const persisted = PersistedQueries.fromEnv()
  startPurging(payload)

  return async function handle(req: IncomingMessage, res: ServerResponse): Promise<boolean> {
    const path = (req.url ?? '').split('?')[0] ?? ''
    const route = FAST_GET_ROUTES[path] ?? (programStepsSlug(path) !== undefined ? programStepsResponse : undefined)
    if (route && req.method === 'GET') {
      try {
        const user = await keys.userFor(req.headers.authorization ?? null)
        const url = new URL(req.url ?? '', 'http://localhost') // never the Host header: links come from configuration
        const headers = new Headers(Object.entries(req.headers).flatMap(([k, v]) => (typeof v === 'string' ? [[k, v] as [string, string]] : [])))
        await answerThroughCache(payload, { request: restRequestKey(url), requestHeaders: req.headers, res, user }, async (deliveryReq) =>
          computedFrom(await route(deliveryReq, url, headers)),
        )
      } catch (error) {
        if (sendUnavailable(res, error, 'GET')) return true
        const status = (error as { status?: number }).status ?? 500
        const exposed = status < 500 && (error as { isPublic?: boolean }).isPublic !== false
        send(res, status, { errors: [{ message: exposed ? (error as Error).message : 'Something went wrong.' }] })
        if (status >= 500) payload.logger.error({ err: error, msg: 'Delivery request failed' })
      }
      return true
    }
    if (path !== FAST_GRAPHQL_PATH) return false
    if (req.method === 'OPTIONS') {
      res.writeHead(204, { Allow: 'GET, POST, OPTIONS' }).end()
      return true
    }
    if (req.method !== 'POST' && req.method !== 'GET') {
      send(res, 405, { errors: [{ message: `Use GET or POST for ${FAST_GRAPHQL_PATH}.` }] })
      return true
    }
    try {
      const body = req.method === 'GET' ? graphqlGetParams(new URL(req.url ?? '', 'http://localhost')) : ((await readJSON(req)) as GraphQLBody)
      if (!body || typeof body !== 'object' || Array.isArray(body)) throw Object.assign(new Error(checkRequestShape(body)), { status: 400 })
      const resolved = persisted.resolve(body)
      if ('message' in resolved) {
        if (resolved.code) send(res, resolved.status, { errors: [{ extensions: { code: resolved.code }, message: resolved.message }] })
        else throw Object.assign(new Error(resolved.message), { status: resolved.status })
        return true
      }
      const operation = { ...body, query: resolved.query ?? body.query }
      const refusal = checkRequestShape(operation)
      if (refusal) throw Object.assign(new Error(refusal), { status: 400 })
      const user = await keys.userFor(req.headers.authorization ?? null)
      const request = graphqlRequestKey(operation.query!, operation.operationName, operation.variables)
      await answerThroughCache(payload, { request, requestHeaders: req.headers, res, user }, async (deliveryReq) => {
        const result = await graphql.run(operation, user, deliveryReq)
        return { body: Buffer.from(JSON.stringify(result)), cacheable: !result.errors, contentType: JSON_TYPE, headers: {}, status: 200 }
      })
    } catch (error) {
      // Delivery GraphQL only reads: the reader's wording.
      if (sendUnavailable(res, error, 'GET')) return true
      const status = (error as { status?: number }).status ?? 500
      send(res, status, { errors: [{ message: status === 500 ? 'Something went wrong.' : (error as Error).message }] })
      if (status === 500) payload.logger.error({ err: error, msg: 'Delivery request failed' })
    }
    return true
  }
}
