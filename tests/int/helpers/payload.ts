import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { buildConfig, getPayload, type Config, type Payload, type SanitizedConfig } from 'payload'

import { carepathConfig } from '../../../payload.config'
import { createTestDatabase, type TestDatabase } from './testDatabase'

export interface TestCarepath {
  config: SanitizedConfig
  database: TestDatabase
  payload: Payload
  shutdown(): Promise<void>
}

/**
 * Boots Carepath on a fresh real database (SQLite temp file by default; Postgres/MongoDB when DATABASE_URI says so),
 * or on the one given (e.g. a test database reached through a proxy the test can cut). A second Carepath in one test
 * file needs its own `key` (Payload caches one instance per key).
 */
export async function bootCarepath({ database, email, key, pushSchema }: { database?: TestDatabase; email?: Config['email']; key?: string; pushSchema?: boolean } = {}): Promise<TestCarepath> {
  return bootOn(database ?? (await createTestDatabase()), { email, key, pushSchema })
}

/**
 * Another Carepath instance on the same database, as a second server behind a load balancer would be.
 * Shutting it down leaves the database to the first instance.
 */
export async function bootSecondInstance(first: TestCarepath): Promise<TestCarepath> {
  return bootOn({ ...first.database, drop: async () => {} }, { key: 'second-instance' })
}

async function bootOn(database: TestDatabase, { email, key, pushSchema }: { email?: Config['email']; key?: string; pushSchema?: boolean }): Promise<TestCarepath> {
  const uploadDir = fs.mkdtempSync(path.join(os.tmpdir(), 'carepath-uploads-'))
  const config = await buildConfig(carepathConfig({ databaseURI: database.uri, email, env: { ...process.env, CAREPATH_RUN_JOBS: 'false' }, pushSchema, uploadDir }))
  const payload = await getPayload({ config, ...(key ? { key } : {}) })

  return {
    config,
    database,
    payload,
    async shutdown() {
      await closePayload(payload)
      await database.drop()
      fs.rmSync(uploadDir, { force: true, recursive: true })
    },
  }
}

/** payload.destroy() leaves the Postgres pool open (and a client checked out), which hangs jest. */
export async function closePayload(payload: Payload) {
  const pool = (payload.db as { pool?: { end(): Promise<void>; _clients?: Array<{ release?: () => void; _queryable?: boolean }> } }).pool
  await payload.destroy().catch(() => {})
  if (pool) {
    for (const client of pool._clients ?? []) {
      try {
        client.release?.()
      } catch {
        // already released
      }
    }
    await pool.end().catch(() => {})
  }
}
