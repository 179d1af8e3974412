/**
 * `npm run test:e2e`: the editors' home in real headless Chromium against a production build.
 * Builds when the sources changed (shares `npm start`'s build stamp), prepares a fresh SQLite database
 * with the demo seed (prepareDatabase.ts), serves it with scripts/server.ts in production mode, signs in
 * as the demo editor and the demo reviewer, checks the coverage matrix and the work lists, and saves
 * screenshots to tests/e2e/artifacts/ (git-ignored). Exits non-zero on the first failed check.
 * Options (environment): E2E_SKIP_BUILD=1 reuses .next as it is; CHROMIUM=/path/to/chromium.
 */
import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { chromium, type Browser, type Page } from 'playwright-core'

import { bin, buildForProduction, CLI_NODE_OPTIONS, freePort, root, startProductionServer, stopServer, waitForServer } from '../support/production'

const artifacts = path.join(root, 'tests/e2e/artifacts')
const started = Date.now()
const elapsed = () => `${((Date.now() - started) / 1000).toFixed(0)} s`
const log = (message: string) => console.log(`[e2e ${elapsed()}] ${message}`)

async function signIn(browser: Browser, base: string, email: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { height: 1000, width: 1440 } })
  const external: string[] = []
  page.on('request', (request) => {
    const url = new URL(request.url())
    if (!['127.0.0.1', 'localhost'].includes(url.hostname) && !['data:', 'blob:'].includes(url.protocol)) external.push(request.url())
  })
  ;(page as Page & { externalRequests?: string[] }).externalRequests = external
  await page.goto(`${base}/admin/login`)
  await page.fill('#field-email', email)
  await page.fill('#field-password', 'carepath-demo')
  await page.click('button[type="submit"]')
  await page.waitForURL((url) => url.pathname === '/admin' || url.pathname === '/admin/', { timeout: 60_000 })
  await page.waitForSelector('h1:has-text("Editors’ home")', { timeout: 60_000 })
  return page
}

/** The checks every role shares: a coverage table with headers, gaps that link to filtered lists. */
async function checkCoverage(page: Page) {
  const table = page.locator('table.cp-home__matrix')
  await table.waitFor()
  const columnHeaders = await table.locator('thead th[scope="col"]').allInnerTexts()
  assert.equal(columnHeaders[0], 'Stage')
  assert.ok(columnHeaders.includes('Everyone'), `an Everyone column: ${columnHeaders.join(', ')}`)
  assert.ok(columnHeaders.length >= 3, 'segment columns')
  assert.deepEqual(await table.locator('tbody th[scope="row"]').allInnerTexts(), ['Awareness', 'Acceptance', 'Acquisition', 'Conversion', 'Retention'])
  const counted = (await table.locator('tbody td:not(.cp-home__gap) a').allInnerTexts()).map(Number)
  assert.ok(counted.length > 0 && counted.every((n) => n > 0), 'cells with published demo content')
  const gap = table.locator('td.cp-home__gap a').first()
  if (await gap.count()) {
    const href = (await gap.getAttribute('href')) ?? ''
    assert.match(href, /^\/admin\/collections\/(articles|pamphlets|videos|events)\?where\[or\]\[0\]\[and\]\[0\]\[stages\]\[in\]=/)
  }
}

async function main() {
  fs.mkdirSync(artifacts, { recursive: true })
  buildForProduction(log)
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'carepath-e2e-'))
  const env = { ...process.env, CAREPATH_LOG_LEVEL: 'warn', CAREPATH_RUN_JOBS: 'false', DATABASE_URI: `file:${path.join(scratch, 'e2e.db')}`, NEXT_TELEMETRY_DISABLED: '1', PAYLOAD_SECRET: randomBytes(32).toString('hex') }
  log('Preparing a fresh SQLite database: committed migrations, then the demo seed…')
  const devEnv: Record<string, string | undefined> = { ...env, NODE_ENV: undefined }
  const prepared = spawnSync(bin('tsx'), ['tests/e2e/prepareDatabase.ts'], { cwd: root, env: { ...devEnv, NODE_OPTIONS: CLI_NODE_OPTIONS } as unknown as NodeJS.ProcessEnv, stdio: 'inherit' })
  assert.equal(prepared.status, 0, 'preparing the database failed')

  const port = await freePort()
  const base = `http://127.0.0.1:${port}`
  log(`Starting the production server on ${base}…`)
  // Production builds absolute links only from configuration (and refuses to start without it).
  const urls = { CAREPATH_SERVER_URL: base, CAREPATH_SITE_URL: base }
  const server = startProductionServer(port, { ...env, ...urls })
  let browser: Browser | undefined
  try {
    await waitForServer(`${base}/admin/login`, server)
    browser = await chromium.launch({
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
      executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    })

    log('Signing in as the demo editor…')
    const editor = await signIn(browser, base, 'editor@carepath.example')
    await checkCoverage(editor)
    const editorWidgets = await editor.locator('.cp-home__card h3').allInnerTexts()
    assert.deepEqual(editorWidgets.map((h) => h.replace(/\s*\d+$/, '')), ['Sent back to me', 'Reviews due soon or overdue', 'Failing the brand check'])
    const sentBack = editor.locator('section[aria-labelledby="cp-work-sentBackToMe"] li a')
    assert.deepEqual(await sentBack.allInnerTexts(), ['Starting insulin at home'])
    assert.ok(await editor.getByText('Say when to call the care team about low blood sugar.').isVisible())
    assert.ok((await editor.locator('section[aria-labelledby="cp-work-failingBrandCheck"] li a').allInnerTexts()).includes('Sugar diabetes myths'))
    await editor.screenshot({ fullPage: true, path: path.join(artifacts, 'dashboard-editor.png') })

    log('Filtering by language (Spanish)…')
    await editor.selectOption('select[name="language"]', 'es')
    await Promise.all([editor.waitForURL(/language=es/), editor.click('button:has-text("Show")')])
    await editor.waitForSelector('table.cp-home__matrix caption:has-text("in Español")', { state: 'attached' })
    await editor.screenshot({ fullPage: true, path: path.join(artifacts, 'dashboard-editor-spanish.png') })

    log('Signing in as the demo reviewer…')
    const reviewer = await signIn(browser, base, 'reviewer@carepath.example')
    await checkCoverage(reviewer)
    const reviewerWidgets = await reviewer.locator('.cp-home__card h3').allInnerTexts()
    assert.deepEqual(reviewerWidgets.map((h) => h.replace(/\s*\d+$/, '')), ['Waiting for my review', 'Reviews due soon or overdue'])
    assert.ok((await reviewer.locator('section[aria-labelledby="cp-work-waitingForMyReview"] li a').allInnerTexts()).includes('Caring for your feet with diabetes'))
    await reviewer.screenshot({ fullPage: true, path: path.join(artifacts, 'dashboard-reviewer.png') })

    for (const page of [editor, reviewer]) {
      const external = (page as Page & { externalRequests?: string[] }).externalRequests ?? []
      assert.deepEqual(external, [], 'the admin home loads nothing from other hosts')
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
