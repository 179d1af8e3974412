import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { parseDatabaseURI } from '@/db/databaseURI'

/** A fresh, empty database for one test file, on whichever engine DATABASE_URI names. */
export interface TestDatabase {
  kind: 'mongodb' | 'postgres' | 'sqlite'
  uri: string
  drop(): Promise<void>
}

const uniqueName = () => `carepath_test_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`

export async function createTestDatabase(): Promise<TestDatabase> {
  const target = parseDatabaseURI(process.env.DATABASE_URI)
  const name = uniqueName()

  if (target.kind === 'postgres') {
    const { default: pg } = await import('pg')
    const admin = new pg.Client({ connectionString: target.url })
    await admin.connect()
    await admin.query(`CREATE DATABASE ${name}`)
    await admin.end()
    const url = new URL(target.url)
    url.pathname = `/${name}`
    return {
      kind: 'postgres',
      uri: url.toString(),
      async drop() {
        const client = new pg.Client({ connectionString: target.url })
        await client.connect()
        await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
        await client.end()
      },
    }
  }

  if (target.kind === 'mongodb') {
    const url = new URL(target.url)
    url.pathname = `/${name}`
    return { kind: 'mongodb', uri: url.toString(), drop: async () => {} }
  }

  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'carepath-test-'))
  return {
    kind: 'sqlite',
    uri: `file:${path.join(dir, `${name}.db`)}`,
    drop: async () => fs.rmSync(dir, { force: true, recursive: true }),
  }
}
