#!/usr/bin/env node
/**
 * `npm test`: type-check, unit tests, then the integration suite on every database engine available:
 * SQLite always; PostgreSQL when TEST_POSTGRES_URI is set (.ci/run sets it); MongoDB when MONGODB_TEST_URI is set.
 * Then the browser test (when Chromium is installed), the operations test (PostgreSQL and nginx) and the CDN test
 * (Varnish), each against a production build.
 * Prints one closing line: "N passed, N failed".
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const bin = (name) => path.join(root, 'node_modules', '.bin', name)
const jestEnv = {
  CAREPATH_LOG_LEVEL: process.env.CAREPATH_LOG_LEVEL ?? 'silent',
  NODE_OPTIONS: '--experimental-vm-modules --conditions=development --no-warnings',
}
const extraArgs = process.argv.slice(2)
const totals = { failed: 0, passed: 0, skipped: 0 }
const failures = []

function step(name, command, args, env = {}) {
  console.log(`\n=== ${name} ===`)
  const started = Date.now()
  const result = spawnSync(command, args, { cwd: root, env: { ...process.env, ...env }, stdio: 'inherit' })
  console.log(`--- ${name}: ${result.status === 0 ? 'ok' : 'FAILED'} in ${((Date.now() - started) / 1000).toFixed(1)} s`)
  if (result.status !== 0) failures.push(name)
  return result.status === 0
}

function jest(name, project, env = {}) {
  const report = path.join(os.tmpdir(), `carepath-jest-${process.pid}-${project}-${Object.keys(env).join('')}.json`)
  const ok = step(
    name,
    bin('jest'),
    // --forceExit: a suite that fails while booting must not leave CI waiting on an open database pool.
    ['--selectProjects', project, '--maxWorkers=2', '--forceExit', '--json', `--outputFile=${report}`, ...extraArgs],
    { ...jestEnv, ...env },
  )
  if (fs.existsSync(report)) {
    const { numFailedTests, numPassedTests, numPendingTests, numRuntimeErrorTestSuites } = JSON.parse(fs.readFileSync(report, 'utf8'))
    totals.passed += numPassedTests
    totals.failed += numFailedTests + numRuntimeErrorTestSuites
    totals.skipped += numPendingTests
    fs.rmSync(report)
  } else if (!ok) {
    totals.failed += 1
  }
}

if (!extraArgs.length && !step('type-check (tsc)', bin('tsc'), ['--noEmit', '-p', '.'])) totals.failed += 1
jest('unit tests', 'unit')
jest('integration tests on SQLite', 'int', { DATABASE_URI: '' })
if (process.env.TEST_POSTGRES_URI) jest('integration tests on PostgreSQL', 'int', { DATABASE_URI: process.env.TEST_POSTGRES_URI })
else console.log('\n(PostgreSQL run skipped: set TEST_POSTGRES_URI=postgres://user:pass@host/db to include it; .ci/run does.)')
if (process.env.MONGODB_TEST_URI) jest('integration tests on MongoDB', 'int', { DATABASE_URI: process.env.MONGODB_TEST_URI })
else console.log('(MongoDB run skipped: set MONGODB_TEST_URI=mongodb://host/db to include it.)')

// The browser suite: a production build driven by Debian's Chromium (.ci/run installs it).
const chromium = process.env.CHROMIUM ?? '/usr/bin/chromium'
if (!extraArgs.length && fs.existsSync(chromium)) {
  if (step('browser tests (production build, headless Chromium)', bin('tsx'), ['tests/e2e/run.ts'], { NODE_OPTIONS: '--conditions=development' })) totals.passed += 1
  else totals.failed += 1
} else if (!extraArgs.length) console.log(`(Browser tests skipped: ${chromium} not found; \`apt-get install chromium\` to include them; .ci/run does.)`)

// The reference deployment under faults: two instances behind nginx on PostgreSQL, one killed, the database stopped.
const hasNginx = spawnSync('nginx', ['-v'], { stdio: 'ignore' }).status === 0
if (!extraArgs.length && process.env.TEST_POSTGRES_URI && hasNginx) {
  if (step('operations test (two instances behind nginx, instance killed, database stopped)', bin('tsx'), ['tests/ops/scaleOut.ts'], { NODE_OPTIONS: '--conditions=development' })) totals.passed += 1
  else totals.failed += 1
} else if (!extraArgs.length) console.log(`(Operations test skipped: needs TEST_POSTGRES_URI and nginx (\`apt-get install nginx\`); .ci/run provides both.)`)

// The delivery API behind Varnish (deploy/varnish.vcl): CDN caching and purge on publish. The script installs Varnish
// when it can and skips with a message where it cannot.
if (!extraArgs.length) {
  if (step('CDN test (Varnish in front of a production start, purge on publish)', bin('tsx'), ['tests/ops/varnish.ts'], { NODE_OPTIONS: '--conditions=development' })) totals.passed += 1
  else totals.failed += 1
}

console.log(`\n${failures.length ? `Failed steps: ${failures.join(', ')}` : 'All steps passed.'}`)
console.log(`${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`)
process.exit(failures.length ? 1 : 0)
