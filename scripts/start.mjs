#!/usr/bin/env node
/**
 * `npm start`: build when the sources changed, apply migrations, seed demo content when asked
 * (by default only on the embedded SQLite database), then serve on $PORT (default 3000).
 */
import { spawn, spawnSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { buildState, markBuilt } from './buildStamp.mjs'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const bin = (name) => path.join(root, 'node_modules', '.bin', name)
const log = (message) => console.log(`[carepath] ${message}`)

const env = { NEXT_TELEMETRY_DISABLED: '1', ...process.env, NODE_ENV: 'production' }
const databaseURI = env.DATABASE_URI?.trim() ?? ''
const embedded = databaseURI === '' || databaseURI.startsWith('file:')

// The embedded quick start gets a locally generated secret; real deployments must set PAYLOAD_SECRET.
if (!env.PAYLOAD_SECRET && embedded) {
  const secretFile = path.join(root, 'data', '.payload-secret')
  fs.mkdirSync(path.dirname(secretFile), { recursive: true })
  if (!fs.existsSync(secretFile)) fs.writeFileSync(secretFile, randomBytes(32).toString('hex'), { mode: 0o600 })
  env.PAYLOAD_SECRET = fs.readFileSync(secretFile, 'utf8').trim()
}

// The embedded quick start serves itself on localhost; real deployments must set both public URLs.
if (embedded) {
  env.CAREPATH_SERVER_URL ||= `http://localhost:${env.PORT || '3000'}`
  env.CAREPATH_SITE_URL ||= env.CAREPATH_SERVER_URL
}

function run(command, args, extraEnv = {}) {
  const result = spawnSync(command, args, { cwd: root, env: { ...env, ...extraEnv }, stdio: 'inherit' })
  if (result.status !== 0) {
    if (!args.includes('scripts/preflight.ts')) {
      log(`${path.basename(command)} ${args.join(' ')} failed (exit ${result.status ?? result.signal}).`)
    }
    process.exit(result.status ?? 1)
  }
}

// Lexical's plain-Node export can exit the CLI silently; the development condition avoids it.
const cliEnv = { NODE_OPTIONS: '--conditions=development --no-deprecation' }
run(bin('tsx'), ['scripts/preflight.ts'], cliEnv)

const build = buildState(root)
if (!build.current) {
  log('Building the admin and API (about 1–2 minutes the first time)…')
  run(bin('next'), ['build'], { NODE_OPTIONS: '--no-deprecation' })
  markBuilt(root, build.hash)
} else {
  log('Build is up to date.')
}

if (!databaseURI.startsWith('mongodb')) {
  log('Applying database migrations…')
  run(bin('payload'), ['migrate'], cliEnv)
}

const demo = env.CAREPATH_DEMO ? env.CAREPATH_DEMO === 'true' : embedded
if (demo) {
  log('Loading demo content (only into an empty database)…')
  run(bin('tsx'), ['scripts/seed.ts'], cliEnv)
}

const port = env.PORT || '3000'
log(`Starting Carepath on http://localhost:${port}/admin (GraphQL: /api/graphql, fast delivery: /api/delivery/graphql, REST: /api/…)`)
if (demo) log('Demo sign-in: admin@carepath.example / carepath-demo (change it: see README).')
const server = spawn(bin('tsx'), ['scripts/server.ts'], { cwd: root, env: { ...env, ...cliEnv, PORT: port }, stdio: 'inherit' })
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal))
server.on('exit', (code) => process.exit(code ?? 0))
