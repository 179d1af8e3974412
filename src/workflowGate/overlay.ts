import type { FlattenedField } from 'payload'

type Doc = Record<string, unknown>

/**
 * The document as it will be after this save, in every language: the stored latest version (read with
 * `locale: 'all'`) with the saved values written into `locale` for localized fields. Array rows are
 * matched by id, so a Spanish save of a variant keeps its English text.
 */
export function overlayLocale(fields: readonly FlattenedField[], stored: Doc | null, data: Doc, locale: string): Doc {
  const out: Doc = { ...(stored ?? {}) }
  for (const field of fields) {
    if (!('name' in field) || !(field.name in data)) continue
    out[field.name] = overlayValue(field, stored?.[field.name], data[field.name], locale)
  }
  return out
}

function overlayValue(field: FlattenedField, stored: unknown, value: unknown, locale: string): unknown {
  if (field.localized) {
    const byLocale = stored && typeof stored === 'object' && !Array.isArray(stored) ? (stored as Doc) : {}
    return { ...byLocale, [locale]: value }
  }
  if (field.type === 'array' && Array.isArray(value)) {
    const storedRows = Array.isArray(stored) ? (stored as Doc[]) : []
    return value.map((row) => {
      if (!row || typeof row !== 'object') return row
      const previous = storedRows.find((r) => r && (row as Doc).id !== undefined && r.id === (row as Doc).id) ?? null
      return overlayLocale(field.flattenedFields, previous, row as Doc, locale)
    })
  }
  if (field.type === 'group' && value && typeof value === 'object') {
    return overlayLocale(field.flattenedFields, (stored as Doc | null) ?? null, value as Doc, locale)
  }
  return value
}
