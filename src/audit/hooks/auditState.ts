import type { CollectionSlug, PayloadRequest, RequestContext, SanitizedCollectionConfig } from 'payload'

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

/** Whether the main (published) document is live now: a draft saved over it leaves it live. */
export async function isLive(req: PayloadRequest, collection: CollectionSlug, id: number | string): Promise<boolean> {
  const doc = await req.payload.db.findOne<{ _status?: string; id: number | string }>({
    collection,
    req,
    select: { _status: true },
    where: { id: { equals: id } },
  })
  return doc?._status === 'published'
}

/** The version a save just wrote (Payload marks it `latest`). */
export async function latestVersionId(req: PayloadRequest, collection: SanitizedCollectionConfig, id: number | string): Promise<string | undefined> {
  if (!collection.versions) return undefined
  const { docs } = await req.payload.db.findVersions({
    collection: collection.slug,
    limit: 1,
    pagination: false,
    req,
    sort: '-updatedAt',
    where: { and: [{ parent: { equals: id } }, { latest: { equals: true } }] },
  })
  return docs[0] ? String(docs[0].id) : undefined
}

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
