/**
 * Where a finding is, in the editor's terms. Finding paths follow the content's shape: `title`, `body.3` (the fourth
 * top-level block of the body), `body.3.snippet.0` (text of the snippet placed there), `variants.0.title` (the first
 * segment variant's title), `medicalReviewedAt`. Pure: the admin supplies the field labels.
 */

export interface FindingPlace {
  /** The field's path in the edit form, row numbers included: `title`, `body`, `variants.0.body`. */
  fieldPath: string
  /** The field's path in the schema, row numbers removed: `variants.body` (to look up its label). */
  schemaPath: string
  /** Top-level block (paragraph, heading, list…) of a rich-text field, counted from 0. */
  block?: number
  /** The text belongs to the snippet placed in `block`: it is changed in the snippet, not in this item. */
  inSnippet?: boolean
}

const isIndex = (segment: string | undefined): boolean => segment !== undefined && /^\d+$/.test(segment)

export function findingPlace(path: string): FindingPlace {
  const segments = path.split('.').filter((s) => s !== '')
  const field: string[] = []
  const schema: string[] = []
  for (let i = 0; i < segments.length; i += 1) {
    const segment = segments[i]!
    if (!isIndex(segment)) {
      field.push(segment)
      schema.push(segment)
      continue
    }
    // A number that ends the path or precedes `snippet` counts blocks of rich text; any other numbers array rows.
    const next = segments[i + 1]
    if (next === undefined || next === 'snippet') {
      return { block: Number(segment), fieldPath: field.join('.'), schemaPath: schema.join('.'), ...(next === 'snippet' ? { inSnippet: true } : {}) }
    }
    field.push(segment)
  }
  return { fieldPath: field.join('.'), schemaPath: schema.join('.') }
}

/** `medicalReviewedAt` → "Medical reviewed at": the label Payload would derive when a field has none. */
export const wordsOfName = (name: string): string => {
  const words = name.replace(/([a-z0-9])([A-Z])/g, '$1 $2').replace(/[_-]+/g, ' ').toLowerCase().trim()
  return words.charAt(0).toUpperCase() + words.slice(1)
}

/**
 * "Body, paragraph 3", "Variant 1 › Title", "Body, paragraph 5 (in the inserted snippet)". `labelOf` gets a schema path
 * (`variants`, `variants.title`) and returns the field's label (for an array, the label of one row), if it has one.
 */
export function describeFindingPlace(place: FindingPlace, labelOf: (schemaPath: string) => string | undefined = () => undefined): string {
  const segments = place.fieldPath.split('.')
  const parts: string[] = []
  const schema: string[] = []
  for (let i = 0; i < segments.length; i += 1) {
    const segment = segments[i]!
    if (isIndex(segment)) {
      parts[parts.length - 1] = `${parts[parts.length - 1]} ${Number(segment) + 1}`
      continue
    }
    schema.push(segment)
    parts.push(labelOf(schema.join('.')) ?? wordsOfName(segment))
  }
  let label = parts.join(' › ')
  if (place.block !== undefined) label += `, paragraph ${place.block + 1}`
  if (place.inSnippet) label += ' (in the inserted snippet)'
  return label
}
