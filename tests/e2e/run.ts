/**
 * `npm run test:e2e` (and part of `npm test` when Chromium is installed): the admin in real headless Chromium against
 * a production build. Builds when the sources changed (`npm start`'s build stamp), prepares a fresh SQLite database
 * as production does (committed migrations, demo seed, a little work in progress: prepareDatabase.ts), serves it with
 * scripts/server.ts in production mode, waits for its "Ready" and runs each flow in tests/e2e/flows/ in turn (coldStart
 * first: it prints the first-visit times of the sign-in and edit pages), saving a screenshot of each step
 * to tests/e2e/artifacts/ (git-ignored). Exits non-zero on the first failed check.
 * Options (environment): E2E_SKIP_BUILD=1 reuses .next as it is; CHROMIUM=/path/to/chromium; E2E_FLOWS=editorsDay runs one flow.
 */
import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { chromium, type Browser } from 'playwright-core'

import { bin, buildForProduction, CLI_NODE_OPTIONS, freePort, ready, root, startProductionServer, stopServer } from '../support/production'
import { coldStart } from './flows/coldStart'
import { dashboard } from './flows/dashboard'
import { editorsDay } from './flows/editorsDay'
import { programs } from './flows/programs'
import { artifacts, elapsed, log, type E2E } from './session'

// coldStart goes first: it measures the first visits on a server nobody has used yet.
const FLOWS: Record<string, (e2e: E2E) => Promise<void>> = { coldStart, dashboard, editorsDay, programs }

async function main() {
  const selected = process.env.E2E_FLOWS ? process.env.E2E_FLOWS.split(',') : Object.keys(FLOWS)
  for (const name of selected) assert.ok(FLOWS[name], `no flow "${name}"; flows: ${Object.keys(FLOWS).join(', ')}`)
  fs.mkdirSync(artifacts, { recursive: true })
  buildForProduction(log)
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'carepath-e2e-'))
  const apiKey = `e2e-${randomBytes(12).toString('hex')}`
  const env = { ...process.env, CAREPATH_LOG_LEVEL: 'warn', CAREPATH_RUN_JOBS: 'false', DATABASE_URI: `file:${path.join(scratch, 'e2e.db')}`, E2E_API_KEY: apiKey, NEXT_TELEMETRY_DISABLED: '1', PAYLOAD_SECRET: randomBytes(32).toString('hex') }
  log('Preparing a fresh SQLite database: committed migrations, then the demo seed…')
  const devEnv: Record<string, string | undefined> = { ...env, NODE_ENV: undefined }
  const prepared = spawnSync(bin('tsx'), ['tests/e2e/prepareDatabase.ts'], { cwd: root, env: { ...devEnv, NODE_OPTIONS: CLI_NODE_OPTIONS } as unknown as NodeJS.ProcessEnv, stdio: 'inherit' })
  assert.equal(prepared.status, 0, 'preparing the database failed')

  const port = await freePort()
  const base = `http://127.0.0.1:${port}`
  log(`Starting the production server on ${base}…`)
  // Production builds absolute links only from configuration (and refuses to start without it).
  const server = startProductionServer(port, { ...env, CAREPATH_SERVER_URL: base, CAREPATH_SITE_URL: base, CAREPATH_UPLOAD_DIR: path.join(scratch, 'uploads') })
  let browser: Browser | undefined
  try {
    await ready(server) // after its own warm-up, as a person would start after "Ready"
    browser = await chromium.launch({
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
      executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    })
    for (const name of selected) {
      log(`— flow: ${name}`)
      await FLOWS[name]!({ apiKey, base, browser })
    }
    log(`Passed. Screenshots in ${path.relative(root, artifacts)}/`)
  } finally {
    await browser?.close()
    await stopServer(server)
    fs.rmSync(scratch, { force: true, recursive: true })
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(`[e2e ${elapsed()}] FAILED:`, error)
    process.exit(1)
  },
)
