/**
 * `npm run bench:load`: the production server (`npm start`'s path: next build when the sources changed, migrations,
 * scripts/server.ts) on loopback with a 10,000-item library on a scratch SQLite database, under a fixed rate of mixed
 * traffic from autocannon: 60 % personalizedContent (varied profiles), 15 % contentFeed and GET /api/feed, 10 %
 * GET /api/infobutton, 10 % deliveredItem, 5 % brand checks (checkContent, ~2,000 words). First `--duration` seconds at
 * `--rate`, then a soak of `--soak` seconds at half the rate. Prints throughput, p50/p95/p99, errors, 5xx and the
 * server's RSS at the start and end of the soak. Targets: 300 req/s with 0 errors and 0 5xx, p99 < 100 ms, RSS growth
 * < 10 % over the soak. Exits non-zero when a target is missed.
 * Options: --rate=300 --duration=60 --soak=600 --items=10000 --connections=64 --warmup=10
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { buildConfig, createLocalReq, getPayload } from 'payload'

import { carepathConfig } from '../payload.config'
import { demoConditions, demoSegments } from '../src/seed/data'
import { JOURNEY_STAGE_VALUES } from '../src/taxonomy/journeyStages'
import { describeLoad, mixedTraffic, probeTraffic, runLoad, type LoadFigures } from '../tests/support/mixedTraffic'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const arg = (name: string, fallback: number) => Number(process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback)
const RATE = arg('rate', 300)
const DURATION = arg('duration', 60)
const SOAK = arg('soak', 600)
const ITEMS = arg('items', 10_000)
const CONNECTIONS = arg('connections', 64)
const WARMUP = arg('warmup', 10)
const API_KEY = 'bench-load-website-key'

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'carepath-load-'))
const databaseURI = `file:${path.join(scratch, 'load.db')}`
const secret = 'bench-load-secret-0123456789abcdef0123456789abcdef'
const freePort = () =>
  new Promise<number>((resolve) => {
    const probe = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo
      probe.close(() => resolve(port))
    })
  })
const port = await freePort()
const base = `http://127.0.0.1:${port}`
const env = {
  ...process.env,
  CAREPATH_DEMO: 'false',
  CAREPATH_LOG_LEVEL: 'warn',
  CAREPATH_SERVER_URL: `http://localhost:${port}`,
  CAREPATH_SITE_URL: `http://localhost:${port}`,
  DATABASE_URI: databaseURI,
  NODE_OPTIONS: '--conditions=development --no-deprecation',
  PAYLOAD_SECRET: secret,
  PORT: String(port),
}

// 1. Schema by the committed migrations, as production has it; then the library.
console.log(`[bench:load] scratch database ${databaseURI}`)
const migrated = spawnSync(path.join(root, 'node_modules/.bin/payload'), ['migrate'], { cwd: root, env: { ...env, NODE_ENV: 'production' }, stdio: 'inherit' })
if (migrated.status !== 0) throw new Error('payload migrate failed')

const config = await buildConfig(carepathConfig({ databaseURI, env: { ...env, CAREPATH_RUN_JOBS: 'false' }, pushSchema: false, uploadDir: scratch }))
const payload = await getPayload({ config, key: 'bench-load-seed' })
const client = (payload.db as unknown as { client: { execute(sql: string): Promise<unknown> } }).client
await client.execute('PRAGMA journal_mode = WAL')
const conditionIds: number[] = []
const conditions = demoConditions.filter((c) => !c.parent)
for (const c of conditions) {
  conditionIds.push((await payload.create({ collection: 'conditions', data: { icd10Codes: c.icd10, name: c.name, slug: c.slug, snomedCodes: c.snomed } })).id as number)
}
const segmentIds: number[] = []
for (const s of demoSegments) segmentIds.push((await payload.create({ collection: 'segments', data: s })).id as number)
await payload.create({ collection: 'api-clients', data: { apiKey: API_KEY, enableAPIKey: true, kind: 'website', name: 'Load bench' } })
const TYPES = ['articles', 'articles', 'pamphlets', 'videos'] as const
const seedStarted = Date.now()
const req = await createLocalReq({ locale: 'en' } as never, payload)
for (let i = 0; i < ITEMS; i += 1) {
  const now = new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString()
  await payload.db.create({
    collection: TYPES[i % TYPES.length]!,
    data: {
      _status: 'published',
      channels: ['web', 'portal', 'email'],
      clinical: false,
      conditions: [conditionIds[i % conditionIds.length], conditionIds[(i * 7) % conditionIds.length]],
      createdAt: now,
      segments: i % 3 === 0 ? [] : [segmentIds[i % segmentIds.length]],
      slug: `item-${i}`,
      stages: [JOURNEY_STAGE_VALUES[i % 5], JOURNEY_STAGE_VALUES[(i * 3) % 5]],
      summary: { en: `Plain-language summary number ${i} about living well.`, es: i % 2 ? `Resumen número ${i}.` : null },
      title: { en: `Patient guide ${i}`, es: i % 2 ? `Guía para pacientes ${i}` : null },
      translationComplete: { en: true, es: i % 2 === 1 },
      updatedAt: now,
    } as never,
    req,
  })
}
console.log(`[bench:load] seeded ${ITEMS.toLocaleString('en-US')} items in ${((Date.now() - seedStarted) / 1000).toFixed(0)} s`)
await payload.destroy()

// 2. The production server, exactly as `npm start` runs it (builds first when the sources changed).
const server: ChildProcess = spawn(process.execPath, [path.join(root, 'scripts/start.mjs')], { cwd: root, detached: true, env, stdio: ['ignore', 'inherit', 'inherit'] })
const stopServer = () => {
  try {
    process.kill(-server.pid!, 'SIGTERM')
  } catch {
    // already gone
  }
}
process.on('exit', stopServer)
const ready = Date.now()
for (;;) {
  if (server.exitCode !== null) throw new Error(`the server exited (${server.exitCode}) before it was ready`)
  const status = await fetch(`${base}/api/feed?stage=awareness&first=1`, { headers: { Authorization: `api-clients API-Key ${API_KEY}` } })
    .then((r) => r.status)
    .catch(() => 0)
  if (status === 200) break
  if (Date.now() - ready > 15 * 60_000) throw new Error('the server was not ready within 15 minutes')
  await new Promise((resolve) => setTimeout(resolve, 1000))
}

/** RSS of the server process tree's largest member (the Node process serving requests). */
function serverRSS(): number {
  const children = (pid: number): number[] => {
    const out = spawnSync('ps', ['-o', 'pid=', '--ppid', String(pid)], { encoding: 'utf8' }).stdout
    const pids = out.split('\n').map((l) => Number(l.trim())).filter(Boolean)
    return [...pids, ...pids.flatMap(children)]
  }
  let largest = 0
  for (const pid of [server.pid!, ...children(server.pid!)]) {
    try {
      const kb = Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0)
      largest = Math.max(largest, kb * 1024)
    } catch {
      // exited
    }
  }
  return largest
}

// 3. Mixed traffic (tests/support/mixedTraffic.ts), each kind probed once: a benchmark of error answers measures nothing.
const TYPE_OF = ['articles', 'articles', 'pamphlets', 'videos']
const MIX = mixedTraffic({
  apiKey: API_KEY,
  codes: conditions.filter((c) => c.icd10.length).map((c) => c.icd10[0]!),
  conditionSlugs: conditions.map((c) => c.slug),
  item: () => {
    const i = Math.floor(Math.random() * ITEMS)
    return { slug: `item-${i}`, type: TYPE_OF[i % 4]! }
  },
  segmentSlugs: demoSegments.map((s) => s.slug),
})
await probeTraffic(base, MIX)

async function run(label: string, rate: number, seconds: number): Promise<LoadFigures> {
  const figures = await runLoad({ base, connections: CONNECTIONS, mix: MIX, rate, seconds })
  console.log(`[bench:load] ${label}: ${describeLoad(figures)}`)
  return figures
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`
if (WARMUP > 0) await run('warm-up', RATE, WARMUP)
const rssBefore = serverRSS()
console.log(`[bench:load] server RSS after warm-up: ${mb(rssBefore)}`)
const main = await run(`${RATE} req/s mixed for ${DURATION} s`, RATE, DURATION)
const rssSoakStart = serverRSS()
const soak = SOAK > 0 ? await run(`soak: ${RATE / 2} req/s for ${SOAK} s`, RATE / 2, SOAK) : undefined
const rssSoakEnd = serverRSS()
const growth = (rssSoakEnd - rssSoakStart) / rssSoakStart
console.log(`[bench:load] server RSS: ${mb(rssBefore)} after warm-up, ${mb(rssSoakStart)} at soak start, ${mb(rssSoakEnd)} at soak end (${(growth * 100).toFixed(1)} %)`)

const misses = [
  main.rps < RATE * 0.97 && `throughput ${main.rps.toFixed(0)} req/s < ${RATE}`,
  main.errors > 0 && `${main.errors} errors`,
  main.fiveXX > 0 && `${main.fiveXX} 5xx`,
  main.non2xx > 0 && `${main.non2xx} non-2xx`,
  main.p99 >= 100 && `p99 ${main.p99.toFixed(1)} ms ≥ 100 ms`,
  soak && soak.errors + soak.fiveXX > 0 && `soak: ${soak.errors} errors, ${soak.fiveXX} 5xx`,
  soak && growth >= 0.1 && `RSS grew ${(growth * 100).toFixed(1)} % over the soak`,
].filter(Boolean)
console.log(misses.length ? `[bench:load] MISSED: ${misses.join('; ')}` : '[bench:load] all targets met')
stopServer()
fs.rmSync(scratch, { force: true, recursive: true })
process.exit(misses.length ? 1 : 0)
