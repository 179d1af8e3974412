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

/**
 * Fills `adminTitle` (the staff title of lists and headings, see src/fields/adminTitle.ts) for content saved before it
 * existed: every content item and its latest version (the one the admin's lists read), in every language. For a
 * migration (`up({ payload, req }) { await backfillAdminTitles(payload, { req }) }`) or a one-off script; running it
 * again changes nothing. Writes through the database adapter, so no hook runs, no version is added and `updatedAt`
 * stays as it was. Returns how many documents and versions it changed.
 */
export async function backfillAdminTitles(payload: Payload, { pageSize = 100, req }: { pageSize?: number; req?: Partial<PayloadRequest> } = {}) {
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
