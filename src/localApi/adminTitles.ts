import type { Payload, PayloadRequest } from 'payload'

import { CONTENT_TYPES } from '../taxonomy/contentTypes'
import { adminTitles, type TitlesByLocale } from '../utilities/adminTitle'

/** The configured languages, the default first: an item's fallback title comes from the first other language that has one. */
export function localeOrder(payload: Payload): string[] {
  const { localization } = payload.config
  if (!localization) return ['en']
  return [localization.defaultLocale, ...localization.localeCodes.filter((code) => code !== localization.defaultLocale)]
}

const asTitles = (value: unknown): TitlesByLocale => (value && typeof value === 'object' ? (value as TitlesByLocale) : {})

const sameTitles = (a: unknown, b: Record<string, null | string>) => Object.entries(b).every(([locale, title]) => (asTitles(a)[locale] ?? null) === title)

type Row = Record<string, unknown> & { id: number | string }
type VersionRow = Row & { version: Record<string, unknown> }

/** A drizzle database or transaction of Payload's SQLite (`all`) or PostgreSQL (`execute`) adapter. */
type SqlDatabase = { all?: (query: string) => Promise<unknown[]>; execute?: (query: string) => Promise<{ rows: unknown[] }> }

const rowsOf = async (db: SqlDatabase, query: string): Promise<Array<Record<string, unknown>>> =>
  (db.all ? await db.all(query) : (await db.execute!(query)).rows) as Array<Record<string, unknown>>

/** An SQL literal both engines read the same way: numbers as they are, text quoted with quotes doubled. */
const literal = (value: unknown): string =>
  value === null || value === undefined ? 'NULL' : typeof value === 'number' && Number.isFinite(value) ? String(value) : `'${String(value).replaceAll("'", "''")}'`

/**
 * One locales table: every row's title and staff title (for versions, of the latest versions only), grouped by
 * document. Plain SQL on the columns this needs, so the migration that runs it keeps working whatever later
 * migrations add to the tables (reading whole documents through Payload would ask for columns not there yet).
 */
async function backfillTable(db: SqlDatabase, locales: readonly string[], table: string, prefix: '' | 'version_', versionsTable?: string) {
  // Table and column names are Payload's, never input.
  const title = `"${prefix}title"`
  const adminTitle = `"${prefix}admin_title"`
  const from = `"${table}"`
  const rows = await rowsOf(
    db,
    versionsTable
      ? `SELECT l."_parent_id" AS parent, l."_locale" AS locale, l.${title} AS title, l.${adminTitle} AS admin FROM ${from} l JOIN "${versionsTable}" v ON v."id" = l."_parent_id" WHERE v."latest"`
      : `SELECT "_parent_id" AS parent, "_locale" AS locale, ${title} AS title, ${adminTitle} AS admin FROM ${from}`,
  )
  const documents = new Map<string, { id: unknown; rows: Map<string, Record<string, unknown>> }>()
  for (const row of rows) {
    const key = String(row.parent)
    if (!documents.has(key)) documents.set(key, { id: row.parent, rows: new Map() })
    documents.get(key)!.rows.set(String(row.locale), row)
  }
  let changed = 0
  for (const { id, rows: byLocale } of documents.values()) {
    const titles = Object.fromEntries([...byLocale].map(([locale, row]) => [locale, row.title as null | string]))
    let touched = false
    for (const [locale, computed] of Object.entries(adminTitles(titles, locales))) {
      const row = byLocale.get(locale)
      if (row ? (row.admin ?? null) === computed : computed === null) continue
      if (row) await rowsOf(db, `UPDATE ${from} SET ${adminTitle} = ${literal(computed)} WHERE "_parent_id" = ${literal(id)} AND "_locale" = ${literal(locale)}`)
      else await rowsOf(db, `INSERT INTO ${from} ("_parent_id", "_locale", ${adminTitle}) VALUES (${literal(id)}, ${literal(locale)}, ${literal(computed)})`)
      touched = true
    }
    if (touched) changed += 1
  }
  return changed
}

/**
 * Fills `adminTitle` (the staff title of lists and headings, see src/fields/adminTitle.ts) for content saved before it
 * existed: every content item and its latest version (the one the admin's lists read), in every language. For the
 * migration that adds the field (`db` is its transaction) or a one-off script; running it again changes nothing. On the
 * SQL engines it writes the staff-title column only, in plain SQL, so no hook runs, no version is added, `updatedAt`
 * stays as it was, and later schema changes cannot break it. Returns how many documents and versions it changed.
 */
export async function backfillAdminTitles(payload: Payload, { db, pageSize = 100, req }: { db?: unknown; pageSize?: number; req?: Partial<PayloadRequest> } = {}) {
  const database = (db ?? (payload.db as { drizzle?: unknown }).drizzle) as SqlDatabase | undefined
  // MongoDB has no migrations and no columns: documents are read and written whole.
  if (!database || (!database.all && !database.execute)) return backfillThroughDocuments(payload, { pageSize, req })
  const locales = localeOrder(payload)
  const changed = { documents: 0, versions: 0 }
  for (const type of CONTENT_TYPES) {
    changed.documents += await backfillTable(database, locales, `${type}_locales`, '')
    changed.versions += await backfillTable(database, locales, `_${type}_v_locales`, 'version_', `_${type}_v`)
  }
  return changed
}

/** The same through Payload's adapter, for MongoDB (documents are schemaless there). */
/**
 * Fills `adminTitle` (the staff title of lists and headings, see src/fields/adminTitle.ts) for content saved before it
 * existed: every content item and its latest version (the one the admin's lists read), in every language. For a
 * migration (`up({ payload, req }) { await backfillAdminTitles(payload, { req }) }`) or a one-off script; running it
 * again changes nothing. Writes through the database adapter, so no hook runs, no version is added and `updatedAt`
 * stays as it was. Returns how many documents and versions it changed.
 */
async function backfillThroughDocuments(payload: Payload, { pageSize = 100, req }: { pageSize?: number; req?: Partial<PayloadRequest> }) {
  const locales = localeOrder(payload)
  const changed = { documents: 0, versions: 0 }
  for (const collection of CONTENT_TYPES) {
    for (let page = 1; ; page += 1) {
      const { docs, hasNextPage } = await payload.db.find<Row>({ collection, limit: pageSize, locale: 'all', page, pagination: true, req, sort: 'id' })
      for (const doc of docs) {
        const titles = adminTitles(asTitles(doc.title), locales)
        if (sameTitles(doc.adminTitle, titles)) continue
        await payload.db.updateOne({ collection, data: { ...doc, adminTitle: titles }, id: doc.id, locale: 'all', req, returning: false })
        changed.documents += 1
      }
      if (!hasNextPage) break
    }
    for (let page = 1; ; page += 1) {
      const { docs, hasNextPage } = await payload.db.findVersions<Record<string, unknown>>({
        collection,
        limit: pageSize,
        locale: 'all',
        page,
        pagination: true,
        req,
        sort: 'id',
        where: { latest: { equals: true } },
      })
      for (const row of docs as unknown as VersionRow[]) {
        const titles = adminTitles(asTitles(row.version.title), locales)
        if (sameTitles(row.version.adminTitle, titles)) continue
        await payload.db.updateVersion({ collection, id: row.id, locale: 'all', req, returning: false, versionData: { ...row, version: { ...row.version, adminTitle: titles } } as never })
        changed.versions += 1
      }
      if (!hasNextPage) break
    }
  }
  return changed
}
