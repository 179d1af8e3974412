import type { Field } from 'payload'

import { describeFindingPlace, findingPlace } from '../brand'
import { fieldLabelLookup } from './admin/fieldLabels'

/** Server side: a configured label in English (labels written as functions are skipped: they need a request). */
const englishLabel = (label: unknown): string | undefined =>
  typeof label === 'string' ? label : typeof label === 'object' && label !== null ? (label as Record<string, string>).en : undefined

/** "Body, paragraph 3" for `body.2`, with a collection's own labels, for text the server writes for people. */
export function findingPlaceNamer(fields: readonly Field[]): (path: string) => string {
  const labelOf = fieldLabelLookup(fields, englishLabel)
  return (path) => describeFindingPlace(findingPlace(path), labelOf)
}
