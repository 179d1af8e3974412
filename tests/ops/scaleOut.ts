/**
 * The reference deployment under faults (README "Reference deployment"), run by `npm test` when PostgreSQL
 * (TEST_POSTGRES_URI) and nginx are installed; `.ci/run` installs both.
 *
 * Two production instances (scripts/server.ts) on one fresh PostgreSQL database with the demo library, behind nginx
 * configured by deploy/nginx.conf (ports rewritten), under the delivery tier's mixed traffic. Mid-run, the instance that
 * runs the jobs queue is killed (SIGKILL) and restarted. Checked:
 * - 0 failed requests at the client (nginx sends them to the other instance);
 * - a publish made during the run is served by both instances within 2 s;
 * - no job runs twice: a publish scheduled for just after the kill happens once (one content event, one webhook), and
 *   the https webhook receiver gets every message exactly once;
 * - then PostgreSQL is stopped for 10 s under delivery traffic (tests/support/databaseOutage.ts): delivery keeps
 *   answering, writes get a clear 503, and everything recovers by itself.
 * Options (environment): OPS_RATE (mixed requests a second, default 100), OPS_SECONDS (default 60).
 */
import assert from 'node:assert/strict'
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import https from 'node:https'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'

import { buildConfig, createLocalReq, getPayload, type Payload } from 'payload'

import { carepathConfig } from '../../payload.config'
import { RUNNER_LEASE } from '../../src/jobs/runner'
import { demoConditions, demoSegments } from '../../src/seed/data'
import { DEMO_PASSWORD } from '../../src/seed/accounts'
import { paragraphsToLexical } from '../../src/seed/lexical'
import { seedDemo } from '../../src/seed/seedDemo'
import { runReviewAct } from '../../src/workflowGate/runReviewAct'
import { closePayload } from '../int/helpers/payload'
import { createTestDatabase } from '../int/helpers/testDatabase'
import { signInOverHttp } from '../support/answer'
import { checkDatabaseOutage } from '../support/databaseOutage'
import { describeLoad, mixedTraffic, probeTraffic, runLoad } from '../support/mixedTraffic'
import { buildForProduction, freePort, ready as printsReady, root, startProductionServer, stopServer, waitForServer } from '../support/production'

const started = Date.now()
const log = (message: string) => console.log(`[ops ${((Date.now() - started) / 1000).toFixed(0)} s] ${message}`)
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
const RATE = Number(process.env.OPS_RATE ?? 100)
const SECONDS = Number(process.env.OPS_SECONDS ?? 60)
const API_KEY = `ops-${randomBytes(12).toString('hex')}`
// API keys are indexed with the secret: the setup and both instances share it.
const SECRET = randomBytes(32).toString('hex')

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'carepath-ops-'))
const cleanups: Array<() => Promise<unknown> | unknown> = []

/** A self-signed certificate for 127.0.0.1: the webhook receiver is an https service inside the network. */
function certificate() {
  const [key, cert] = [path.join(scratch, 'receiver.key'), path.join(scratch, 'receiver.crt')]
  const made = spawnSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', key, '-out', cert, '-days', '1', '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1'], { stdio: 'pipe' })
  assert.equal(made.status, 0, `openssl failed: ${made.stderr}`)
  return { cert, key }
}

interface Received {
  id: string
  itemId: string
  type: string
}
async function startReceiver(tls: { cert: string; key: string }) {
  const received: Received[] = []
  const server = https.createServer({ cert: fs.readFileSync(tls.cert), key: fs.readFileSync(tls.key) }, (req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => {
      const message = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { data: { id: string }; type: string }
      received.push({ id: String(req.headers['webhook-id']), itemId: message.data.id, type: message.type })
      res.writeHead(200, { connection: 'close' }).end('ok')
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  cleanups.push(() => new Promise((resolve) => (server.closeAllConnections(), server.close(resolve))))
  return { received, url: `https://127.0.0.1:${(server.address() as AddressInfo).port}/hooks/carepath` }
}

/** nginx with deploy/nginx.conf, its ports rewritten, in the foreground of its own scratch prefix. */
async function startNginx(listen: number, upstreams: number[]): Promise<ChildProcess> {
  let site = fs.readFileSync(path.join(root, 'deploy/nginx.conf'), 'utf8')
  const rewrite = (from: string, to: string) => {
    assert.ok(site.includes(from), `deploy/nginx.conf has "${from}"`)
    site = site.replace(from, to)
  }
  rewrite('server 127.0.0.1:3001 ', `server 127.0.0.1:${upstreams[0]} `)
  rewrite('server 127.0.0.1:3002 ', `server 127.0.0.1:${upstreams[1]} `)
  rewrite('listen 8080;', `listen 127.0.0.1:${listen};`)
  const prefix = path.join(scratch, 'nginx')
  fs.mkdirSync(prefix, { recursive: true })
  // nginx started as root runs its workers as nobody: they must reach the scratch folder and write their temp files.
  fs.chmodSync(scratch, 0o755)
  fs.chmodSync(prefix, 0o777)
  fs.writeFileSync(path.join(prefix, 'carepath.conf'), site)
  const temp = (name: string) => `${name}_temp_path ${path.join(prefix, name)};`
  fs.writeFileSync(
    path.join(prefix, 'nginx.conf'),
    [
      'daemon off;',
      'worker_processes 1;',
      `pid ${path.join(prefix, 'nginx.pid')};`,
      `error_log ${path.join(prefix, 'error.log')} warn;`,
      'events { worker_connections 2048; }',
      'http {',
      '  access_log off;',
      `  ${temp('client_body')} ${temp('proxy')} ${temp('fastcgi')} ${temp('uwsgi')} ${temp('scgi')}`,
      `  include ${path.join(prefix, 'carepath.conf')};`,
      '}',
    ].join('\n'),
  )
  const nginx = spawn('nginx', ['-p', prefix, '-c', path.join(prefix, 'nginx.conf')], { stdio: 'inherit' })
  cleanups.push(() => nginx.kill('SIGTERM'))
  for (let i = 0; i < 50; i += 1) {
    if (await fetch(`http://127.0.0.1:${listen}/api/feed?first=1`).then(() => true, () => false)) return nginx
    await sleep(100)
  }
  throw new Error(`nginx did not start; see ${path.join(prefix, 'error.log')}`)
}

/** The process ids in a server's process group (tsx and the Node process it runs). */
const processGroup = (server: ChildProcess) =>
  spawnSync('ps', ['-o', 'pid=', '-g', String(server.pid)], { encoding: 'utf8' }).stdout.split('\n').map((l) => Number(l.trim())).filter(Boolean)

async function main() {
  const adminURI = process.env.TEST_POSTGRES_URI
  assert.ok(adminURI, 'TEST_POSTGRES_URI must name a PostgreSQL server (.ci/run sets it)')
  buildForProduction(log)

  // 1. A fresh database with the demo library, a website API key and a webhook to an https receiver inside the network.
  process.env.DATABASE_URI = adminURI
  const database = await createTestDatabase()
  cleanups.push(() => database.drop())
  log(`Database ${new URL(database.uri).pathname.slice(1)}: migrations and the demo library…`)
  const tls = certificate()
  const receiver = await startReceiver(tls)
  const setupEnv = { ...process.env, CAREPATH_LOG_LEVEL: 'warn', CAREPATH_RUN_JOBS: 'false', CAREPATH_WEBHOOKS_INTERNAL_HOSTS: '127.0.0.1', PAYLOAD_SECRET: SECRET }
  const payload: Payload = await getPayload({ config: await buildConfig(carepathConfig({ databaseURI: database.uri, env: setupEnv, pushSchema: false, uploadDir: scratch })), key: 'ops-setup' })
  let payloadOpen = true
  cleanups.push(() => payloadOpen && closePayload(payload))
  await payload.db.migrate()
  const seeded = await seedDemo(payload)
  assert.ok(seeded.seeded, 'demo seed')
  await payload.create({ collection: 'api-clients', data: { apiKey: API_KEY, enableAPIKey: true, kind: 'website', name: 'Operations test' } as never })
  process.env.CAREPATH_WEBHOOKS_INTERNAL_HOSTS = '127.0.0.1' // the save-time check reads this process's environment
  await payload.create({ collection: 'webhooks', data: { events: ['published', 'updated', 'unpublished', 'deleted'], name: 'Automation', url: receiver.url } as never })

  // 2. Two instances and nginx.
  const [portA, portB, listen] = [await freePort(), await freePort(), await freePort()]
  const base = `http://127.0.0.1:${listen}`
  const instanceEnv = {
    CAREPATH_JOBS_INTERVAL_SECONDS: '2',
    CAREPATH_LOG_LEVEL: 'warn',
    CAREPATH_SERVER_URL: base,
    CAREPATH_SITE_URL: base,
    CAREPATH_TRUSTED_PROXIES: '1',
    CAREPATH_WEBHOOKS_INTERNAL_HOSTS: '127.0.0.1',
    DATABASE_URI: database.uri,
    NODE_EXTRA_CA_CERTS: tls.cert,
    PAYLOAD_SECRET: SECRET,
  }
  const instances = new Map<number, ChildProcess>()
  const start = (port: number) => {
    const server = startProductionServer(port, instanceEnv)
    instances.set(port, server)
    return server
  }
  cleanups.push(() => Promise.all([...instances.values()].map((server) => stopServer(server))))
  const ready = (port: number) => waitForServer(`http://127.0.0.1:${port}/api/feed?first=1`, instances.get(port)!, 180_000)
  log('Starting two instances…')
  start(portA)
  start(portB)
  await Promise.all([ready(portA), ready(portB)])
  await startNginx(listen, [portA, portB])

  const published = await payload.find({ collection: 'articles', depth: 0, limit: 50, pagination: false, where: { _status: { equals: 'published' } } })
  const slugs = published.docs.map((doc) => doc.slug as string)
  const conditions = demoConditions.filter((c) => !c.parent)
  const mix = mixedTraffic({
    apiKey: API_KEY,
    codes: conditions.filter((c) => c.icd10.length).map((c) => c.icd10[0]!),
    conditionSlugs: conditions.map((c) => c.slug),
    item: () => ({ slug: slugs[Math.floor(Math.random() * slugs.length)]!, type: 'articles' }),
    segmentSlugs: demoSegments.map((s) => s.slug),
  })
  await probeTraffic(base, mix)

  // 3. Mixed traffic through nginx for the whole run; faults happen underneath it.
  log(`Mixed traffic through nginx: ${RATE} req/s for ${SECONDS} s…`)
  const load = runLoad({ base, connections: 32, mix, rate: RATE, seconds: SECONDS })

  // A publish scheduled for shortly after the kill: whichever instance runs the queue then must publish it once.
  const editor = (await payload.find({ collection: 'users', limit: 1, where: { email: { equals: 'editor@carepath.example' } } })).docs[0]!
  const reviewer = (await payload.find({ collection: 'users', limit: 1, where: { email: { equals: 'reviewer@carepath.example' } } })).docs[0]!
  const admin = (await payload.find({ collection: 'users', limit: 1, where: { email: { equals: 'admin@carepath.example' } } })).docs[0]!
  const as = (user: { id: number | string }) => createLocalReq({ user: { ...user, collection: 'users' } as never }, payload)
  // Articles carry the demo's required medical disclaimer (a Snippet block).
  const disclaimerId = (await payload.find({ collection: 'snippets', limit: 1, where: { slug: { equals: 'medical-disclaimer' } } })).docs[0]!.id
  const disclaimer = { fields: { blockName: '', blockType: 'snippet', id: 'disclaimer', snippet: disclaimerId }, format: '', type: 'block', version: 2 }
  const scheduled = await payload.create({
    collection: 'articles',
    data: { body: paragraphsToLexical(['Flu shots are safe for most people. Ask your care team which one is right for you.'], [disclaimer]), clinical: false, stages: ['awareness'], summary: 'When and where to get your flu shot.', title: 'Your flu shot this fall' } as never,
    draft: true,
    overrideAccess: false,
    user: editor,
  })
  await runReviewAct(await as(editor), { act: 'submit', id: scheduled.id, type: 'articles' })
  await runReviewAct(await as(reviewer), { act: 'approve', id: scheduled.id, type: 'articles' })

  await sleep(8_000)
  const lease = (await payload.find({ collection: 'job-leases', depth: 0, limit: 1, where: { key: { equals: RUNNER_LEASE } } })).docs[0]
  assert.ok(lease, 'an instance holds the jobs runner lease')
  const leaderPid = Number(lease.holder.split(':').at(-2))
  const leaderPort = [...instances].find(([, server]) => processGroup(server).includes(leaderPid))?.[0]
  assert.ok(leaderPort, `the lease holder ${lease.holder} is one of the instances`)
  await payload.jobs.queue({
    input: { doc: { relationTo: 'articles', value: String(scheduled.id) as never }, type: 'publish', user: { relationTo: 'users', value: admin.id as never } } as never,
    task: 'schedulePublish',
    waitUntil: new Date(Date.now() + 3_000),
  })
  log(`Killing the instance that runs the jobs queue (port ${leaderPort}) with SIGKILL…`)
  await stopServer(instances.get(leaderPort)!, 'SIGKILL')
  await sleep(5_000)
  log('Restarting it…')
  // Its "Ready" line too: the server answers reads while it warms up, and nginx sends writes (not retried) to it.
  const restarted = printsReady(start(leaderPort))
  await ready(leaderPort)
  await restarted
  log('Both instances serve again.')

  // 4. A publish during the run, through nginx as the admin would: draft, submit, approve, publish.
  const signIn = (email: string) => signInOverHttp(base, email, DEMO_PASSWORD)
  const rest = async (method: string, url: string, token: string, body?: unknown) => {
    const res = await fetch(`${base}/api/${url}`, { body: body === undefined ? undefined : JSON.stringify(body), headers: { Authorization: token, 'Content-Type': 'application/json' }, method })
    const json = (await res.json()) as Record<string, any>
    assert.ok(res.ok, `${method} /api/${url}: HTTP ${res.status} ${JSON.stringify(json).slice(0, 400)}`)
    return json
  }
  const [editorToken, reviewerToken, adminToken] = [await signIn('editor@carepath.example'), await signIn('reviewer@carepath.example'), await signIn('admin@carepath.example')]
  const draft = await rest('POST', 'articles?draft=true', editorToken, {
    body: paragraphsToLexical(['Walking every day helps your heart. Start slowly and ask your care team what is right for you.'], [disclaimer]),
    clinical: false,
    stages: ['retention'],
    summary: 'Small steps for a stronger heart.',
    title: 'Walking for your heart',
  })
  const id = draft.doc.id as number
  await rest('POST', `articles/${id}/workflow`, editorToken, { action: 'submit' })
  await rest('POST', `articles/${id}/workflow`, reviewerToken, { action: 'approve' })
  const live = await rest('PATCH', `articles/${id}`, adminToken, { _status: 'published' })
  const publishedAt = Date.now()
  const slug = live.doc.slug as string
  const visibleAfter = await Promise.all(
    [portA, portB].map(async (port) => {
      for (;;) {
        const res = await fetch(`http://127.0.0.1:${port}/api/delivery/graphql`, {
          body: JSON.stringify({ query: 'query ($slug: String!) { deliveredItem(type: articles, slug: $slug) { ... on DeliveredContent { id } } }', variables: { slug } }),
          headers: { Authorization: `api-clients API-Key ${API_KEY}`, 'Content-Type': 'application/json' },
          method: 'POST',
        })
        const body = (await res.json()) as { data?: { deliveredItem?: { id?: string } | null } }
        if (body.data?.deliveredItem?.id) return Date.now() - publishedAt
        if (Date.now() - publishedAt > 10_000) return Infinity
        await sleep(50)
      }
    }),
  )
  log(`Published through nginx; served by the instances after ${visibleAfter.map((ms) => `${ms} ms`).join(' and ')}.`)

  const figures = await load
  log(`Mixed traffic: ${describeLoad(figures)}; statuses ${JSON.stringify(figures.statuses)}`)

  // 5. Jobs: the scheduled publish happened once; every webhook message arrived exactly once.
  const deadline = Date.now() + 30_000
  const expectedItems = [String(scheduled.id), String(id)].sort()
  while (Date.now() < deadline && new Set(receiver.received.map((m) => m.itemId)).size < 2) await sleep(500)
  await sleep(3_000) // a duplicate send would arrive now
  const scheduledEvents = await payload.find({ collection: 'content-events', depth: 0, pagination: false, where: { and: [{ type: { equals: 'articles' } }, { docId: { equals: String(scheduled.id) } }] } })
  const scheduledJobs = await payload.find({ collection: 'payload-jobs', depth: 0, pagination: false, where: { taskSlug: { equals: 'schedulePublish' } } })
  log(`Scheduled publish: content events ${JSON.stringify(scheduledEvents.docs.map((e) => e.action))}; jobs left in the queue ${scheduledJobs.docs.length}`)
  log(`Webhook receiver got ${receiver.received.length} messages: ${receiver.received.map((m) => `${m.type} ${m.itemId} (${m.id})`).join('; ')}`)

  assert.equal(figures.errors, 0, 'no request failed at the client')
  assert.equal(figures.non2xx, 0, `every answer was 2xx: ${JSON.stringify(figures.statuses)}`)
  for (const ms of visibleAfter) assert.ok(ms <= 2_000, `the publish is served by both instances within 2 s (${visibleAfter.join(', ')} ms)`)
  assert.deepEqual(scheduledEvents.docs.map((e) => e.action), ['published'], 'the scheduled publish happened exactly once')
  assert.equal(scheduledJobs.docs.length, 0, 'the scheduled publish job completed (Payload removes completed jobs)')
  assert.equal(new Set(receiver.received.map((m) => m.id)).size, receiver.received.length, 'no webhook message was sent twice')
  assert.deepEqual(receiver.received.map((m) => m.itemId).sort(), expectedItems, 'one content.published message per publish')

  // 6. The database goes away for 10 s under delivery traffic, through nginx.
  await closePayload(payload)
  payloadOpen = false
  const cluster = spawnSync('pg_lsclusters', ['-h'], { encoding: 'utf8' }).stdout.trim().split('\n')[0]?.split(/\s+/).slice(0, 2)
  if (!cluster?.[1]) {
    log('Database outage check skipped: no local PostgreSQL cluster (pg_lsclusters) to stop.')
  } else {
    const pgctl = (action: 'start' | 'stop') => {
      const result = spawnSync('pg_ctlcluster', [...cluster, action], { stdio: 'inherit' })
      assert.equal(result.status, 0, `pg_ctlcluster ${cluster.join(' ')} ${action}`)
    }
    try {
      const outage = await checkDatabaseOutage({
        base,
        deliveryApiKey: API_KEY,
        editor: { email: 'editor@carepath.example', password: DEMO_PASSWORD },
        log,
        startDatabase: async () => pgctl('start'),
        stopDatabase: async () => pgctl('stop'),
      })
      log(`Database outage: ${JSON.stringify(outage)}`)
    } finally {
      spawnSync('pg_ctlcluster', [...cluster, 'start'], { stdio: 'ignore' }) // whatever happened, leave it running
    }
  }
  log('Passed.')
}

main()
  .then(
    () => 0,
    (error) => {
      console.error(`[ops] FAILED:`, error)
      return 1
    },
  )
  .then(async (code) => {
    for (const cleanup of cleanups.reverse()) await Promise.resolve(cleanup()).catch(() => undefined)
    fs.rmSync(scratch, { force: true, recursive: true })
    process.exit(code)
  })
