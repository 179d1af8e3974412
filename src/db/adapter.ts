import fs from 'node:fs'
import path from 'node:path'

import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { postgresAdapter } from '@payloadcms/db-postgres'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import type { DatabaseAdapterObj } from 'payload'

import { parseDatabaseURI } from './databaseURI'
import { CONNECT_TIMEOUT_MS, survivePostgresRestarts, trackReachability } from './outages'
import { installSqliteStatementCache } from './sqliteStatementCache'

export interface DatabaseOptions {
  /** Repository root: relative SQLite paths and migration folders resolve from here. */
  rootDir: string
  uri: string | undefined
  /** Push the schema without migrations (development only; Payload never pushes in production). Default: Payload's. */
  push?: boolean
}

interface RawIndex {
  name: string
  on: string | string[]
  unique?: boolean
}
/** What Payload's drizzle adapters pass their schema hooks at run time (SQLite's published type omits `adapter`). */
interface RawSchemaAdapter {
  rawTables: Record<string, { indexes?: Record<string, RawIndex>; name: string }>
}

/**
 * Payload indexes each `<table>_locales` table on (_locale, _parent_id) only. Reading a document in every
 * language at once (`locale: 'all'`, as the delivery store does) filters on _parent_id alone, which that
 * index cannot serve: SQLite and Postgres then scan the whole locales table for every row read
 * (measured: 2.4 ms per item at 30,000 items, so a full delivery load took 70 s). This adds the missing
 * _parent_id index to every locales table, in pushed schemas and in migrations alike.
 */
export function indexLocalesByParent<S>(args: { schema: S }): S {
  const { adapter } = args as { adapter?: RawSchemaAdapter }
  for (const table of Object.values(adapter?.rawTables ?? {})) {
    if (table.indexes?._localeParent && !table.indexes._parentID) {
      table.indexes._parentID = { name: `${table.name}_parent_idx`, on: '_parentID' }
    }
  }
  return args.schema
}

/**
 * The one place that maps DATABASE_URI to a Payload adapter. Unknown forms fail at start-up. Every adapter notes
 * whether the database answered its last call (errors during an outage answer 503, see answerDatabaseUnavailable).
 */
export function databaseAdapter(options: DatabaseOptions): DatabaseAdapterObj {
  return trackReachability(engineAdapter(options))
}

function engineAdapter({ push, rootDir, uri }: DatabaseOptions): DatabaseAdapterObj {
  const target = parseDatabaseURI(uri)
  switch (target.kind) {
    case 'sqlite': {
      const file = target.url.slice('file:'.length)
      const absolute = path.isAbsolute(file) ? file : path.resolve(rootDir, file)
      fs.mkdirSync(path.dirname(absolute), { recursive: true })
      installSqliteStatementCache()
      return sqliteAdapter({
        beforeSchemaInit: [indexLocalesByParent],
        client: { url: `file:${absolute}` },
        migrationDir: path.resolve(rootDir, 'src/migrations/sqlite'),
        push,
      })
    }
    case 'postgres':
      return survivePostgresRestarts(
        postgresAdapter({
          beforeSchemaInit: [indexLocalesByParent],
          migrationDir: path.resolve(rootDir, 'src/migrations/postgres'),
          pool: { connectionString: target.url, connectionTimeoutMillis: CONNECT_TIMEOUT_MS },
          push,
        }),
      )
    case 'mongodb':
      // MongoDB needs no SQL migrations; indexes are built by the adapter.
      return mongooseAdapter({ url: target.url })
  }
}
