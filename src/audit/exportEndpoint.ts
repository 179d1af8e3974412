import type { Endpoint, PayloadRequest, Where } from 'payload'

import { hasRole } from '../access/roles'
import { auditCsvHeader, auditEntryToCsvRow, exportFileName, parseExportRange, type AuditEntryLike } from './csv'
import { AUDIT_LOG_SLUG } from './recordAudit'

const PAGE = 500

const refuse = (status: number, message: string) =>
  Response.json({ errors: [{ message }] }, { headers: { 'Cache-Control': 'no-store' }, status })

/** Entries in [from, until), oldest first, read a page at a time after the last one sent (keyset paging). */
async function* entriesBetween(req: PayloadRequest, from: Date, until: Date): AsyncGenerator<AuditEntryLike> {
  let last: { at: string; id: number | string } | null = null
  for (;;) {
    const inRange: Where[] = [{ at: { greater_than_equal: from.toISOString() } }, { at: { less_than: until.toISOString() } }]
    const after: Where[] = last
      ? [{ or: [{ at: { greater_than: last.at } }, { and: [{ at: { equals: last.at } }, { id: { greater_than: last.id } }] }] }]
      : []
    const { docs } = await req.payload.find({
      collection: AUDIT_LOG_SLUG,
      depth: 0,
      limit: PAGE,
      overrideAccess: true,
      pagination: false,
      sort: ['at', 'id'],
      where: { and: [...inRange, ...after] },
    })
    for (const doc of docs) yield doc as AuditEntryLike
    if (docs.length < PAGE) return
    const tail = docs[docs.length - 1]!
    last = { at: String(tail.at), id: tail.id }
  }
}

/**
 * `GET /api/audit-log/export.csv?from=YYYY-MM-DD&to=YYYY-MM-DD`: admins download the log for a range
 * of UTC days (both included, at most 366), streamed page by page.
 */
export const exportAuditLogEndpoint: Endpoint = {
  handler: async (req) => {
    if (!req.user) return refuse(401, 'Sign in as an admin to export the audit log.')
    if (!hasRole(req.user, 'admin')) return refuse(403, 'Only admins can export the audit log.')

    const from = req.searchParams.get('from')
    const to = req.searchParams.get('to')
    const range = parseExportRange(from, to)
    if (!range.ok) return refuse(400, range.message)

    const entries = entriesBetween(req, range.from, range.until)
    const encoder = new TextEncoder()
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(encoder.encode(auditCsvHeader()))
      },
      async pull(controller) {
        try {
          const next = await entries.next()
          if (next.done) controller.close()
          else controller.enqueue(encoder.encode(auditEntryToCsvRow(next.value)))
        } catch (error) {
          req.payload.logger.error({ err: error, msg: 'Audit log export failed mid-stream.' })
          controller.error(error)
        }
      },
      async cancel() {
        await entries.return(undefined)
      },
    })
    return new Response(body, {
      headers: {
        'Cache-Control': 'no-store',
        'Content-Disposition': `attachment; filename="${exportFileName(from!, to!)}"`,
        'Content-Type': 'text/csv; charset=utf-8',
      },
      status: 200,
    })
  },
  method: 'get',
  path: '/export.csv',
}
