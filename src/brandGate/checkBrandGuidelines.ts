import type { CollectionBeforeChangeHook } from 'payload'

import { brandStatusOf } from '../brand'
import { checkContentOffThread } from './brandWorkerPool'
import { BrandCheckFailed } from './BrandCheckFailed'
import { buildCheckInput } from './buildCheckInput'
import { loadBrandSettings } from './loadBrandSettings'
import type { ContentType } from '../taxonomy/contentTypes'
import type { ContentDocument } from '../localApi/contentDocuments'
import { asLocale } from '../taxonomy/locales'

/**
 * The publish gate. Every save stores the brand report for the language being saved (`brandCheck`) and its summary
 * for list views (`brandStatus`), so drafts always save and editors see what to fix; a save that publishes (directly
 * or by a scheduled-publish job) is refused while any finding has severity `error`.
 * `req.context.brandGate = 'record-only'` (server code only, e.g. the demo seed) stores without refusing.
 */
export const checkBrandGuidelines: CollectionBeforeChangeHook<ContentDocument> = async ({ collection, data, req }) => {
  const locale = asLocale(req.locale)
  const input = await buildCheckInput(req, collection.slug as ContentType, data, locale)
  // No text at all in this language (a Spanish-only item saved in English, e.g. by a review act): nothing to report
  // or list. A publish is always checked.
  if (input.texts.length === 0 && data._status !== 'published') {
    data.brandCheck = null
    data.brandStatus = null
    return data
  }
  const settings = await loadBrandSettings(req)
  const report = await checkContentOffThread(input, settings)
  data.brandCheck = { ...report, checkedAt: new Date().toISOString(), locale }
  data.brandStatus = brandStatusOf(report)

  if (data._status === 'published' && !report.passes && req.context.brandGate !== 'record-only') {
    throw new BrandCheckFailed(report.findings)
  }
  return data
}
