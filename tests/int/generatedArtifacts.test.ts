import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { configToSchema } from '@payloadcms/graphql'
import { printSchema } from 'graphql'
import { buildConfig, type SanitizedConfig } from 'payload'
import { generateTypes } from 'payload/node'

import { carepathConfig } from '../../payload.config'

/**
 * Clients rely on the committed `schema.graphql` (introspection is off in production) and the code
 * relies on `payload-types.ts`. Both must match the config; regenerate with `npm run generate`.
 * Generated against the embedded SQLite adapter (numeric ids), as `npm run generate` does.
 */
const rootDir = path.resolve(import.meta.dirname, '../..')
let config: SanitizedConfig
let scratch: string

beforeAll(async () => {
  scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'carepath-generated-'))
  config = await buildConfig(carepathConfig({ databaseURI: `file:${path.join(scratch, 'unused.db')}` }))
})

afterAll(() => fs.rmSync(scratch, { force: true, recursive: true }))

const stale = (file: string) => `${file} is stale: run \`npm run generate\` and commit the result`

it('schema.graphql matches the GraphQL schema Carepath serves', () => {
  const committed = fs.readFileSync(path.join(rootDir, 'schema.graphql'), 'utf8')
  const current = printSchema(configToSchema(config).schema)
  if (committed.trim() !== current.trim()) throw new Error(stale('schema.graphql'))
})

it('payload-types.ts matches the collections and globals', async () => {
  const out = path.join(scratch, 'payload-types.ts')
  process.env.PAYLOAD_TS_OUTPUT_PATH = out
  try {
    await generateTypes(config, { log: false })
  } finally {
    delete process.env.PAYLOAD_TS_OUTPUT_PATH
  }
  const committed = fs.readFileSync(path.join(rootDir, 'payload-types.ts'), 'utf8')
  if (committed !== fs.readFileSync(out, 'utf8')) throw new Error(stale('payload-types.ts'))
})
