/**
 * The audit log as CSV (RFC 4180), safe to open in a spreadsheet. Pure: no Payload imports.
 */

/** Columns of the export, in order. */
export const AUDIT_CSV_COLUMNS = [
  'at',
  'action',
  'actorType',
  'actorId',
  'actorLabel',
  'adminOverride',
  'collection',
  'itemId',
  'versionId',
  'changedFields',
  'comment',
  'details',
] as const

export type AuditCsvColumn = (typeof AUDIT_CSV_COLUMNS)[number]

/** The shape of a stored entry the formatter needs (relationships at depth 0 or populated). */
export interface AuditEntryLike {
  action?: null | string
  actorApiClient?: null | number | string | { id: number | string }
  actorLabel?: null | string
  actorType?: null | string
  actorUser?: null | number | string | { id: number | string }
  adminOverride?: boolean | null
  at?: null | string
  changedFields?: null | string[]
  collection?: null | string
  comment?: null | string
  details?: unknown
  id?: number | string
  itemId?: null | string
  versionId?: null | string
}

/** Spreadsheets run a cell that starts with one of these as a formula (CSV injection, OWASP). */
const FORMULA_START = /^[=+\-@\t\r]/

/** One cell: defused when it could start a formula, quoted when it holds a comma, quote or line break. */
export function csvCell(value: unknown): string {
  if (value === null || value === undefined) return ''
  let text = typeof value === 'string' ? value : typeof value === 'object' ? JSON.stringify(value) : String(value)
  if (FORMULA_START.test(text)) text = `'${text}`
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

/** One record, CRLF-terminated as RFC 4180 asks. */
export const csvRow = (cells: readonly unknown[]): string => `${cells.map(csvCell).join(',')}\r\n`

export const auditCsvHeader = (): string => csvRow(AUDIT_CSV_COLUMNS)

const refId = (ref: AuditEntryLike['actorUser']) => (ref && typeof ref === 'object' ? ref.id : ref)

export function auditEntryToCsvRow(entry: AuditEntryLike): string {
  const values: Record<AuditCsvColumn, unknown> = {
    action: entry.action,
    actorId: refId(entry.actorUser) ?? refId(entry.actorApiClient),
    actorLabel: entry.actorLabel,
    actorType: entry.actorType,
    adminOverride: entry.adminOverride ? 'true' : 'false',
    at: entry.at,
    changedFields: (entry.changedFields ?? []).join(' '),
    collection: entry.collection,
    comment: entry.comment,
    details: entry.details ?? null,
    itemId: entry.itemId,
    versionId: entry.versionId,
  }
  return csvRow(AUDIT_CSV_COLUMNS.map((column) => values[column]))
}

/** The longest range one export may cover. */
export const MAX_EXPORT_DAYS = 366

const DAY_MS = 24 * 60 * 60 * 1000
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/

function parseDay(raw: unknown): Date | null {
  if (typeof raw !== 'string') return null
  const match = ISO_DATE.exec(raw)
  if (!match) return null
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])))
  // Rejects 2025-02-30 and friends, which Date would roll over into March.
  return date.toISOString().slice(0, 10) === raw ? date : null
}

export type ExportRange = { from: Date; ok: true; until: Date } | { message: string; ok: false }

/**
 * `from` and `to` are whole UTC days, both included: the range is [from 00:00, to + 1 day 00:00).
 */
export function parseExportRange(from: unknown, to: unknown): ExportRange {
  if (from === undefined || from === null || from === '' || to === undefined || to === null || to === '') {
    return { message: 'Give both dates: ?from=YYYY-MM-DD&to=YYYY-MM-DD (UTC days, both included).', ok: false }
  }
  const start = parseDay(from)
  const end = parseDay(to)
  if (!start) return { message: `"from" must be a calendar date written YYYY-MM-DD; got "${String(from)}".`, ok: false }
  if (!end) return { message: `"to" must be a calendar date written YYYY-MM-DD; got "${String(to)}".`, ok: false }
  if (end < start) return { message: '"to" is before "from".', ok: false }
  const days = Math.round((end.getTime() - start.getTime()) / DAY_MS) + 1
  if (days > MAX_EXPORT_DAYS) {
    return { message: `At most ${MAX_EXPORT_DAYS} days per export; this range covers ${days}. Export it in parts.`, ok: false }
  }
  return { from: start, ok: true, until: new Date(end.getTime() + DAY_MS) }
}

/** e.g. carepath-audit-2025-01-01-to-2025-03-31.csv */
export const exportFileName = (from: string, to: string) => `carepath-audit-${from}-to-${to}.csv`
