import type { PayloadRequest } from 'payload'
import { APIError } from 'payload'

import { CONTENT_TYPES, type ContentType } from '../../taxonomy/contentTypes'
import { searchHitsAsJSON } from './graphql'
import { runSearch, type SearchRequestArgs } from './runSearch'

const PARAMS = ['q', 'locale', 'stage', 'segments', 'types', 'channel', 'first', 'after', 'prefix', 'filter'] as const

const refuse = (message: string): never => {
  throw new APIError(message, 400, null, true)
}
const list = (value: string | null) => (value ? value.split(',').map((v) => v.trim()).filter(Boolean) : undefined)
function flag(params: URLSearchParams, name: string): boolean {
  const value = params.get(name)
  if (value === null || value === 'false') return false
  if (value === 'true') return true
  return refuse(`${name} must be true or false.`)
}

/**
 * `GET /api/search?q=…&locale=es&prefix=true&stage=…&segments=a,b&types=articles,videos&channel=…&first=10&after=…&filter=true`
 * for the website's search box and typeahead: the same answer as the GraphQL `search` query, as flat JSON.
 * Anonymous callers get the web channel; API-client keys any channel. Not cached by browsers or proxies (the query
 * is the person's own words).
 */
export async function searchResponse(req: PayloadRequest, url: URL): Promise<Response> {
  const params = url.searchParams
  // Names only, never values: a value may be what the person typed.
  const unknown = [...new Set(params.keys())].filter((key) => !(PARAMS as readonly string[]).includes(key))
  if (unknown.length > 0) refuse(`Unknown parameter${unknown.length > 1 ? 's' : ''} ${unknown.map((k) => (/^[A-Za-z_]{1,30}$/.test(k) ? k : '(unreadable name)')).join(', ')}: search accepts ${PARAMS.join(', ')}.`)
  const repeated = PARAMS.filter((key) => params.getAll(key).length > 1)
  if (repeated.length > 0) refuse(`${repeated.join(', ')} sent more than once; send each parameter once (segments and types take comma-separated lists).`)
  const types = list(params.get('types'))
  const badType = types?.find((t) => !(CONTENT_TYPES as readonly string[]).includes(t))
  if (badType !== undefined) refuse(`types must list content types from ${CONTENT_TYPES.join(', ')}.`)
  const first = params.get('first')
  if (first !== null && !/^\d{1,3}$/.test(first)) refuse('first must be a whole number from 1 to 50.')
  const args: SearchRequestArgs = {
    after: params.get('after'),
    channel: params.get('channel') as SearchRequestArgs['channel'],
    filter: flag(params, 'filter'),
    first: first === null ? undefined : Number(first),
    locale: params.get('locale') as SearchRequestArgs['locale'],
    prefix: flag(params, 'prefix'),
    query: params.get('q') ?? '',
    segments: list(params.get('segments')),
    stage: params.get('stage') as SearchRequestArgs['stage'],
    types: types as ContentType[] | undefined,
  }
  const results = await runSearch(req, args)
  const hits = searchHitsAsJSON(results).map(({ item: { __typename: _, codeMatch: __, cursor: ___, reasons: ____, score: _____, ...item }, ...hit }) => ({ ...hit, item }))
  const body = { didYouMean: results.didYouMean, hits, pageInfo: results.pageInfo, total: results.total, understood: results.understood }
  return Response.json(body, { headers: { 'Cache-Control': 'no-store', Vary: 'Authorization' } })
}
