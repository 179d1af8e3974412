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
  const result = preflight({ DATABASE_URI: 'postgres://db/carepath', NODE_ENV: 'production', PAYLOAD_SECRET: 'x'.repeat(40) })
  expect(result.stderr).toBe('')
  expect(result.status).toBe(0)
})
