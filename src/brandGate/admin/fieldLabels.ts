import type { ClientField, Field } from 'payload'

type AnyField = ClientField | Field
type Labelled = { fields?: AnyField[]; label?: unknown; labels?: { singular?: unknown }; name?: string; tabs?: Array<{ fields: AnyField[]; name?: string }>; type: string }

/**
 * A lookup from a field's schema path (`title`, `variants.body`) to the label the edit form shows; for an array, the
 * label of one row ("Segment variant"). Rows, collapsibles and unnamed tabs add nothing to a path, as in Payload.
 */
export function fieldLabelLookup(
  fields: readonly AnyField[],
  /** A label as configured (text, or text per language) in the reader's language; undefined for none. */
  text: (label: unknown) => string | undefined,
): (schemaPath: string) => string | undefined {
  const labels = new Map<string, string>()
  const visit = (list: readonly AnyField[], prefix: string) => {
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
