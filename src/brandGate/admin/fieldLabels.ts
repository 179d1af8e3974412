import { getTranslation, type I18nClient } from '@payloadcms/translations'
import type { ClientField } from 'payload'

type Labelled = ClientField & { label?: unknown; labels?: { singular?: unknown }; name?: string; fields?: ClientField[]; tabs?: Array<{ fields: ClientField[]; name?: string }> }

/**
 * A lookup from a field's schema path (`title`, `variants.body`) to the label the edit form shows; for an array, the
 * label of one row ("Segment variant"). Rows, collapsibles and unnamed tabs add nothing to a path, as in Payload.
 */
export function fieldLabelLookup(fields: readonly ClientField[], i18n: I18nClient): (schemaPath: string) => string | undefined {
  const labels = new Map<string, string>()
  const text = (label: unknown): string | undefined =>
    typeof label === 'string' || (typeof label === 'object' && label !== null) ? getTranslation(label as never, i18n) || undefined : undefined
  const visit = (list: readonly ClientField[], prefix: string) => {
    for (const raw of list) {
      const field = raw as Labelled
      if (field.type === 'tabs') {
        for (const tab of field.tabs ?? []) visit(tab.fields, tab.name ? `${prefix}${tab.name}.` : prefix)
        continue
      }
      const path = field.name ? `${prefix}${field.name}` : undefined
      if (path) {
        const label = field.type === 'array' ? (text(field.labels?.singular) ?? text(field.label)) : text(field.label)
        if (label) labels.set(path, label)
      }
      if (Array.isArray(field.fields)) visit(field.fields, path ? `${path}.` : prefix)
    }
  }
  visit(fields, '')
  return (schemaPath) => labels.get(schemaPath)
}
