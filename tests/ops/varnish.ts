/**
 * `npm test` (when Varnish can be installed): the delivery API behind Varnish with deploy/varnish.vcl, as the README's
 * "Serving through a CDN" sets it up. A production build on a fresh SQLite database with the demo library; Varnish
 * (Debian's varnish + varnish-modules for xkey) on a free port in front, Carepath purging it (CAREPATH_CDN_PURGE_URL).
 * Checks: repeated anonymous GETs are answered by Varnish (Age > 0, no backend request); a publish purges exactly the
 * answers tagged with what it changed (the others stay cached); key-authenticated answers are never stored.
 * Skips with a message (exit 0) only where Varnish and its xkey module are missing and cannot be installed.
 * Options (environment): E2E_SKIP_BUILD=1 reuses .next as it is.
 */
import assert from 'node:assert/strict'
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { buildConfig, getPayload } from 'payload'

import { carepathConfig } from '../../payload.config'
import { paragraphsToLexical } from '../../src/seed/lexical'
import { seedDemo } from '../../src/seed/seedDemo'
import { closePayload } from '../int/helpers/payload'
import { demoPublisher } from '../support/httpPublish'
import { buildForProduction, freePort, root, startProductionServer, stopServer, waitForServer } from '../support/production'

const started = Date.now()
const log = (message: string) => console.log(`[varnish ${((Date.now() - started) / 1000).toFixed(0)} s] ${message}`)
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
const XKEY_VMOD = ['/usr/lib/x86_64-linux-gnu/varnish/vmods/libvmod_xkey.so', '/usr/lib/aarch64-linux-gnu/varnish/vmods/libvmod_xkey.so', '/usr/lib/varnish/vmods/libvmod_xkey.so']

const hasVarnish = () => spawnSync('varnishd', ['-V'], { stdio: 'ignore' }).status === 0 && XKEY_VMOD.some((file) => fs.existsSync(file))

/** Installs Debian's varnish and varnish-modules when missing and possible; false when Varnish cannot be had here. */
function ensureVarnish(): boolean {
  if (hasVarnish()) return true
  if (process.getuid?.() !== 0 || spawnSync('apt-get', ['--version'], { stdio: 'ignore' }).status !== 0) return false
  log('Installing varnish and varnish-modules from Debian packages…')
  spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit' })
  spawnSync('apt-get', ['install', '-y', '-qq', 'varnish', 'varnish-modules'], { env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }, stdio: 'inherit' })
  return hasVarnish()
}

/** Varnish on `port` with the committed VCL pointed at Carepath's port, in its own process group. */
function startVarnish(scratch: string, port: number, backendPort: number): ChildProcess {
  const vcl = fs.readFileSync(path.join(root, 'deploy/varnish.vcl'), 'utf8').replace('.port = "3000";', `.port = "${backendPort}";`)
  assert.ok(vcl.includes(`.port = "${backendPort}"`), 'the VCL names its backend port as .port = "3000"')
  const file = path.join(scratch, 'varnish.vcl')
  fs.writeFileSync(file, vcl)
  return spawn('varnishd', ['-F', '-n', path.join(scratch, 'varnish'), '-a', `127.0.0.1:${port}`, '-f', file, '-s', 'malloc,64m', '-T', 'none', '-j', 'none'], { detached: true, stdio: ['ignore', 'inherit', 'inherit'] })
}

/** Requests Varnish has sent to Carepath so far. */
function backendRequests(scratch: string): number {
  const out = spawnSync('varnishstat', ['-1', '-n', path.join(scratch, 'varnish'), '-f', 'MAIN.backend_req'], { encoding: 'utf8' }).stdout
  const count = Number(/MAIN\.backend_req\s+(\d+)/.exec(out)?.[1])
  assert.ok(Number.isFinite(count), `varnishstat answered: ${out}`)
  return count
}

const ITEM = 'query Item($type: DeliveryContentType!, $slug: String!) { deliveredItem(type: $type, slug: $slug) { ... on DeliveredContent { id title } } }'
const LIST = 'query List($profile: ContentProfileInput!) { personalizedContent(profile: $profile, limit: 5) { id title } }'

async function main() {
  if (!ensureVarnish()) {
    console.log('Varnish test skipped: varnishd and the xkey module (Debian: varnish, varnish-modules) are not installed and cannot be installed here.')
    return
  }
  buildForProduction(log)
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'carepath-varnish-'))
  const cleanups: Array<() => Promise<unknown> | unknown> = [() => fs.rmSync(scratch, { force: true, recursive: true })]
  try {
    const apiKey = `varnish-${randomBytes(12).toString('hex')}`
    const env = { CAREPATH_LOG_LEVEL: 'warn', CAREPATH_RUN_JOBS: 'false', DATABASE_URI: `file:${path.join(scratch, 'varnish.db')}`, PAYLOAD_SECRET: randomBytes(32).toString('hex') }
    // The schema is pushed, not migrated: this test is about the CDN, and runs before the lead adds a branch's migrations.
    log('A fresh SQLite database with the demo library…')
    const payload = await getPayload({ config: await buildConfig(carepathConfig({ databaseURI: env.DATABASE_URI, env: { ...process.env, ...env }, pushSchema: true, uploadDir: path.join(scratch, 'uploads') })), key: 'varnish-setup' })
    assert.ok((await seedDemo(payload)).seeded, 'demo seed')
    await payload.create({ collection: 'api-clients', data: { apiKey, enableAPIKey: true, kind: 'website', name: 'Varnish test website' } as never })
    const [other] = (await payload.find({ collection: 'articles', limit: 1, sort: 'id', where: { _status: { equals: 'published' } } })).docs
    const disclaimerId = (await payload.find({ collection: 'snippets', limit: 1, where: { slug: { equals: 'medical-disclaimer' } } })).docs[0]!.id
    await closePayload(payload)

    const [port, varnishPort] = [await freePort(), await freePort()]
    const base = `http://127.0.0.1:${port}`
    const cdn = `http://127.0.0.1:${varnishPort}`
    log(`Carepath on ${base}, Varnish on ${cdn}…`)
    const server = startProductionServer(port, { ...process.env, ...env, CAREPATH_CDN_PURGE_URL: `${cdn}/`, CAREPATH_SERVER_URL: base, CAREPATH_SITE_URL: base, CAREPATH_UPLOAD_DIR: path.join(scratch, 'uploads') })
    cleanups.push(() => stopServer(server))
    await waitForServer(`${base}/api/delivery/graphql?query=%7B__typename%7D`, server)
    const varnish = startVarnish(scratch, varnishPort, port)
    cleanups.push(() => stopServer(varnish))
    await waitForServer(`${cdn}/api/delivery/graphql?query=%7B__typename%7D`, varnish, 30_000)

    const get = async (query: string, variables: Record<string, unknown>, headers: Record<string, string> = {}) => {
      const res = await fetch(`${cdn}/api/delivery/graphql?${new URLSearchParams({ query, variables: JSON.stringify(variables) })}`, { headers })
      const text = await res.text()
      return { age: Number(res.headers.get('age') ?? 0), body: res.status === 200 ? JSON.parse(text) : text, cache: res.headers.get('x-cache'), cacheControl: res.headers.get('cache-control'), etag: res.headers.get('etag'), status: res.status }
    }

    // 1. Repeated anonymous GETs: the second comes from Varnish, a second later (Age), without a backend request.
    const otherItem = { slug: other!.slug, type: 'articles' }
    const awareness = { profile: { stage: 'awareness' } }
    const retention = { profile: { stage: 'retention' } }
    const firstOther = await get(ITEM, otherItem)
    assert.equal(firstOther.body.data.deliveredItem.id, String(other!.id), 'the seeded article is served')
    assert.match(firstOther.cacheControl ?? '', /^public, .*s-maxage=\d+/, 'anonymous answers are public with s-maxage')
    await get(LIST, awareness)
    await get(LIST, retention)
    const publisher = await demoPublisher(base)
    const body = paragraphsToLexical(['Walking every day helps your heart. Start slowly and ask your care team what is right for you.'], [{ fields: { blockName: '', blockType: 'snippet', id: 'disclaimer', snippet: disclaimerId }, format: '', type: 'block', version: 2 }])
    const draft = await publisher.draft('articles', { body, clinical: false, stages: ['retention'], summary: 'Small steps for a stronger heart.', title: 'Walking for your heart' })
    const newItem = { slug: draft.slug, type: 'articles' }
    assert.equal((await get(ITEM, newItem)).body.data.deliveredItem, null, 'a draft is not delivered')
    await sleep(1100)
    const backendBefore = backendRequests(scratch)
    const again = await get(ITEM, otherItem)
    const listAgain = await get(LIST, awareness)
    const nullAgain = await get(ITEM, newItem)
    assert.deepEqual([again.cache, listAgain.cache, nullAgain.cache], ['HIT', 'HIT', 'HIT'], 'repeated anonymous GETs are answered by Varnish')
    assert.ok(again.age >= 1 && listAgain.age >= 1, `Age > 0 (${again.age}, ${listAgain.age})`)
    assert.equal(backendRequests(scratch), backendBefore, 'Carepath was not asked again')
    const conditional = await get(ITEM, otherItem, { 'If-None-Match': again.etag! })
    assert.equal(conditional.status, 304, 'a browser holding the ETag gets 304')
    log(`Repeated GETs: HIT, Age ${again.age} s, no backend request; If-None-Match → 304.`)

    // 2. Key-authenticated answers are private: never stored, every request reaches Carepath.
    const keyed = { Authorization: `api-clients API-Key ${apiKey}` }
    const keyedBefore = backendRequests(scratch)
    const [k1, k2] = [await get(ITEM, otherItem, keyed), await get(ITEM, otherItem, keyed)]
    assert.deepEqual([k1.cache, k2.cache], ['MISS', 'MISS'], 'key-authenticated answers are not served from Varnish')
    assert.match(k2.cacheControl ?? '', /^private/, 'key-authenticated answers are private')
    assert.equal(backendRequests(scratch), keyedBefore + 2, 'each key-authenticated request reached Carepath')

    // 3. A publish purges the answers it alters (its slug's detail, lists for its stage); the others stay cached.
    await publisher.publish('articles', draft.id)
    const publishedAt = Date.now()
    let purgedAfter = Infinity
    while (Date.now() - publishedAt < 15_000) {
      if ((await get(ITEM, newItem)).body.data.deliveredItem?.id === String(draft.id)) {
        purgedAfter = Date.now() - publishedAt
        break
      }
      await sleep(100)
    }
    assert.ok(purgedAfter < 15_000, 'the new item is served through Varnish after the publish (its slug answer was purged)')
    const list = await get(LIST, retention)
    assert.ok(list.body.data.personalizedContent.some((item: { id: string }) => item.id === String(draft.id)), 'the retention list answer was purged and lists the new article')
    const stillOther = await get(ITEM, otherItem)
    const stillAwareness = await get(LIST, awareness)
    assert.deepEqual([stillOther.cache, stillAwareness.cache], ['HIT', 'HIT'], 'answers the publish cannot alter stay cached')
    assert.ok(stillOther.age >= again.age && stillAwareness.age >= listAgain.age, 'and keep their age (not refetched)')
    log(`Published: served through Varnish after ${purgedAfter} ms; the other article and the awareness list stayed cached (Age ${stillOther.age} s, ${stillAwareness.age} s).`)
    log('Passed.')
  } finally {
    for (const cleanup of cleanups.reverse()) await cleanup()
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(`[varnish ${((Date.now() - started) / 1000).toFixed(0)} s] FAILED:`, error)
    process.exit(1)
  },
)
