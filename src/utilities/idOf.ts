/** A document id as Payload stores it. */
export type Id = number | string

/**
 * The id a relationship value points at: Payload returns a bare id at depth 0 and the document at depth ≥ 1.
 * Undefined for anything else (null, an empty relation, a document without id).
 */
export function idOf(ref: unknown): Id | undefined {
  const id = typeof ref === 'object' && ref !== null ? (ref as { id?: unknown }).id : ref
  return typeof id === 'number' || typeof id === 'string' ? id : undefined
}
