/**
 * Prepares the browser test's database (DATABASE_URI, a fresh SQLite file) as production does: applies
 * the committed migrations, loads the demo seed, adds a little work in progress for the demo editor and
 * reviewer, and runs the review lifecycle once so the review schedule is filled.
 */
import { buildConfig, createLocalReq, getPayload, type Payload } from 'payload'

import { carepathConfig } from '../../payload.config'
import { paragraphsToLexical } from '../../src/seed/lexical'
import { seedDemo } from '../../src/seed/seedDemo'
import { runReviewAct } from '../../src/workflowGate/runReviewAct'
import { runReviewLifecycle } from '../../src/workflowGate/reviewLifecycle'

const boot = (pushSchema: boolean) => getPayload({ config: buildConfig(carepathConfig({ env: { ...process.env, CAREPATH_RUN_JOBS: 'false' }, pushSchema })), key: pushSchema ? 'e2e-push' : 'e2e-migrate' })
const migrating = await boot(false)
await migrating.db.migrate()
await migrating.destroy()
// Collections changed on a branch get their migrations when merged (the lead writes them); until then the rest of the
// schema is pushed on top of the committed migrations, as development does (a no-op once the migrations are in).
const payload: Payload = await boot(true)
const result = await seedDemo(payload)
if (!result.seeded) throw new Error(`Demo seed skipped: ${result.reason}`)

const userByEmail = async (email: string) => {
  const { docs } = await payload.find({ collection: 'users', limit: 1, where: { email: { equals: email } } })
  if (!docs[0]) throw new Error(`No demo user ${email}`)
  return { ...docs[0], collection: 'users' } as never as { id: number; collection: 'users' }
}
const editor = await userByEmail('editor@carepath.example')
const reviewer = await userByEmail('reviewer@carepath.example')
const as = (user: { id: number }) => createLocalReq({ user: { ...user, collection: 'users' } as never }, payload)
const draft = async (title: string, stages: string[]) =>
  (await payload.create({
    collection: 'articles',
    data: { body: paragraphsToLexical([`${title}. What it means for you and how our team helps.`]), stages, summary: `About ${title.toLowerCase()}.`, title } as never,
    draft: true,
    overrideAccess: false,
    user: editor,
  })).id as number

const inReview = await draft('Caring for your feet with diabetes', ['retention'])
await runReviewAct(await as(editor), { act: 'submit', id: inReview, type: 'articles' })
const sentBack = await draft('Starting insulin at home', ['conversion'])
await runReviewAct(await as(editor), { act: 'submit', id: sentBack, type: 'articles' })
await runReviewAct(await as(reviewer), { act: 'requestChanges', comment: 'Say when to call the care team about low blood sugar.', id: sentBack, type: 'articles' })
await draft('Sugar diabetes myths', ['awareness'])
// The website's key, for the flows that read delivery over HTTP.
if (process.env.E2E_API_KEY) await payload.create({ collection: 'api-clients', data: { apiKey: process.env.E2E_API_KEY, enableAPIKey: true, kind: 'website', name: 'Browser test website' } as never })
const lifecycle = await runReviewLifecycle(payload)
console.log(`[e2e] demo seeded ${JSON.stringify(result.counts)}; review schedule: ${JSON.stringify(lifecycle)}`)
await payload.destroy()
process.exit(0)
