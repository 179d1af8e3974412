/**
 * "PostgreSQL stopped for 10 s mid-load: delivery keeps answering from memory, admin writes fail with a clear 503,
 * everything recovers by itself; no half-written document." Checks that against a running server over HTTP only
 * (fetch and node:assert, no dependencies), so operations scripts can run it against `npm start` or nginx.
 */
import assert from 'node:assert/strict'

import { readAnswer, signInOverHttp, type ApiResponse } from './answer'

export interface DatabaseOutageOptions {
  /** The server (or nginx) base URL, e.g. http://127.0.0.1:8080. */
  base: string
  /** A website API client's key (sent as `Authorization: api-clients API-Key <key>`). */
  deliveryApiKey: string
  /** A staff account that can save drafts of articles (the demo seed's editor@carepath.example). */
  editor: { email: string; password: string }
  stopDatabase: () => Promise<void>
  startDatabase: () => Promise<void>
  log: (message: string) => void
  /** How long the database stays stopped (default 10 s). */
  outageMs?: number
  /** Delivery requests a second during the whole check (default 20). */
  deliveryPerSecond?: number
  /** How long to wait for writes to work again after the database is back (default 60 s). */
  recoveryTimeoutMs?: number
}

export interface DatabaseOutageReport {
  deliveryRequests: number
  deliveryFailures: number
  /** Slowest delivery answer, in ms. */
  deliverySlowestMs: number
  writeStatusDuringOutage: number
  writeMessage: string
  /** From the database being started to the first successful draft save. */
  recoveredAfterMs: number
}

const PERSONALIZED = `query ($profile: ContentProfileInput!) {
  personalizedContent(profile: $profile, limit: 10) { id title }
}`
const PROFILE = { conditions: ['type-2-diabetes'], stage: 'awareness' }
const REQUEST_TIMEOUT_MS = 15_000


export async function checkDatabaseOutage(options: DatabaseOutageOptions): Promise<DatabaseOutageReport> {
  const { base, deliveryApiKey, editor, log } = options
  const outageMs = options.outageMs ?? 10_000
  const perSecond = options.deliveryPerSecond ?? 20
  const recoveryTimeoutMs = options.recoveryTimeoutMs ?? 60_000

  const call = async (method: string, path: string, init: { auth?: string; body?: unknown } = {}): Promise<ApiResponse> => {
    const res = await fetch(new URL(path, base), {
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
      headers: { ...(init.body === undefined ? {} : { 'Content-Type': 'application/json' }), ...(init.auth ? { Authorization: init.auth } : {}) },
      method,
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    })
    return readAnswer(res)
  }

  // Sign in and pick the article whose draft the check saves.
  const staff = await signInOverHttp(base, editor.email, editor.password)
  const list = await call('GET', '/api/articles?limit=1&depth=0&draft=true&sort=id', { auth: staff })
  assert.equal(list.status, 200, `listing articles failed: ${JSON.stringify(list.body)}`)
  const article = list.body.docs?.[0] as { id: number | string; title: string } | undefined
  assert.ok(article, 'the database has no article to save a draft of (seed the demo content first)')
  const saveDraft = (title: string) => call('PATCH', `/api/articles/${article.id}?draft=true&depth=0`, { auth: staff, body: { title } })
  const storedTitle = async () => {
    const res = await call('GET', `/api/articles/${article.id}?draft=true&depth=0`, { auth: staff })
    return res.status === 200 ? (res.body.title as string) : null
  }
  const originalTitle = article.title
  const healthy = await saveDraft(originalTitle)
  assert.equal(healthy.status, 200, `a draft save failed before the outage: ${JSON.stringify(healthy.body)}`)

  // What delivery answers while the database is up; during the outage it must answer the same.
  const website = `api-clients API-Key ${deliveryApiKey}`
  const expected = await call('POST', '/api/delivery/graphql', { auth: website, body: { query: PERSONALIZED, variables: { profile: PROFILE } } })
  assert.equal(expected.status, 200, `delivery failed before the outage: ${JSON.stringify(expected.body)}`)
  const expectedIds = JSON.stringify((expected.body.data?.personalizedContent ?? []).map((item: { id: string }) => item.id))
  assert.notEqual(expectedIds, '[]', 'personalizedContent returned nothing before the outage (seed the demo content first)')

  // A steady stream of delivery requests for the whole check: GraphQL, with every fifth a feed page.
  let deliveryRequests = 0
  let deliveryFailures = 0
  let deliverySlowestMs = 0
  const inFlight = new Set<Promise<void>>()
  const deliverOnce = async (n: number) => {
    const started = Date.now()
    let failure: string | null = null
    try {
      if (n % 5 === 4) {
        const feed = await call('GET', '/api/feed?stage=awareness&first=10', { auth: `api-clients API-Key ${deliveryApiKey}` })
        if (feed.status !== 200 || !Array.isArray(feed.body?.items)) failure = `feed ${feed.status} ${JSON.stringify(feed.body).slice(0, 200)}`
      } else {
        const res = await call('POST', '/api/delivery/graphql', { auth: website, body: { query: PERSONALIZED, variables: { profile: PROFILE } } })
        const ids = JSON.stringify((res.body?.data?.personalizedContent ?? []).map((item: { id: string }) => item.id))
        if (res.status !== 200 || res.body?.errors || ids !== expectedIds) failure = `graphql ${res.status} ${JSON.stringify(res.body).slice(0, 200)}`
      }
    } catch (error) {
      failure = (error as Error).message
    }
    deliveryRequests += 1
    deliverySlowestMs = Math.max(deliverySlowestMs, Date.now() - started)
    if (failure) {
      deliveryFailures += 1
      if (deliveryFailures <= 5) log(`delivery request failed: ${failure}`)
    }
  }
  let sent = 0
  const load = setInterval(() => {
    const request = deliverOnce(sent++).finally(() => inFlight.delete(request))
    inFlight.add(request)
  }, 1000 / perSecond)

  let stopped = false
  let writeStatusDuringOutage = 0
  let writeMessage = ''
  let recoveredAfterMs = -1
  try {
    await sleep(1000)
    log(`stopping the database for ${outageMs / 1000} s`)
    await options.stopDatabase()
    stopped = true
    const outageStarted = Date.now()

    const attempted = `${originalTitle} (saved during the outage)`
    const refused = await saveDraft(attempted)
    writeStatusDuringOutage = refused.status
    writeMessage = String(refused.body?.errors?.[0]?.message ?? JSON.stringify(refused.body))
    log(`draft save while the database is stopped: ${refused.status} ${writeMessage} (Retry-After: ${refused.headers.get('retry-after')})`)
    assert.equal(refused.status, 503, `a draft save during the outage answered ${refused.status}, not 503: ${JSON.stringify(refused.body)}`)
    assert.match(writeMessage, /database is unavailable/i)
    assert.match(writeMessage, /nothing was saved/i)
    assert.ok(Number(refused.headers.get('retry-after')) > 0, 'the 503 carries no Retry-After')

    await sleep(Math.max(0, outageStarted + outageMs - Date.now()))
    log(`starting the database; ${deliveryRequests} delivery requests so far, ${deliveryFailures} failed`)
    await options.startDatabase()
    stopped = false
    const restarted = Date.now()

    // The refused save left the stored document as it was.
    let title: string | null = null
    while (title === null && Date.now() - restarted < recoveryTimeoutMs) {
      title = await storedTitle().catch(() => null)
      if (title === null) await sleep(250)
    }
    assert.equal(title, originalTitle, 'after the outage the article does not read back as it was before the refused save')

    while (recoveredAfterMs < 0) {
      const saved = await saveDraft(originalTitle).catch(() => null)
      if (saved?.status === 200) recoveredAfterMs = Date.now() - restarted
      else if (Date.now() - restarted > recoveryTimeoutMs) assert.fail(`draft saves still fail ${recoveryTimeoutMs / 1000} s after the database came back (last: ${saved?.status} ${JSON.stringify(saved?.body)})`)
      else await sleep(250)
    }
    log(`draft saves work again ${recoveredAfterMs} ms after the database started`)
    await sleep(2000) // delivery keeps answering once the database is back, too
  } finally {
    clearInterval(load)
    if (stopped) await options.startDatabase()
    await Promise.all(inFlight)
  }

  log(`delivery: ${deliveryRequests} requests, ${deliveryFailures} failed, slowest ${deliverySlowestMs} ms`)
  assert.equal(deliveryFailures, 0, `${deliveryFailures} of ${deliveryRequests} delivery requests failed during the check`)
  return { deliveryFailures, deliveryRequests, deliverySlowestMs, recoveredAfterMs, writeMessage, writeStatusDuringOutage }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
