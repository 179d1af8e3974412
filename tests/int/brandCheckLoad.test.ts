/**
 * Issue 12 finding 1: one request must not stall the server. Brand checks are size-limited, cost their share of both
 * GraphQL budgets, come at most once a request, and run on worker threads while delivery keeps answering.
 */
import http from 'node:http'
import { Worker } from 'node:worker_threads'
import type { AddressInfo } from 'node:net'

import { GRAPHQL_POST } from '@payloadcms/next/routes'

import { createFastDeliveryHandler } from '@/delivery/server/fastHandler'
import { guardGraphQL } from '@/security/graphqlGuard'

import { createApiClient, lexical, publishApproved } from './helpers/fixtures'
import { apiClient } from './helpers/http'
import { bootCarepath, type TestCarepath } from './helpers/payload'

let carepath: TestCarepath
let api: ReturnType<typeof apiClient>
let payloadGraphQL: (request: Request) => Promise<Response>
let server: http.Server
let base: string
let apiKey: string

const SENTENCE = 'Diabetes changes how your body uses sugar. Your care team can help you make a plan that fits your life. '
const textOf = (length: number) => SENTENCE.repeat(Math.ceil(length / SENTENCE.length)).slice(0, length)
const checkInput = (...lengths: number[]) => ({
  clinical: false,
  locale: 'en',
  texts: lengths.map((length, i) => ({ path: `body.${i}`, role: 'body', text: textOf(length) })),
  type: 'articles',
})
const CHECK = 'query Check($input: BrandCheckInput!) { checkContent(input: $input) { passes score findings { rule } } }'

const post = async (path: string, body: unknown) => {
  const res = await fetch(`${base}${path}`, {
    body: JSON.stringify(body),
    headers: { Authorization: `api-clients API-Key ${apiKey}`, 'Content-Type': 'application/json' },
    method: 'POST',
  })
  return { body: await res.json(), status: res.status }
}
const delivery = (query: string, variables: Record<string, unknown> = {}) => post('/api/delivery/graphql', { query, variables })
const stockGraphQL = async (query: string, variables: Record<string, unknown> = {}) => {
  const res = await payloadGraphQL(
    new Request('http://localhost/api/graphql', {
      body: JSON.stringify({ query, variables }),
      headers: { Authorization: `api-clients API-Key ${apiKey}`, 'Content-Type': 'application/json' },
      method: 'POST',
    }),
  )
  return { body: await res.json(), status: res.status }
}
const messages = (body: { errors?: Array<{ message: string }> }) => (body.errors ?? []).map((e) => e.message).join(' | ')

beforeAll(async () => {
  carepath = await bootCarepath()
  const { payload } = carepath
  api = apiClient(carepath.config)
  payloadGraphQL = guardGraphQL(GRAPHQL_POST(carepath.config))
  ;({ apiKey } = await createApiClient(payload, 'automation'))
  for (let i = 0; i < 30; i += 1) {
    await publishApproved(payload, {
      collection: 'articles',
      context: { brandGate: 'record-only' },
      data: { body: lexical(`Plain words about living well, part ${i}.`), stages: ['awareness'], title: `Living well ${i}` },
    })
  }
  const fast = createFastDeliveryHandler(payload)
  server = http.createServer((req, res) => void fast(req, res).then((handled) => handled || res.writeHead(404).end()))
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})

afterAll(async () => {
  server?.closeAllConnections()
  await new Promise((resolve) => server?.close(resolve))
  await carepath?.shutdown()
})

describe('text size limits for brand checks', () => {
  it('refuses a text over 50,000 characters on REST and both GraphQL endpoints, saying which and what the limit is', async () => {
    const input = checkInput(60_000)
    const rest = await api.rest('POST', 'brand/check', { auth: { apiKey }, body: input })
    expect(rest.status).toBe(400)
    expect(rest.body.errors[0].message).toMatch(/texts\.0\.text: is 60,000 characters long; a text may have at most 50,000/)

    const fast = await delivery(CHECK, { input })
    expect(messages(fast.body)).toMatch(/texts\.0\.text: is 60,000 characters long; a text may have at most 50,000/)
    expect(fast.body.data?.checkContent).toBeFalsy()

    const stock = await stockGraphQL(CHECK, { input })
    expect(messages(stock.body)).toMatch(/at most 50,000/)
  })

  it('refuses texts that add up to more than 100,000 characters, and accepts exactly the limits', async () => {
    const tooMuch = await api.rest('POST', 'brand/check', { auth: { apiKey }, body: checkInput(40_000, 40_000, 40_000) })
    expect(tooMuch.status).toBe(400)
    expect(tooMuch.body.errors[0].message).toMatch(/add up to 120,000 characters; one check takes at most 100,000 in all/)

    const fast = await delivery(CHECK, { input: checkInput(40_000, 40_000, 40_000) })
    expect(messages(fast.body)).toMatch(/at most 100,000 in all/)

    const atLimit = await api.rest('POST', 'brand/check', { auth: { apiKey }, body: checkInput(50_000, 50_000) })
    expect(atLimit.status).toBe(200)
    expect(atLimit.body).toMatchObject({ passes: expect.any(Boolean), score: expect.any(Number) })
  })
})

describe('GraphQL budgets', () => {
  it('allows one checkContent a request, aliases and fragments included', async () => {
    const one = await delivery(CHECK, { input: checkInput(500) })
    expect(one.body.errors).toBeUndefined()
    expect(one.body.data.checkContent.score).toEqual(expect.any(Number))

    const aliased = `query($input: BrandCheckInput!) { a: checkContent(input: $input) { score } b: checkContent(input: $input) { score } }`
    for (const answer of [await delivery(aliased, { input: checkInput(500) }), await stockGraphQL(aliased, { input: checkInput(500) })]) {
      expect(messages(answer.body)).toMatch(/A request may ask for checkContent once; this one asks 2 times \(aliases count\)/)
      expect(answer.body.data?.a).toBeFalsy()
    }
    const viaFragments = `query($input: BrandCheckInput!) { ...A ...B } fragment A on Query { checkContent(input: $input) { score } } fragment B on Query { x: checkContent(input: $input) { passes } }`
    expect(messages((await delivery(viaFragments, { input: checkInput(500) })).body)).toMatch(/asks 2 times/)
  })

  it('counts expensive fields in the cost budget of both endpoints', async () => {
    // 60 personalizedContent aliases: 60 × (20 + 1) = 1,260 > 1,000 (a plain field costs 1: 60 of them pass).
    const many = `{ ${Array.from({ length: 60 }, (_, i) => `p${i}: personalizedContent(profile: { stage: awareness }) { id }`).join(' ')} }`
    const fast = await delivery(many)
    expect(messages(fast.body)).toMatch(/This query costs 1,?260; Carepath allows at most 1,?000/)
    const stock = await stockGraphQL(many)
    expect(messages(stock.body)).toMatch(/complexity/i)

    const fine = await delivery(`{ ${Array.from({ length: 10 }, (_, i) => `p${i}: personalizedContent(profile: { stage: awareness }) { id }`).join(' ')} }`)
    expect(fine.body.errors).toBeUndefined()
  })
})

const p99 = (samples: number[]) => [...samples].sort((a, b) => a - b)[Math.ceil(samples.length * 0.99) - 1]!

describe('brand checks run off the event loop', () => {
  it('a flood of the largest allowed checks leaves GET /api/feed p99 under 50 ms', async () => {
    const feed = async () => {
      const started = performance.now()
      const res = await fetch(`${base}/api/feed?stage=awareness&first=20`, { headers: { Authorization: `api-clients API-Key ${apiKey}` } })
      await res.arrayBuffer()
      expect(res.status).toBe(200)
      return performance.now() - started
    }
    // `count` requests, or as many as fit in 12 s (a stalled server must fail the assertion, not time out).
    const sample = async (count: number, into: number[]) => {
      const deadline = performance.now() + 12_000
      for (let i = 0; i < count && performance.now() < deadline; i += 1) into.push(await feed())
    }
    await sample(50, []) // warm: JIT, key cache, response cache

    const input = checkInput(50_000, 50_000)
    const quiet: number[] = []
    const flooded: number[] = []
    let checks = 0
    // Quiet and flooded phases alternate, so both see the same machine (other processes share these two cores).
    for (let round = 0; round < 2; round += 1) {
      await sample(400, quiet)
      // The flood comes from another thread at low priority, standing in for clients on other machines: only the
      // server's share of each check lands on this event loop and this CPU.
      const flood = new Worker(
        `const { parentPort, workerData } = require('node:worker_threads')
        try { require('node:os').setPriority(10) } catch {} // clients run elsewhere; here they must not take the server's CPU
        let flooding = true, checks = 0, failures = []
        parentPort.on('message', () => { flooding = false })
        Promise.all(Array.from({ length: 4 }, async () => {
          while (flooding) {
            const res = await fetch(workerData.url, { body: workerData.body, headers: workerData.headers, method: 'POST' })
            const answer = await res.json()
            if (answer.errors) failures.push(answer.errors[0].message); else checks += 1
          }
        })).then(() => parentPort.postMessage({ checks, failures }))`,
        {
          eval: true,
          workerData: {
            body: JSON.stringify({ query: CHECK, variables: { input } }),
            headers: { Authorization: `api-clients API-Key ${apiKey}`, 'Content-Type': 'application/json' },
            url: `${base}/api/delivery/graphql`,
          },
        },
      )
      const done = new Promise<{ checks: number; failures: string[] }>((resolve) => flood.once('message', resolve))
      await new Promise((resolve) => setTimeout(resolve, 300)) // the flood is running
      await sample(400, flooded)
      flood.postMessage('stop')
      const result = await done
      await flood.terminate()
      expect(result.failures).toEqual([])
      checks += result.checks
    }

    const figures = { checks, floodedP99: Math.round(p99(flooded)), quietP99: Math.round(p99(quiet)) }
    console.info(`feed latency with and without a check flood: ${JSON.stringify(figures)}`)
    expect(checks).toBeGreaterThan(10) // the checks really ran meanwhile (each ≈ 0.2 s of CPU)
    // Under 50 ms; on a machine so busy (other test files, other jobs) that the quiet server nears that, within three times
    // its quiet p99. On the event loop, each check held every feed request for ~0.2 s: p99 was 2.7 s.
    expect(figures.floodedP99).toBeLessThan(Math.max(50, figures.quietP99 * 3))
  }, 120_000)
})
