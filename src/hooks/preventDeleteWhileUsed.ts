import type { CollectionBeforeDeleteHook, CollectionSlug, Where } from 'payload'
import { ValidationError } from 'payload'

import { CONTENT_TYPES } from '../taxonomy/contentTypes'

/** Where a taxonomy document is referenced, as `(content type, field path)` pairs to search. */
export type UsagePaths = readonly string[]

/**
 * Refuses to delete a segment/snippet/condition that content still uses, listing where it is used,
 * so editors reassign first and no item silently loses its targeting or text.
 */
export const preventDeleteWhileUsed =
  (what: string, paths: UsagePaths): CollectionBeforeDeleteHook =>
  async ({ collection, id, req }) => {
    const uses: string[] = []
    let total = 0
    for (const type of CONTENT_TYPES) {
      const where: Where = { or: paths.map((field) => ({ [field]: { in: [id] } })) }
      const found = await req.payload.find({
        collection: type as CollectionSlug,
        depth: 0,
        draft: true,
        limit: 5,
        overrideAccess: true,
        req,
        select: { title: true } as Record<string, true>,
        where,
      })
      total += found.totalDocs
      for (const doc of found.docs as Array<{ id: number | string; title?: string }>) {
        uses.push(`${type} "${doc.title ?? doc.id}"`)
      }
    }
    if (total > 0) {
      const more = total > uses.length ? ` and ${total - uses.length} more` : ''
      throw new ValidationError({
        collection: collection.slug,
        errors: [
          {
            message: `This ${what} is used by ${total} item${total === 1 ? '' : 's'} (${uses.join(', ')}${more}). Reassign or remove it from them before deleting.`,
            path: 'id',
          },
        ],
      })
    }
  }
