/**
 * What the browser and operations tests share: the production build (reused when the sources are unchanged, the
 * same stamp as `npm start`), free ports, and production servers (scripts/server.ts) started and stopped as
 * process groups.
 */
import assert from 'node:assert/strict'
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { buildState, markBuilt } from '../../scripts/buildStamp.mjs'

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
export const bin = (name: string) => path.join(root, 'node_modules', '.bin', name)
/** Lexical's plain-Node export can exit a tsx process silently; the development condition avoids it. */
export const CLI_NODE_OPTIONS = '--conditions=development --no-deprecation'

/** Builds for production unless .next holds a build of these sources (E2E_SKIP_BUILD=1 reuses it as it is). */
export function buildForProduction(log: (message: string) => void) {
  const build = buildState(root)
  if (process.env.E2E_SKIP_BUILD === '1' || build.current) return log('Build is up to date.')
  // Turbopack refuses a node_modules that links outside the project (a git worktree sharing one install); webpack follows it.
  const linked = fs.lstatSync(path.join(root, 'node_modules')).isSymbolicLink()
  log(`Building for production (next build${linked ? ' --webpack: node_modules is a symlink' : ''}, about 2–4 minutes)…`)
  const result = spawnSync(bin('next'), ['build', ...(linked ? ['--webpack'] : [])], { cwd: root, env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', NODE_ENV: 'production', NODE_OPTIONS: '--no-deprecation' }, stdio: 'inherit' })
  assert.equal(result.status, 0, 'next build failed')
  markBuilt(root, build.hash)
}

export const freePort = () =>
  new Promise<number>((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
  })

/** Waits until `url` answers below 500 (a starting server answers 503). */
export async function waitForServer(url: string, server: ChildProcess, timeoutMs = 120_000) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (server.exitCode !== null || server.signalCode !== null) throw new Error(`The server exited (${server.exitCode ?? server.signalCode}) before answering`)
    try {
      if ((await fetch(url)).status < 500) return
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500))
  }
  throw new Error(`No answer from ${url} within ${timeoutMs / 1000} s`)
}

/** scripts/server.ts in production mode on 127.0.0.1:`port`, in its own process group. */
export function startProductionServer(port: number, env: Record<string, string | undefined>): ChildProcess {
  const server = spawn(bin('tsx'), ['scripts/server.ts'], {
    cwd: root,
    detached: true,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...env, HOST: '127.0.0.1', NODE_ENV: 'production', NODE_OPTIONS: CLI_NODE_OPTIONS, PORT: String(port) } as NodeJS.ProcessEnv,
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  server.stdout?.pipe(process.stdout) // passed through; piped so that `ready` can watch for the "Ready" line
  return server
}

/** Resolves when the server prints "Ready" (after its admin warm-up). */
export function ready(server: ChildProcess, timeoutMs = 180_000) {
  return new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`The server did not print "Ready" within ${timeoutMs / 1000} s`)), timeoutMs)
    const done = (error?: Error) => {
      clearTimeout(timer)
      if (error) reject(error)
      else resolve()
    }
    server.once('exit', (code, signal) => done(new Error(`The server exited (${code ?? signal}) before it was ready`)))
    let seen = ''
    server.stdout?.on('data', (chunk: Buffer) => {
      seen = (seen + chunk.toString()).slice(-200)
      if (/\[carepath\] Ready on /.test(seen)) done()
    })
  })
}

/** Signals the server's whole process group (tsx and the Node process it runs); resolves once it has exited. */
export async function stopServer(server: ChildProcess, signal: NodeJS.Signals = 'SIGTERM') {
  if (server.exitCode !== null || server.signalCode !== null || !server.pid) return
  const exited = new Promise((resolve) => server.once('exit', resolve))
  try {
    process.kill(-server.pid, signal)
  } catch {
    return // already gone
  }
  await exited
}
