import type { RequestContext, SanitizedCollectionConfig } from 'payload'

/** What the "before" hooks learn for the "after" hooks of the same request, keyed by collection and id. */
interface AuditState {
  /** Whether the item was live (published) before this save. */
  wasLive: Record<string, boolean>
  /** Version being restored, per collection. */
  restoring: Record<string, string>
}

export function auditState(context: RequestContext): AuditState {
  const existing = context.auditTrail as AuditState | undefined
  if (existing) return existing
  const fresh: AuditState = { restoring: {}, wasLive: {} }
  context.auditTrail = fresh
  return fresh
}

export const itemKey = (collection: string, id: number | string) => `${collection}:${id}`

export const hasDrafts = (collection: SanitizedCollectionConfig) =>
  Boolean(collection.versions && typeof collection.versions === 'object' && collection.versions.drafts)

const computedFields = new WeakMap<SanitizedCollectionConfig, string[]>()

/** Fields nobody edits directly (read-only, hidden, joins): left out of changed-field lists. */
export function computedFieldNames(collection: SanitizedCollectionConfig): string[] {
  let names = computedFields.get(collection)
  if (!names) {
    names = collection.flattenedFields
      .filter((field) => field.type === 'join' || field.admin?.readOnly || field.admin?.hidden)
      .map((field) => field.name)
    computedFields.set(collection, names)
  }
  return names
}
