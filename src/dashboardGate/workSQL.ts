import type { Payload } from 'payload'

import { CONTENT_TYPES, type ContentType } from '../taxonomy/contentTypes'

type Id = number | string
type Row = Record<string, unknown>

/** Payload's SQL adapters (SQLite, Postgres) as far as these queries need them. */
export interface SqlAdapter {
  name: string
  tableNameMap: Map<string, string>
  drizzle: unknown
  execute(args: { drizzle: unknown; raw: string }): Promise<{ rows: Row[] }> | { rows: Row[] }
}

export const sqlAdapterOf = (payload: Payload): null | SqlAdapter => {
  const db = payload.db as unknown
  return db && typeof db === 'object' && 'drizzle' in db && 'tableNameMap' in db && typeof (db as SqlAdapter).execute === 'function' ? (db as SqlAdapter) : null
}

export const quoteIdentifier = (name: string) => `"${name.replace(/"/g, '""')}"`
/** Ids and locale codes go into SQL text: digits as numbers, anything else only when it is a plain word. */
export const sqlLiteral = (value: Id): string => {
  const text = String(value)
  if (/^\d+$/.test(text)) return text
  if (!/^[\w-]{1,64}$/.test(text)) throw new Error(`Refusing ${JSON.stringify(text)} as an SQL literal`)
  return `'${text}'`
}

export async function runSQL(db: SqlAdapter, raw: string): Promise<Row[]> {
  return (await db.execute({ drizzle: db.drizzle, raw })).rows
}

const tableOf = (db: SqlAdapter, name: string) => quoteIdentifier(db.tableNameMap.get(name) ?? name)
const isoOf = (value: unknown) => (value instanceof Date ? value.toISOString() : String(value ?? ''))

export interface LatestVersionsQuery {
  /** SQL conditions on the latest version row `v` (and its tables), per content type. */
  where: (tables: { rels: string; locales: string }) => string[]
  limit: number
  locale: string
  /** Extra columns of `v`, selected as `note`. */
  note?: string
}

/**
 * The latest version (draft or published) of every item matching `where`, across the four types in
 * one UNION ALL statement (newest first, `limit` rows) and their count in another. Works on Payload's
 * version tables (`_<type>_v`, `latest` marks the newest version of each document).
 */
export async function latestVersionsSQL(db: SqlAdapter, { limit, locale, note, where }: LatestVersionsQuery) {
  const parts = CONTENT_TYPES.map((type) => {
    const versions = tableOf(db, `_${type}_v`)
    const locales = tableOf(db, `_${type}_v_locales`)
    const rels = tableOf(db, `_${type}_v_rels`)
    const column = (name: string, code: string) => `(SELECT NULLIF(l.${quoteIdentifier(name)}, '') FROM ${locales} l WHERE l."_parent_id" = v."id" AND l."_locale" = ${sqlLiteral(code)})`
    return {
      count: `SELECT COUNT(*) AS "n" FROM ${versions} v WHERE ${['v."latest" = true', ...where({ locales, rels })].join(' AND ')}`,
      rows: [
        `SELECT '${type}' AS "type", v."parent_id" AS "id", v."version_updated_at" AS "updatedAt", ${note ? `v.${quoteIdentifier(note)}` : 'NULL'} AS "note",`,
        // The staff title ("(es) …" when the item has no title in this language), then the plain title for rows saved before it.
        `COALESCE(${column('version_admin_title', locale)}, ${column('version_title', locale)}, ${column('version_title', 'en')}) AS "title"`,
        `FROM ${versions} v WHERE ${['v."latest" = true', ...where({ locales, rels })].join(' AND ')}`,
      ].join(' '),
    }
  })
  const [rows, counts] = await Promise.all([
    runSQL(db, `SELECT * FROM (${parts.map((p) => p.rows).join(' UNION ALL ')}) AS latest ORDER BY "updatedAt" DESC LIMIT ${Number(limit)}`),
    runSQL(db, parts.map((p) => p.count).join(' UNION ALL ')),
  ])
  return {
    items: rows.map((r) => ({ id: String(r.id), note: (r.note as null | string) ?? null, title: String(r.title ?? '(untitled)'), type: r.type as ContentType, updatedAt: isoOf(r.updatedAt) })),
    total: counts.reduce((sum, c) => sum + Number(c.n), 0),
  }
}

/** Versions whose revision authors include `userId` (a has-many relationship kept in the versions' rels table). */
export const authoredBy = (rels: string, userId: Id) =>
  `v."id" IN (SELECT r."parent_id" FROM ${rels} r WHERE r."users_id" = ${sqlLiteral(userId)} AND r."path" = 'version.workflow.revisionAuthors')`

/**
 * Versions with a stored brand report (any language) holding an error an editor can fix: every error
 * except the "needs a medical review date" one that approving resolves (the same rule as
 * `awaitsApproval` in src/dashboard; the integration test compares both paths).
 */
export function fixableBrandErrors(db: SqlAdapter, locales: string): string {
  if (db.name === 'postgres') {
    return `v."id" IN (SELECT l."_parent_id" FROM ${locales} l WHERE (l."version_brand_check"->>'passes') = 'false' AND EXISTS (SELECT 1 FROM jsonb_array_elements(l."version_brand_check"->'findings') f WHERE f->>'severity' = 'error' AND NOT (f->>'rule' = 'medicalReviewFreshness' AND f->>'text' IS NULL)))`
  }
  return `v."id" IN (SELECT l."_parent_id" FROM ${locales} l WHERE json_extract(l."version_brand_check", '$.passes') = 0 AND EXISTS (SELECT 1 FROM json_each(l."version_brand_check", '$.findings') f WHERE json_extract(f.value, '$.severity') = 'error' AND NOT (json_extract(f.value, '$.rule') = 'medicalReviewFreshness' AND json_extract(f.value, '$.text') IS NULL)))`
}

/** The stored brand reports (all languages) of a few listed versions, by `type:id`. */
export async function brandReportsSQL(db: SqlAdapter, items: ReadonlyArray<{ type: ContentType; id: string }>): Promise<Map<string, unknown[]>> {
  const byType = CONTENT_TYPES.map((type) => ({ ids: items.filter((i) => i.type === type).map((i) => sqlLiteral(i.id)), type })).filter((t) => t.ids.length)
  if (!byType.length) return new Map()
  const rows = await runSQL(
    db,
    byType
      .map(({ ids, type }) => `SELECT '${type}' AS "type", v."parent_id" AS "id", l."version_brand_check" AS "report" FROM ${tableOf(db, `_${type}_v`)} v JOIN ${tableOf(db, `_${type}_v_locales`)} l ON l."_parent_id" = v."id" WHERE v."latest" = true AND v."parent_id" IN (${ids.join(', ')})`)
      .join(' UNION ALL '),
  )
  const reports = new Map<string, unknown[]>()
  for (const r of rows) {
    const key = `${r.type}:${r.id}`
    const report = typeof r.report === 'string' ? JSON.parse(r.report) : r.report
    if (report) reports.set(key, [...(reports.get(key) ?? []), report])
  }
  return reports
}
