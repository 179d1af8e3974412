/**
 * `npm run bench:dashboard`: seeds a 10,000-item library (all four types, every workflow state, latest
 * versions, brand reports, review schedule) into a scratch SQLite database, then times each data
 * function of the editors' home as the admin calls it. Target: < 200 ms per widget.
 * Options: --items=10000 --runs=15 --db=/path/file.db (kept; seeded only when it does not exist yet, to re-time quickly)
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { buildConfig, createLocalReq, getPayload, type CollectionSlug, type TypedUser } from 'payload'

import { carepathConfig } from '../payload.config'
import { journeyCoverage } from '../src/dashboardGate/journeyCoverage'
import { failingBrandCheck, reviewsDue, sentBackToMe, waitingForMyReview } from '../src/dashboardGate/myWork'
import { editorsHomeData } from '../src/dashboardGate/editorsHome'
import { demoConditions, demoSegments } from '../src/seed/data'
import { CONTENT_TYPES } from '../src/taxonomy/contentTypes'
import { JOURNEY_STAGE_VALUES } from '../src/taxonomy/journeyStages'

const arg = (name: string, fallback: number) => Number(process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback)
const ITEMS = arg('items', 10_000)
const RUNS = arg('runs', 15)

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'carepath-bench-dashboard-'))
const keptDatabase = process.argv.find((a) => a.startsWith('--db='))?.slice('--db='.length)
const reuse = Boolean(keptDatabase && fs.existsSync(keptDatabase))
const config = await buildConfig(
  carepathConfig({
    databaseURI: `file:${keptDatabase ? path.resolve(keptDatabase) : path.join(scratch, 'bench.db')}`,
    env: { ...process.env, CAREPATH_LOG_LEVEL: 'warn', CAREPATH_RUN_JOBS: 'false' },
    uploadDir: scratch,
  }),
)
const payload = await getPayload({ config })
const client = (payload.db as unknown as { client: { execute(sql: string): Promise<unknown> } }).client
// Scratch database: trade durability for seeding speed.
await client.execute('PRAGMA journal_mode = WAL')
await client.execute('PRAGMA synchronous = OFF')

const user = async (email: string, roles: string[]) =>
  ({
    ...(reuse
      ? (await payload.db.findOne({ collection: 'users', where: { email: { equals: email } } }))!
      : await payload.db.create({ collection: 'users', data: { credentials: 'MD', email, name: email.split('@')[0], roles } as never })),
    collection: 'users',
  }) as unknown as TypedUser & { id: number }
const admin = await user('admin@bench.test', ['admin'])
const editors = [await user('editor1@bench.test', ['editor']), await user('editor2@bench.test', ['editor']), await user('editor3@bench.test', ['editor'])]
const reviewer = await user('reviewer@bench.test', ['medicalReviewer'])
const brand = await user('brand@bench.test', ['brandManager'])

const conditionIds: number[] = reuse ? (await payload.find({ collection: 'conditions', limit: 0, pagination: false, sort: 'id' })).docs.map((d) => d.id as number) : []
for (const c of reuse ? [] : demoConditions.filter((c) => !c.parent)) {
  conditionIds.push((await payload.db.create({ collection: 'conditions', data: { icd10Codes: c.icd10, name: { en: c.name }, slug: c.slug, snomedCodes: c.snomed } as never })).id as number)
}
const segmentIds: number[] = reuse ? (await payload.find({ collection: 'segments', limit: 0, pagination: false, sort: 'id' })).docs.map((d) => d.id as number) : []
for (const s of reuse ? [] : demoSegments) segmentIds.push((await payload.db.create({ collection: 'segments', data: { ...s, name: { en: s.name } } as never })).id as number)

const report = (passes: boolean, i: number) => ({
  checkedAt: new Date().toISOString(),
  errors: passes ? 0 : 1,
  findings: passes
    ? [{ message: 'Title is 74 characters; keep it under 70', path: 'title', rule: 'titleLength', severity: 'warning', text: `Patient guide ${i}` }]
    : [{ message: "'Sugar diabetes' is not allowed; use 'diabetes'", path: 'body.0', rule: 'terminology', severity: 'error', text: 'Sugar diabetes' }],
  locale: 'en',
  passes,
  readability: { fleschKincaidGrade: 6.1, formulaUsed: 'smog', gradeUsed: 7.2, polysyllables: 12, sentences: 40, smogGrade: 7.2, syllables: 900, words: 600 },
  score: passes ? 97 : 90,
  warnings: passes ? 1 : 0,
})

/**
 * The library: ~80 % published (5 % of those with a new revision in review), the rest drafts, in
 * review, sent back or approved; 3 % of latest versions fail the brand check.
 */
async function seed() {
  const req = await createLocalReq({ locale: 'en' } as never, payload)
  const started = Date.now()
  for (let i = 0; i < ITEMS; i += 1) {
    // One transaction per 500 items: SQLite commits are what a per-row seed waits on.
    if (i % 500 === 0) req.transactionID = (await payload.db.beginTransaction()) ?? undefined
    const type = CONTENT_TYPES[i % CONTENT_TYPES.length]!
    const now = new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString()
    const roll = (i * 7919) % 100
    const published = roll < 80
    const latestState = published ? (roll < 4 ? 'inReview' : 'published') : roll < 88 ? 'draft' : roll < 94 ? 'inReview' : roll < 97 ? 'changesRequested' : 'approved'
    const author = editors[i % editors.length]!.id
    const data = {
      _status: published ? 'published' : 'draft',
      attendance: 'virtual',
      brandCheck: { en: report((i * 31) % 100 >= 3, i) },
      channels: ['web', 'portal'],
      clinical: i % 4 !== 3,
      conditions: [conditionIds[i % conditionIds.length], conditionIds[(i * 7) % conditionIds.length]],
      createdAt: now,
      endsAt: '2027-03-01T16:00:00.000Z',
      kind: 'class',
      medicalReviewedAt: published ? now : null,
      segments: i % 3 === 0 ? [] : [segmentIds[i % segmentIds.length]],
      slug: `item-${i}`,
      stages: [JOURNEY_STAGE_VALUES[i % 5], JOURNEY_STAGE_VALUES[(i * 3) % 5]],
      startsAt: '2027-03-01T15:00:00.000Z',
      summary: { en: `Plain-language summary number ${i} about living well.`, es: i % 2 ? `Resumen número ${i}.` : null },
      timeZone: 'America/Chicago',
      title: { en: `Patient guide ${i}`, es: i % 2 ? `Guía para pacientes ${i}` : null },
      updatedAt: now,
      workflow: { changesRequested: latestState === 'changesRequested' ? 'Add when to call the doctor.' : null, revisionAuthors: [author], state: published ? 'published' : latestState },
    }
    const doc = await payload.db.create({ collection: type as CollectionSlug, data: data as never, req })
    await payload.db.createVersion({
      autosave: false,
      collectionSlug: type as CollectionSlug,
      createdAt: now,
      parent: doc.id,
      req,
      updatedAt: now,
      versionData: { ...data, _status: latestState === 'published' ? 'published' : 'draft', id: doc.id, workflow: { ...data.workflow, state: latestState } } as never,
    } as never)
    if (published && data.clinical) {
      const status = roll % 20 === 0 ? 'reviewOverdue' : roll % 20 === 1 ? 'reviewDueSoon' : 'current'
      await payload.db.create({
        collection: 'review-schedule',
        data: { editors: [author], itemId: String(doc.id), itemTitle: data.title.en, itemType: type, lastReviewer: reviewer.id, medicalReviewedAt: now, nextReviewDue: new Date(Date.parse(now) + 730 * 86_400_000).toISOString(), status } as never,
        req,
      })
    }
    if ((i + 1) % 500 === 0 || i + 1 === ITEMS) await payload.db.commitTransaction(req.transactionID!)
    if ((i + 1) % 2_500 === 0) console.log(`  seeded ${i + 1} items (${((Date.now() - started) / 1000).toFixed(0)} s)`)
  }
}

async function time(label: string, fn: () => Promise<unknown>, describe: (r: never) => string) {
  let result: unknown
  for (let i = 0; i < 2; i += 1) result = await fn() // warm-up: statement cache, query plans
  const ms: number[] = []
  for (let i = 0; i < RUNS; i += 1) {
    const start = performance.now()
    result = await fn()
    ms.push(performance.now() - start)
  }
  ms.sort((a, b) => a - b)
  const median = ms[Math.floor(ms.length / 2)]!
  const p95 = ms[Math.min(ms.length - 1, Math.ceil(ms.length * 0.95) - 1)]!
  console.log(`  ${label.padEnd(52)} median ${median.toFixed(1).padStart(6)} ms   p95 ${p95.toFixed(1).padStart(6)} ms   ${median < 200 ? 'ok' : 'OVER 200 ms'}   ${describe(result as never)}`)
  return median
}

if (reuse) console.log(`Reusing ${keptDatabase}`)
else {
  console.log(`Seeding ${ITEMS.toLocaleString('en-US')} items…`)
  await seed()
}
console.log(`\nEditors' home widgets, ${ITEMS.toLocaleString('en-US')} items on SQLite (${RUNS} runs after 2 warm-up runs):`)
type Work = { total: number }
type Coverage = Awaited<ReturnType<typeof journeyCoverage>>
const cells = (r: Coverage) => `${r.matrix.totalCells} cells, ${r.matrix.emptyCells} empty, ${r.matrix.rows.reduce((s, row) => s + row.cells.reduce((t, c) => t + c.count, 0), 0)} counted`
await time('Journey coverage (SQL GROUP BY, all)', () => journeyCoverage(payload, {}, { user: editors[0] }), cells)
await time('Journey coverage (SQL, condition + Spanish)', () => journeyCoverage(payload, { condition: String(conditionIds[0]), locale: 'es' }, { user: editors[0] }), cells)
await time('Journey coverage (portable scan, MongoDB path)', () => journeyCoverage(payload, {}, { user: editors[0], via: 'scan' }), cells)
await time('Waiting for my review (medical reviewer)', () => waitingForMyReview(payload, reviewer), (r: Work) => `${r.total} items`)
await time('Waiting for my review (brand manager)', () => waitingForMyReview(payload, brand), (r: Work) => `${r.total} items`)
await time('Sent back to me (editor)', () => sentBackToMe(payload, editors[0]!), (r: Work) => `${r.total} items`)
await time('Reviews due soon or overdue (reviewer)', () => reviewsDue(payload, reviewer), (r: Work) => `${r.total} items`)
await time('Reviews due soon or overdue (editor: mine)', () => reviewsDue(payload, editors[0]!), (r: Work) => `${r.total} items`)
await time('Failing the brand check', () => failingBrandCheck(payload, brand), (r: Work) => `${r.total} items`)
await time('Waiting for my review, Local API (MongoDB path)', () => waitingForMyReview(payload, reviewer, { via: 'localApi' }), (r: Work) => `${r.total} items`)
await time('Sent back to me, Local API (MongoDB path)', () => sentBackToMe(payload, editors[0]!, { via: 'localApi' }), (r: Work) => `${r.total} items`)
await time('Failing the brand check, Local API (MongoDB path)', () => failingBrandCheck(payload, brand, { via: 'localApi' }), (r: Work) => `${r.total} items`)
await time('Whole home page data (admin: every widget)', () => editorsHomeData(payload, admin, {}), () => '')
fs.rmSync(scratch, { force: true, recursive: true })
process.exit(0)
