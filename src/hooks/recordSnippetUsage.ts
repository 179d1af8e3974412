import type { CollectionBeforeChangeHook, CollectionSlug } from 'payload'

import { snippetIdsInLexical } from '../richtext/snippetRefs'
import { keepingRequestLocale } from '../localApi/keepingRequestLocale'

type RichTextHolder = { body?: unknown; transcript?: unknown; variants?: Array<{ body?: unknown }> | null }

const bodiesOf = (doc: RichTextHolder | undefined): unknown[] =>
  doc ? [doc.body, doc.transcript, ...(doc.variants ?? []).map((v) => v.body)] : []

/**
 * Keeps the hidden `snippetRefs` relationship in step with the snippet blocks used in every
 * language of the body, transcript and variants, so snippets can list where they are used (join)
 * and refuse deletion while in use.
 */
export const recordSnippetUsage: CollectionBeforeChangeHook = async ({ collection, data, operation, originalDoc, req }) => {
  const ids = new Set<string>()
  const add = (state: unknown) => snippetIdsInLexical(state).forEach((id) => ids.add(String(id)))
  bodiesOf(data as RichTextHolder).forEach(add)

  // The request carries one language; the other languages' bodies come from the stored document.
  if (operation === 'update' && originalDoc?.id !== undefined && req.payload.config.localization) {
    const current = req.locale ?? req.payload.config.localization.defaultLocale
    const stored = await keepingRequestLocale(req, () =>
      req.payload.findByID({
        collection: collection.slug as CollectionSlug,
        depth: 0,
        draft: true,
        id: originalDoc.id,
        locale: 'all',
        overrideAccess: true,
        req,
      }),
    )
    const perLocale = (value: unknown) =>
      value && typeof value === 'object' ? Object.entries(value as Record<string, unknown>).filter(([l]) => l !== current).map(([, v]) => v) : []
    const doc = stored as { body?: unknown; transcript?: unknown; variants?: Array<{ body?: unknown }> }
    perLocale(doc.body).forEach(add)
    perLocale(doc.transcript).forEach(add)
    for (const variant of doc.variants ?? []) perLocale(variant.body).forEach(add)
  }

  const numeric = req.payload.db.defaultIDType === 'number'
  data.snippetRefs = [...ids].map((id) => (numeric ? Number(id) : id))
  return data
}
