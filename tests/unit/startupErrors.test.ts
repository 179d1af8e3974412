import { spawnSync } from 'node:child_process'
import path from 'node:path'

/** What a person sees when `npm start` cannot work: one clear line, before any build or migration. */
const root = path.resolve(import.meta.dirname, '../..')
const preflight = (env: Record<string, string>) =>
  spawnSync(path.join(root, 'node_modules/.bin/tsx'), ['scripts/preflight.ts'], {
    cwd: root,
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', NODE_OPTIONS: '--conditions=development', ...env } as unknown as NodeJS.ProcessEnv,
  })

it('a bad DATABASE_URI stops start-up and names the accepted forms', () => {
  const result = preflight({ DATABASE_URI: 'mysql://root@db/carepath', PAYLOAD_SECRET: 'x'.repeat(40) })
  expect(result.status).toBe(1)
  expect(result.stderr).toMatch(/Cannot start: DATABASE_URI "mysql:\/\/\*\*\*@db\/carepath" is not usable/)
  expect(result.stderr).toMatch(/mongodb:\/\//)
  expect(result.stderr).toMatch(/postgres:\/\//)
})

it('production without PAYLOAD_SECRET stops start-up', () => {
  const result = preflight({ DATABASE_URI: 'postgres://db/carepath', NODE_ENV: 'production' })
  expect(result.status).toBe(1)
  expect(result.stderr).toMatch(/PAYLOAD_SECRET is not set/)
})

it('a good environment passes', () => {
  const result = preflight({
    CAREPATH_SERVER_URL: 'https://cms.hospital.example',
    CAREPATH_SITE_URL: 'https://www.hospital.example',
    DATABASE_URI: 'postgres://db/carepath',
    NODE_ENV: 'production',
    PAYLOAD_SECRET: 'x'.repeat(40),
  })
  expect(result.stderr).toBe('')
  expect(result.status).toBe(0)
})

it('production without CAREPATH_SERVER_URL / CAREPATH_SITE_URL stops start-up, naming both', () => {
  const result = preflight({ DATABASE_URI: 'postgres://db/carepath', NODE_ENV: 'production', PAYLOAD_SECRET: 'x'.repeat(40) })
  expect(result.status).toBe(1)
  expect(result.stderr).toMatch(/Cannot start: CAREPATH_SERVER_URL and CAREPATH_SITE_URL are not set/)
  const onlyServer = preflight({ CAREPATH_SERVER_URL: 'https://cms.hospital.example', DATABASE_URI: 'postgres://db/carepath', NODE_ENV: 'production', PAYLOAD_SECRET: 'x'.repeat(40) })
  expect(onlyServer.stderr).toMatch(/Cannot start: CAREPATH_SITE_URL is not set/)
})

it('a second server on a busy port exits with a clear message instead of running on', async () => {
  const net = await import('node:net')
  const busy = net.createServer()
  await new Promise<void>((resolve) => busy.listen(0, '127.0.0.1', resolve))
  const { port } = busy.address() as import('node:net').AddressInfo
  try {
    const { spawn } = await import('node:child_process')
    const child = spawn(path.join(root, 'node_modules/.bin/tsx'), ['scripts/server.ts'], {
      cwd: root,
      env: { CAREPATH_SERVER_URL: 'http://localhost', CAREPATH_SITE_URL: 'http://localhost', HOST: '127.0.0.1', NODE_OPTIONS: '--conditions=development', PATH: process.env.PATH ?? '', PORT: String(port) } as unknown as NodeJS.ProcessEnv,
    })
    let stderr = ''
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    const code = await new Promise<null | number>((resolve) => {
      const timer = setTimeout(() => child.kill('SIGKILL'), 60_000)
      child.on('exit', (exitCode) => (clearTimeout(timer), resolve(exitCode)))
    })
    expect(code).toBe(1)
    expect(stderr).toMatch(new RegExp(`Cannot start: port ${port} is already in use`))
  } finally {
    await new Promise((resolve) => busy.close(resolve))
  }
}, 90_000)
