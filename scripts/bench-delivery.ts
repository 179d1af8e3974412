/**
 * `npm run bench:delivery`: seeds 10,000 published items into a scratch SQLite database, then measures
 * Carepath's delivery path against Payload's stock GraphQL `find` with the equivalent `where`, both over
 * loopback HTTP with autocannon (10 connections). Then grows to 100,000 items and measures again.
 * Program step calls (GraphQL and REST) run against --programs=200 published programs (3 tracks of 10 steps each).
 * Options: --items=10000 --scale=100000 (0 to skip) --programs=200 --duration=8 (seconds per run).
 */
import { spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import v8 from 'node:v8'
import vm from 'node:vm'
import http from 'node:http'
import os from 'node:os'
import path from 'node:path'

import { GRAPHQL_POST, REST_GET } from '@payloadcms/next/routes'
import autocannon from 'autocannon'
import { buildConfig, createLocalReq, getPayload, type Payload } from 'payload'

import { carepathConfig } from '../payload.config'
import { demoConditions, demoSegments } from '../src/seed/data'
import { DeliveryStore, deliveryStore } from '../src/delivery/store'
import { createFastDeliveryHandler, FAST_GRAPHQL_PATH } from '../src/delivery/server/fastHandler'
import { JOURNEY_STAGE_VALUES } from '../src/taxonomy/journeyStages'
import { contentHash, reviewedContent } from '../src/workflow'
import { workflowStatus } from '../src/workflowGate/status'
import { benchSearchIndex, measureSearchOverHTTP } from './benchSearch'

v8.setFlagsFromString('--expose-gc')
const collectGarbage = vm.runInNewContext('gc') as () => void
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`
const heapAfterGC = () => {
  collectGarbage()
  return process.memoryUsage().heapUsed
}

/** Heap a freshly loaded delivery store (index, extras, taxonomy) holds for the current database. */
async function storeFootprint(): Promise<{ bytes: number; items: number }> {
  const before = heapAfterGC()
  const store = new DeliveryStore(payload)
  await store.load()
  const bytes = heapAfterGC() - before
  return { bytes, items: store.index.size }
}

const arg = (name: string, fallback: number) => Number(process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback)
const ITEMS = arg('items', 10_000)
const SCALE = arg('scale', 100_000)
const DURATION = arg('duration', 8)
const WARMUP = arg('warmup', 1)
const PROGRAMS = arg('programs', 200)
const API_KEY = 'bench-website-key'

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'carepath-bench-'))
const config = await buildConfig(
  carepathConfig({
    databaseURI: `file:${path.join(scratch, 'bench.db')}`,
    env: { ...process.env, CAREPATH_LOG_LEVEL: 'warn', CAREPATH_RUN_JOBS: 'false' },
    uploadDir: scratch,
  }),
)
const payload = await getPayload({ config })
// Scratch database: trade durability for seeding speed.
await (payload.db as unknown as { client: { execute(sql: string): Promise<unknown> } }).client.execute('PRAGMA journal_mode = WAL')
await (payload.db as unknown as { client: { execute(sql: string): Promise<unknown> } }).client.execute('PRAGMA synchronous = OFF')

const conditionIds: number[] = []
const conditionSlugs: string[] = []
for (const c of demoConditions.filter((c) => !c.parent)) {
  const doc = await payload.create({ collection: 'conditions', data: { icd10Codes: c.icd10, name: c.name, slug: c.slug, snomedCodes: c.snomed } })
  conditionIds.push(doc.id as number)
  conditionSlugs.push(c.slug)
}
const segmentIds: number[] = []
for (const s of demoSegments) segmentIds.push((await payload.create({ collection: 'segments', data: s })).id as number)
await payload.create({ collection: 'api-clients', data: { apiKey: API_KEY, enableAPIKey: true, kind: 'website', name: 'Bench website' } })
// Items are written straight to the database, as the review workflow would leave them: published, with the
// hash of their reviewed content and one approval of exactly that content on record. The first user of a
// database always becomes an admin, so the reviewer comes second.
await payload.create({ collection: 'users', data: { email: 'bench-admin@carepath.example', name: 'Bench admin', password: 'bench-admin-password', roles: ['admin'] } })
const benchReviewer = await payload.create({
  collection: 'users',
  data: { credentials: 'MD', email: 'bench-reviewer@carepath.example', name: 'Bench Reviewer', password: 'bench-reviewer-password', roles: ['medicalReviewer'] },
})

const TYPES = ['articles', 'articles', 'pamphlets', 'videos'] as const
/** The first items seeded, for program steps to deliver. */
const stepContent: Array<{ relationTo: (typeof TYPES)[number]; value: number }> = []
async function seed(from: number, to: number) {
  const req = await createLocalReq({ locale: 'en' } as never, payload)
  const started = Date.now()
  for (let i = from; i < to; i += 1) {
    const now = new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString()
    const type = TYPES[i % TYPES.length]!
    const reviewed = {
      clinical: false,
      summary: { en: `Plain-language summary number ${i} about living well.`, es: i % 2 ? `Resumen número ${i}.` : null },
      title: { en: `Patient guide ${i}`, es: i % 2 ? `Guía para pacientes ${i}` : null },
    }
    const hash = contentHash(reviewedContent(type, reviewed))
    const doc = await payload.db.create({
      collection: type,
      data: {
        ...reviewed,
        _status: 'published',
        channels: ['web', 'portal', 'email'],
        conditions: [conditionIds[i % conditionIds.length], conditionIds[(i * 7) % conditionIds.length]],
        createdAt: now,
        segments: i % 3 === 0 ? [] : [segmentIds[i % segmentIds.length]],
        slug: `item-${i}`,
        stages: [JOURNEY_STAGE_VALUES[i % 5], JOURNEY_STAGE_VALUES[(i * 3) % 5]],
        translationComplete: { en: true, es: i % 2 === 1 },
        updatedAt: now,
        workflow: { adminOverride: false, contentHash: hash, state: 'published' },
      } as never,
      req,
    })
    await payload.db.create({
      collection: 'content-reviews',
      data: {
        act: 'approve', adminOverride: false, at: now, clinicalSignOff: true, contentHash: hash, credentials: 'MD', itemId: String(doc.id),
        itemTitle: reviewed.title.en, itemType: type, reviewer: benchReviewer.id, reviewerName: 'Bench Reviewer', reviewerRoles: ['medicalReviewer'],
        createdAt: now, updatedAt: now,
      } as never,
      req,
    })
    // Items written in both languages (odd ones), so Spanish program steps are servable.
    if (i % 2 === 1 && stepContent.length < 600) stepContent.push({ relationTo: type, value: doc.id as number })
    if ((i + 1) % 10_000 === 0) console.log(`  seeded ${i + 1} items (${((Date.now() - started) / 1000).toFixed(0)} s)`)
  }
}

/** Published programs written straight to the database: 3 tracks (days 0–63, every 7 days; email, sms, portal). */
async function seedPrograms(count: number) {
  const req = await createLocalReq({ locale: 'en' } as never, payload)
  const channels = ['email', 'sms', 'portal'] as const
  for (let p = 0; p < count; p += 1) {
    const tracks = ['baby', 'mom', 'family'].map((slug, t) => ({
      // Array rows need ids when written straight to the database (the Local API would make them).
      id: `p${p}t${t}`,
      name: { en: `Track ${slug}`, es: `Pista ${slug}` },
      slug,
      steps: Array.from({ length: 10 }, (_, s) => ({
        id: `p${p}t${t}s${s}`,
        channel: channels[t]!,
        content: stepContent[(p * 30 + t * 10 + s) % stepContent.length]!,
        day: s * 7,
      })),
    }))
    await payload.db.create({
      collection: 'programs',
      data: { _status: 'published', anchor: 'birth', name: { en: `Program ${p}`, es: `Programa ${p}` }, slug: `program-${p}`, tracks } as never,
      req,
    })
  }
}

/** What the bench wrote must be what the workflow would have left: a published item approved exactly as stored. */
async function checkWorkflowConsistency() {
  const req = await createLocalReq({}, payload)
  const status = await workflowStatus(req, TYPES[1]!, (await payload.find({ collection: 'articles', limit: 1, where: { slug: { equals: 'item-1' } } })).docs[0]!.id)
  if (status.state !== 'published' || !status.published || status.approvals.length !== 1) {
    throw new Error(`Seeded items do not match the review workflow: ${JSON.stringify(status)}`)
  }
}

// Payload's stock GraphQL route, behind a bare node:http server (no Next routing cost: a generous baseline).
const stockGraphQL = GRAPHQL_POST(config)
const stockREST = REST_GET(config)
const stockServer = http.createServer(async (req, res) => {
  const chunks: Buffer[] = []
  for await (const chunk of req) chunks.push(chunk as Buffer)
  const url = new URL(`http://localhost${req.url}`)
  const response =
    req.method === 'GET'
      ? await stockREST(new Request(url, { headers: req.headers as Record<string, string> }), {
          params: Promise.resolve({ slug: url.pathname.replace(/^\/api\//, '').split('/') }),
        })
      : await stockGraphQL(new Request(url, { body: Buffer.concat(chunks), headers: req.headers as Record<string, string>, method: req.method }))
  res.writeHead(response.status, Object.fromEntries(response.headers))
  res.end(Buffer.from(await response.arrayBuffer()))
})
const fast = createFastDeliveryHandler(payload)
const fastServer = http.createServer((req, res) => {
  void fast(req, res).then((handled) => {
    if (!handled) res.writeHead(404).end()
  })
})
const listen = (server: http.Server) => new Promise<number>((resolve) => server.listen(0, '127.0.0.1', () => resolve((server.address() as { port: number }).port)))
const stockPort = await listen(stockServer)
const fastPort = await listen(fastServer)

const headers: Record<string, string> = { Authorization: `api-clients API-Key ${API_KEY}`, 'Content-Type': 'application/json' }
type Body = { query: string; variables?: Record<string, unknown> }

/** One request first: a benchmark of error responses would measure nothing. */
async function probe(label: string, port: number, urlPath: string, body: Body | null, requestHeaders = headers) {
  const response = await fetch(`http://127.0.0.1:${port}${urlPath}`, body ? { body: JSON.stringify(body), headers: requestHeaders, method: 'POST' } : { headers: requestHeaders })
  const text = await response.text()
  if (!response.ok) throw new Error(`${label}: HTTP ${response.status} ${text.slice(0, 300)}`)
  if (!body && !text.startsWith('{"data"')) {
    if (!/<entry>|"(items|docs|entry|hits|steps)":\[\{/.test(text)) throw new Error(`${label}: the request returned no results, so it measures nothing`)
    return
  }
  const json = JSON.parse(text) as { data?: Record<string, unknown>; errors?: Array<{ message: string }> }
  if (json.errors?.length || !json.data) throw new Error(`${label}: ${JSON.stringify(json.errors ?? json)}`)
  const first = Object.values(json.data)[0] as unknown[] | { docs?: unknown[]; items?: unknown[] }
  const count = Array.isArray(first) ? first.length : ((first as { steps?: unknown[] }).steps ?? first.docs ?? first.items ?? []).length
  if (count === 0) throw new Error(`${label}: the query returned no results, so it measures nothing`)
}

/** POST a GraphQL body from `bodies()`, or GET the path `paths()` returns (with the API key unless other headers are given). */
async function measure(label: string, port: number, urlPath: string, bodies: (() => Body) | null, paths?: () => string, requestHeaders = headers) {
  await probe(label, port, paths ? paths() : urlPath, bodies ? bodies() : null, requestHeaders)
  const load = (duration: number) =>
    autocannon({
      connections: 10,
      duration,
      requests: [
        bodies
          ? { headers: requestHeaders, method: 'POST', setupRequest: (request: object) => ({ ...request, body: JSON.stringify(bodies()) }) }
          : { headers: requestHeaders, method: 'GET', setupRequest: (request: object) => ({ ...request, path: paths!() }) },
      ],
      url: `http://127.0.0.1:${port}${urlPath}`,
    })
  // Same treatment for stock and fast paths: a warm-up the figures leave out (JIT, caches), then a clean heap.
  if (WARMUP > 0) await load(WARMUP)
  collectGarbage()
  const latencies: number[] = []
  const instance = load(DURATION)
  instance.on('response', (_client: unknown, _status: number, _bytes: number, time: number) => latencies.push(time))
  const result = await instance
  latencies.sort((a, b) => a - b)
  const pct = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))] ?? NaN
  const row = {
    errors: result.errors + result.non2xx,
    label,
    p50: pct(50),
    p95: pct(95),
    p99: pct(99),
    rps: result.requests.average,
  }
  console.log(
    `${label.padEnd(52)} ${row.rps.toFixed(0).padStart(7)} req/s   p50 ${row.p50.toFixed(1).padStart(6)} ms   p95 ${row.p95.toFixed(1).padStart(6)} ms   p99 ${row.p99.toFixed(1).padStart(6)} ms${row.errors ? `   errors ${row.errors}` : ''}`,
  )
  return row
}

let counter = 0
const profiles = () => {
  counter += 1
  return {
    conditions: [conditionSlugs[counter % conditionSlugs.length]],
    segments: counter % 2 ? [demoSegments[counter % demoSegments.length]!.slug] : [],
    stage: JOURNEY_STAGE_VALUES[counter % 5],
  }
}
const PERSONALIZED = `query ($profile: ContentProfileInput!) { personalizedContent(profile: $profile, limit: 10) { id type title summary score } }`
const FEED = `query ($stage: JourneyStage!) { contentFeed(stage: $stage, first: 50) { items { id title updatedAt } pageInfo { endCursor hasNextPage } } }`
const stockFind = () => {
  counter += 1
  const stage = JOURNEY_STAGE_VALUES[counter % 5]
  return {
    query: `query ($condition: JSON, $stage: Article_stages_Input) { Articles(limit: 10, sort: "-updatedAt", where: { AND: [{ stages: { in: [$stage] } }, { conditions: { in: [$condition] } }, { _status: { equals: published } }] }) { docs { id title summary } } }`,
    variables: { condition: conditionIds[counter % conditionIds.length], stage },
  }
}
const stockFeed = () => {
  counter += 1
  return {
    query: `query ($stage: Article_stages_Input) { Articles(limit: 50, sort: "updatedAt", where: { stages: { in: [$stage] } }) { docs { id title updatedAt } } }`,
    variables: { stage: JOURNEY_STAGE_VALUES[counter % 5] },
  }
}

const STEPS = `query ($program: String!, $day: Int!) { programSteps(program: $program, tracks: ["baby", "mom"], day: $day, window: 7, locale: es) { steps { track step day item { id title localeFallback } } skipped { reason } } }`
/** A send: some program, some day of its schedule (a day with steps, as automation asks on send days). */
const stepArgs = () => {
  counter += 1
  return { day: ((counter * 13) % 10) * 7, program: `program-${(counter * 7) % PROGRAMS}` }
}

async function round(items: number) {
  const store = await deliveryStore(payload)
  const loadStarted = Date.now()
  await store.load()
  console.log(`\n== ${items.toLocaleString('en-US')} published items (index holds ${store.index.size.toLocaleString('en-US')}) ==`)
  console.log(`  delivery store full load (cold start): ${((Date.now() - loadStarted) / 1000).toFixed(1)} s`)
  const stock = await measure('stock Payload GraphQL Articles(where: stage+condition)', stockPort, '/api/graphql', stockFind)
  store.cacheEnabled = false
  const uncached = await measure('personalizedContent, uncached', fastPort, FAST_GRAPHQL_PATH, () => ({ query: PERSONALIZED, variables: { profile: profiles() } }))
  store.cacheEnabled = true
  const cached = await measure('personalizedContent, cached (same 20 profiles)', fastPort, FAST_GRAPHQL_PATH, () => ({
    query: PERSONALIZED,
    variables: { profile: { ...profiles(), segments: [] , conditions: [conditionSlugs[counter % 4]] } },
  }))
  const stockFeedRow = await measure('stock Payload GraphQL Articles(where: stage, 50)', stockPort, '/api/graphql', stockFeed)
  const feed = await measure('contentFeed (50 per page)', fastPort, FAST_GRAPHQL_PATH, () => ({ query: FEED, variables: { stage: JOURNEY_STAGE_VALUES[++counter % 5] } }))
  const stockRest = await measure('stock Payload REST GET /api/articles?where[stages]…', stockPort, '', null, () => `/api/articles?limit=50&depth=0&sort=updatedAt&where[stages][in]=${JOURNEY_STAGE_VALUES[++counter % 5]}`)
  const restFeed = await measure('GET /api/feed (50 per page)', fastPort, '', null, () => `/api/feed?stage=${JOURNEY_STAGE_VALUES[++counter % 5]}&first=50`)
  const stockCodes = await measure('stock Payload GraphQL Articles(where: condition)', stockPort, '/api/graphql', () => ({
    query: `query ($condition: JSON) { Articles(limit: 10, where: { conditions: { in: [$condition] } }) { docs { id title summary } } }`,
    variables: { condition: conditionIds[++counter % conditionIds.length] },
  }))
  const codes = demoConditions.filter((c) => !c.parent && c.icd10.length).map((c) => c.icd10[0]!)
  const infobutton = await measure('GET /api/infobutton (JSON)', fastPort, '', null, () =>
    `/api/infobutton?mainSearchCriteria.v.c=${codes[++counter % codes.length]}&mainSearchCriteria.v.cs=2.16.840.1.113883.6.90&knowledgeResponseType=application/json`,
  )
  const search = await measureSearchOverHTTP(measure, fastPort, store)
  console.log(`  search over HTTP:             p95 ${search.p95.toFixed(1)} ms (target < 20 ms; bench items have titles and summaries, no bodies)`)
  benchSearchIndex(items)
  let programs: { cached: Awaited<ReturnType<typeof measure>>; rest: Awaited<ReturnType<typeof measure>>; uncached: Awaited<ReturnType<typeof measure>> } | undefined
  if (PROGRAMS > 0) {
    store.cacheEnabled = false
    const uncachedSteps = await measure(`programSteps, uncached (${PROGRAMS} programs)`, fastPort, FAST_GRAPHQL_PATH, () => ({ query: STEPS, variables: stepArgs() }))
    store.cacheEnabled = true
    const cachedSteps = await measure(`programSteps, cached (${PROGRAMS} programs)`, fastPort, FAST_GRAPHQL_PATH, () => ({ query: STEPS, variables: stepArgs() }))
    const restSteps = await measure('GET /api/programs/{slug}/steps', fastPort, '', null, () => {
      const { day, program } = stepArgs()
      return `/api/programs/${program}/steps?tracks=baby,mom&day=${day}&window=7&locale=es`
    })
    programs = { cached: cachedSteps, rest: restSteps, uncached: uncachedSteps }
    console.log(`  program steps p95: uncached ${uncachedSteps.p95.toFixed(1)} ms, cached ${cachedSteps.p95.toFixed(1)} ms, REST ${restSteps.p95.toFixed(1)} ms (target < 10 ms)`)
  }
  console.log(`  REST feed:                    ${(restFeed.rps / stockRest.rps).toFixed(1)}× stock REST find`)
  console.log(`  infobutton:                   ${(infobutton.rps / stockCodes.rps).toFixed(1)}× the stock equivalent`)
  console.log(
    `  uncached personalizedContent: ${(uncached.rps / stock.rps).toFixed(1)}× stock (target ≥ 2×), p95 ${uncached.p95.toFixed(1)} ms (target < 50 ms)`,
  )
  console.log(`  cached personalizedContent:   ${(cached.rps / stock.rps).toFixed(1)}× stock (target ≥ 10×)`)
  console.log(`  contentFeed:                  ${(feed.rps / stockFeedRow.rps).toFixed(1)}× the stock equivalent`)
  const footprint = await storeFootprint()
  console.log(
    `  memory: delivery store ${mb(footprint.bytes)} (${(footprint.bytes / footprint.items).toFixed(0)} bytes per item); whole process: heap after GC ${mb(heapAfterGC())}, RSS ${mb(process.memoryUsage().rss)}`,
  )
  return { cached, feed, programs, uncached }
}

/** Bare node:http in its own process answering `body` to every request: the ceiling for serving bytes on this machine. */
async function bareServer(body: Buffer) {
  const file = path.join(scratch, 'bare-answer.json')
  fs.writeFileSync(file, body)
  const code = `const http = require('node:http'); const body = require('node:fs').readFileSync(process.argv[1]);
    const server = http.createServer((req, res) => { req.resume(); res.writeHead(200, { 'Content-Length': body.length, 'Content-Type': 'application/json; charset=utf-8' }); res.end(body) });
    server.listen(0, '127.0.0.1', () => console.log(server.address().port))`
  const child = spawn(process.execPath, ['-e', code, file], { stdio: ['ignore', 'pipe', 'inherit'] })
  const port = await new Promise<number>((resolve) => child.stdout!.once('data', (chunk: Buffer) => resolve(Number(String(chunk).trim()))))
  return { close: () => child.kill(), port }
}

/**
 * Serving at internet scale (issue 16): the cached fast path against bare node:http answering the same bytes, in the
 * same run; an anonymous GET with a persisted-query hash against the same query POSTed.
 */
async function edgeRound() {
  console.log('\n== Edge: cached answers as bytes, GET and persisted queries (anonymous, one profile) ==')
  const anonymous = { 'Content-Type': 'application/json' }
  const variables = { profile: { conditions: [conditionSlugs[0]], stage: 'awareness' } }
  const getPath = `${FAST_GRAPHQL_PATH}?${new URLSearchParams({ query: PERSONALIZED, variables: JSON.stringify(variables) })}`
  const answer = Buffer.from(await (await fetch(`http://127.0.0.1:${fastPort}${getPath}`)).arrayBuffer())
  const bare = await bareServer(answer)
  const bareRow = await measure(`bare node:http, the same ${(answer.length / 1024).toFixed(1)} KB (other process)`, bare.port, getPath, null, () => getPath, anonymous)
  bare.close()
  const getRow = await measure('personalizedContent GET, cached bytes', fastPort, getPath, null, () => getPath, anonymous)
  const extensions = JSON.stringify({ persistedQuery: { sha256Hash: createHash('sha256').update(PERSONALIZED).digest('hex'), version: 1 } })
  await fetch(`http://127.0.0.1:${fastPort}${FAST_GRAPHQL_PATH}?${new URLSearchParams({ extensions, query: PERSONALIZED, variables: JSON.stringify(variables) })}`)
  const persistedPath = `${FAST_GRAPHQL_PATH}?${new URLSearchParams({ extensions, variables: JSON.stringify(variables) })}`
  const persistedRow = await measure('personalizedContent GET persisted (APQ hash), cached', fastPort, persistedPath, null, () => persistedPath, anonymous)
  const postRow = await measure('personalizedContent POST, cached bytes', fastPort, FAST_GRAPHQL_PATH, () => ({ query: PERSONALIZED, variables }), undefined, anonymous)
  console.log(`  cached fast path: GET ${((getRow.rps / bareRow.rps) * 100).toFixed(0)} % of bare node:http (target ≥ 30 %), POST ${((postRow.rps / bareRow.rps) * 100).toFixed(0)} %`)
  console.log(`  GET persisted vs POST: ${(persistedRow.rps / postRow.rps).toFixed(2)}×`)
}

console.log(`Seeding ${ITEMS.toLocaleString('en-US')} items…`)
await seed(0, ITEMS)
await checkWorkflowConsistency()
if (PROGRAMS > 0) {
  console.log(`Seeding ${PROGRAMS} programs…`)
  await seedPrograms(PROGRAMS)
}
// --edge-only=1: just the edge figures (no stock baselines, no growth).
if (arg('edge-only', 0)) {
  await (await deliveryStore(payload)).load() // the seed writes past the change log
  await edgeRound()
  process.exit(0)
}
const small = await round(ITEMS)
await edgeRound()
if (SCALE > ITEMS) {
  console.log(`\nGrowing to ${SCALE.toLocaleString('en-US')} items (a few minutes)…`)
  await seed(ITEMS, SCALE)
  const large = await round(SCALE)
  console.log(
    `\n${SCALE.toLocaleString('en-US')} vs ${ITEMS.toLocaleString('en-US')} items: personalizedContent uncached ${(small.uncached.rps / large.uncached.rps).toFixed(2)}× slower, contentFeed ${(small.feed.rps / large.feed.rps).toFixed(2)}× slower (target ≤ 2×)`,
  )
}
stockServer.close()
fastServer.close()
fs.rmSync(scratch, { force: true, recursive: true })
process.exit(0)
