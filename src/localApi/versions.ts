import type { CollectionSlug, PayloadRequest } from 'payload'

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

/** The item's latest version (Payload marks it `latest`); undefined for collections without versions. */
export async function latestVersionId(req: PayloadRequest, collection: CollectionSlug, id: number | string): Promise<string | undefined> {
  if (!req.payload.collections[collection]?.config.versions) return undefined
  const { docs } = await req.payload.db.findVersions({
    collection,
    limit: 1,
    pagination: false,
    req,
    sort: '-updatedAt',
    where: { and: [{ parent: { equals: id } }, { latest: { equals: true } }] },
  })
  return docs[0] ? String(docs[0].id) : undefined
}
