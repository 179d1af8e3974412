import fs from 'node:fs'
import path from 'node:path'

import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { postgresAdapter } from '@payloadcms/db-postgres'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import type { DatabaseAdapterObj } from 'payload'

import { parseDatabaseURI } from './databaseURI'

export interface DatabaseOptions {
  /** Repository root: relative SQLite paths and migration folders resolve from here. */
  rootDir: string
  uri: string | undefined
  /** Push the schema without migrations (development only; Payload never pushes in production). Default: Payload's. */
  push?: boolean
}

/** The one place that maps DATABASE_URI to a Payload adapter. Unknown forms fail at start-up. */
export function databaseAdapter({ push, rootDir, uri }: DatabaseOptions): DatabaseAdapterObj {
  const target = parseDatabaseURI(uri)
  switch (target.kind) {
    case 'sqlite': {
      const file = target.url.slice('file:'.length)
      const absolute = path.isAbsolute(file) ? file : path.resolve(rootDir, file)
      fs.mkdirSync(path.dirname(absolute), { recursive: true })
      return sqliteAdapter({
        client: { url: `file:${absolute}` },
        migrationDir: path.resolve(rootDir, 'src/migrations/sqlite'),
        push,
      })
    }
    case 'postgres':
      return postgresAdapter({
        migrationDir: path.resolve(rootDir, 'src/migrations/postgres'),
        pool: { connectionString: target.url },
        push,
      })
    case 'mongodb':
      // MongoDB needs no SQL migrations; indexes are built by the adapter.
      return mongooseAdapter({ url: target.url })
  }
}
