import type { CollectionBeforeChangeHook, PayloadRequest, SanitizedCollectionConfig } from 'payload'

import { brandStatusOf, type BrandGuidelineSettings, type Finding } from '../brand'
import { checkContentOffThread } from './brandWorkerPool'
import { BrandCheckFailed } from './BrandCheckFailed'
import { buildCheckInput } from './buildCheckInput'
import { loadBrandSettings } from './loadBrandSettings'
import type { ContentType } from '../taxonomy/contentTypes'
import type { ContentDocument } from '../localApi/contentDocuments'
import { keepingRequestLocale } from '../localApi/keepingRequestLocale'
import { asLocale, LOCALE_NAMES, LOCALES, type Locale } from '../taxonomy/locales'

/**
 * The publish gate. Every save stores the brand report for the language being saved (`brandCheck`) and its summary
 * for list views (`brandStatus`), so drafts always save and editors see what to fix; a save that publishes (directly
 * or by a scheduled-publish job) is refused while any finding has severity `error`, in the language being saved or in
 * any other language the item is written in (a publish makes them all live).
 * `req.context.brandGate = 'record-only'` (server code only, e.g. the demo seed) stores without refusing.
 */
export const checkBrandGuidelines: CollectionBeforeChangeHook<ContentDocument> = async ({ collection, data, originalDoc, req }) => {
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

  if (data._status !== 'published' || req.context.brandGate === 'record-only') return data
  // Publishing makes every language live: the other languages' text (as last saved) must pass too.
  const others = originalDoc ? await otherLanguageFindings(req, collection, data, originalDoc.id, locale, settings) : []
  const findings = [...report.findings, ...others]
  if (findings.some((f) => f.severity === 'error')) throw new BrandCheckFailed(findings)
  return data
}

/** The errors in each other language's saved text, each message led by the language's name. */
async function otherLanguageFindings(
  req: PayloadRequest,
  collection: SanitizedCollectionConfig,
  data: Partial<ContentDocument>,
  id: number | string,
  current: Locale,
  settings: BrandGuidelineSettings,
): Promise<Finding[]> {
  const type = collection.slug as ContentType
  // That language's own text as saved; everything shared by all languages (review date, images…) as this save has it.
  const localized = collection.flattenedFields.filter((f) => 'localized' in f && f.localized && 'name' in f).map((f) => f.name)
  const findings: Finding[] = []
  for (const locale of LOCALES.filter((l) => l !== current)) {
    // The Local API sets the request's locale to the one it reads: this save must stay in its own language.
    const saved = (await keepingRequestLocale(req, () => req.payload.findByID({ collection: type, depth: 0, draft: true, fallbackLocale: false, id, locale, overrideAccess: true, req }))) as unknown as Record<string, unknown>
    const doc = { ...data, ...Object.fromEntries(localized.map((name) => [name, saved[name]])) } as Partial<ContentDocument>
    const input = await buildCheckInput(req, type, doc, locale)
    if (input.texts.length === 0) continue // not written in this language
    const { findings: found } = await checkContentOffThread(input, settings)
    findings.push(...found.filter((f) => f.severity === 'error').map((f) => ({ ...f, message: `${LOCALE_NAMES[locale]}: ${f.message}` })))
  }
  return findings
}
