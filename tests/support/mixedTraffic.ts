/**
 * The delivery tier's mixed traffic, shared by `npm run bench:load` and the operations test: 60 % personalizedContent
 * (varied profiles), 15 % contentFeed and GET /api/feed, 10 % GET /api/infobutton, 10 % deliveredItem, 5 % brand
 * checks (checkContent, ~2,000 words), each request with varied arguments, sent by autocannon at a fixed rate.
 */
import autocannon from 'autocannon'

import { JOURNEY_STAGE_VALUES } from '../../src/taxonomy/journeyStages'

export interface TrafficOptions {
  apiKey: string
  conditionSlugs: readonly string[]
  /** ICD-10-CM codes the library is tagged with (infobutton lookups). */
  codes: readonly string[]
  segmentSlugs: readonly string[]
  /** A published item to ask for by slug. */
  item: () => { slug: string; type: string }
}

interface TrafficRequest {
  headers: Record<string, string>
  method: 'GET' | 'POST'
  path?: string
  setupRequest: (request: Record<string, unknown>) => Record<string, unknown>
}

const pick = <T>(values: readonly T[]) => values[Math.floor(Math.random() * values.length)]!
const WORDS = 'Diabetes changes how your body uses sugar. Your care team can help you make a plan that fits your life and your family. '
const ARTICLE = WORDS.repeat(110) // ~2,000 words

export function mixedTraffic({ apiKey, codes, conditionSlugs, item, segmentSlugs }: TrafficOptions): TrafficRequest[] {
  const headers = { Authorization: `api-clients API-Key ${apiKey}`, 'Content-Type': 'application/json' }
  const gql = (query: string, variables: () => Record<string, unknown>): TrafficRequest => ({
    headers,
    method: 'POST',
    path: '/api/delivery/graphql',
    setupRequest: (request) => ({ ...request, body: JSON.stringify({ query, variables: variables() }) }),
  })
  const get = (url: () => string): TrafficRequest => ({ headers, method: 'GET', setupRequest: (request) => ({ ...request, path: url() }) })

  const personalized = gql('query ($profile: ContentProfileInput!) { personalizedContent(profile: $profile, limit: 10) { id type title summary score } }', () => ({
    profile: {
      conditions: [pick(conditionSlugs)],
      locale: pick(['en', 'en', 'es']),
      segments: Math.random() < 0.5 ? [pick(segmentSlugs)] : [],
      stage: pick(JOURNEY_STAGE_VALUES),
    },
  }))
  const contentFeed = gql('query ($stage: JourneyStage!) { contentFeed(stage: $stage, first: 50) { items { id title updatedAt } pageInfo { endCursor hasNextPage } } }', () => ({
    stage: pick(JOURNEY_STAGE_VALUES),
  }))
  const restFeed = get(() => `/api/feed?stage=${pick(JOURNEY_STAGE_VALUES)}&first=50`)
  const infobutton = get(() => `/api/infobutton?mainSearchCriteria.v.c=${pick(codes)}&mainSearchCriteria.v.cs=2.16.840.1.113883.6.90&knowledgeResponseType=application/json`)
  const deliveredItem = gql('query ($type: DeliveryContentType!, $slug: String!) { deliveredItem(type: $type, slug: $slug) { ... on DeliveredContent { id title summary } } }', item)
  const brandCheck = gql('query ($input: BrandCheckInput!) { checkContent(input: $input) { passes score } }', () => ({
    input: { clinical: false, locale: 'en', texts: [{ path: 'title', role: 'title', text: 'Living with diabetes' }, { path: 'body', role: 'body', text: ARTICLE }], type: 'articles' },
  }))
  return [
    ...Array<TrafficRequest>(12).fill(personalized), // 60 %
    contentFeed, contentFeed, restFeed, // 15 %
    infobutton, infobutton, // 10 %
    deliveredItem, deliveredItem, // 10 %
    brandCheck, // 5 %
  ]
}

/** Sends each kind of request once and throws unless all answer 200 without GraphQL errors. */
export async function probeTraffic(base: string, mix: readonly TrafficRequest[]) {
  for (const kind of new Set(mix)) {
    const request = kind.setupRequest({ headers: kind.headers, method: kind.method, path: kind.path ?? '/' }) as { body?: string; method: string; path: string }
    const res = await fetch(`${base}${request.path}`, { body: request.body, headers: kind.headers, method: request.method })
    const text = await res.text()
    if (!res.ok || text.includes('"errors"')) throw new Error(`probe ${request.path} failed: HTTP ${res.status} ${text.slice(0, 300)}`)
  }
}

export interface LoadFigures {
  errors: number
  fiveXX: number
  non2xx: number
  p50: number
  p95: number
  p99: number
  requests: number
  rps: number
  /** Answers per HTTP status. */
  statuses: Record<number, number>
}

/** autocannon at `rate` requests a second for `seconds`, the mix shuffled. */
export async function runLoad({ base, connections, mix, rate, seconds }: { base: string; connections: number; mix: readonly TrafficRequest[]; rate: number; seconds: number }): Promise<LoadFigures> {
  const latencies: number[] = []
  const statuses: Record<number, number> = {}
  const instance = autocannon({
    connections,
    duration: seconds,
    overallRate: rate,
    requests: [...mix].sort(() => Math.random() - 0.5) as never,
    timeout: 10,
    url: base,
  })
  instance.on('response', (_client: unknown, statusCode: number, _bytes: number, responseTime: number) => {
    latencies.push(responseTime)
    statuses[statusCode] = (statuses[statusCode] ?? 0) + 1
  })
  const result = await instance
  latencies.sort((a, b) => a - b)
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.ceil(latencies.length * q) - 1)] ?? NaN
  const count = (test: (status: number) => boolean) => Object.entries(statuses).reduce((n, [status, c]) => n + (test(Number(status)) ? c : 0), 0)
  return {
    errors: result.errors + ((result as { timeouts?: number }).timeouts ?? 0),
    fiveXX: count((s) => s >= 500),
    non2xx: count((s) => s < 200 || s >= 300),
    p50: at(0.5),
    p95: at(0.95),
    p99: at(0.99),
    requests: latencies.length,
    rps: latencies.length / seconds,
    statuses,
  }
}

export const describeLoad = (f: LoadFigures) =>
  `${f.rps.toFixed(0)} req/s (${f.requests.toLocaleString('en-US')} requests), p50 ${f.p50.toFixed(1)} ms, p95 ${f.p95.toFixed(1)} ms, p99 ${f.p99.toFixed(1)} ms, errors ${f.errors}, non-2xx ${f.non2xx}, 5xx ${f.fiveXX}`
