import type { CollectionBeforeChangeHook, FieldHook, PayloadRequest, SanitizedCollectionConfig } from 'payload'

import { brandStatusOf, type BrandGuidelineSettings, type BrandReport, type BrandStatus } from '../brand'
import { checkContentOffThread } from './brandWorkerPool'
import { BrandCheckFailed } from './BrandCheckFailed'
import { buildCheckInput } from './buildCheckInput'
import { loadBrandSettings } from './loadBrandSettings'
import type { ContentType } from '../taxonomy/contentTypes'
import type { ContentDocument } from '../localApi/contentDocuments'
import { keepingRequestLocale } from '../localApi/keepingRequestLocale'
import { asLocale, LOCALE_NAMES, LOCALES, type Locale } from '../taxonomy/locales'

/** A language's stored report and its list summary; null for both when the item has no text in that language. */
interface StoredReport {
  brandCheck: (BrandReport & { checkedAt: string; locale: Locale }) | null
  brandStatus: BrandStatus | null
}

/** The other languages' reports of the save in progress, from the collection hook to the field hooks that store them. */
const OTHER_LANGUAGES = 'brandReportsOfOtherLanguages'
const saveKey = (collection: string, id: unknown) => `${collection}:${String(id)}`
const otherLanguagesOf = (req: PayloadRequest): Map<string, Partial<Record<Locale, StoredReport>>> =>
  ((req.context[OTHER_LANGUAGES] as Map<string, Partial<Record<Locale, StoredReport>>> | undefined) ??= new Map())

const stored = (report: BrandReport, locale: Locale): StoredReport => ({
  brandCheck: { ...report, checkedAt: new Date().toISOString(), locale },
  brandStatus: brandStatusOf(report),
})

/**
 * The publish gate. Every save stores the brand report (`brandCheck`) and its summary for list views (`brandStatus`)
 * of every language the item is written in (the languages share the review date, images, captions…, so a save in one
 * can change another's findings); drafts always save and editors see what to fix in either language. A save that
 * publishes (directly or by a scheduled-publish job) is refused while any finding has severity `error`, in the
 * language being saved or in any other language the item is written in (a publish makes them all live).
 * `req.context.brandGate = 'record-only'` (server code only, e.g. the demo seed) stores without refusing.
 */
export const checkBrandGuidelines: CollectionBeforeChangeHook<ContentDocument> = async ({ collection, data, operation, originalDoc, req }) => {
  const locale = asLocale(req.locale)
  const settings = await loadBrandSettings(req)
  // A new item has only the language it is created in.
  const id = operation === 'update' ? originalDoc?.id : undefined
  const others = id === undefined ? {} : await otherLanguageReports(req, collection, data, id, locale, settings)
  if (id !== undefined) otherLanguagesOf(req).set(saveKey(collection.slug, id), others)
  const input = await buildCheckInput(req, collection.slug as ContentType, data, locale)
  // No text at all in this language (a Spanish-only item saved in English, e.g. by a review act): nothing to report
  // or list. A publish is always checked.
  if (input.texts.length === 0 && data._status !== 'published') {
    data.brandCheck = null
    data.brandStatus = null
    return data
  }
  const report = await checkContentOffThread(input, settings)
  Object.assign(data, stored(report, locale))

  if (data._status !== 'published' || req.context.brandGate === 'record-only') return data
  // Publishing makes every language live: the other languages' text (as last saved) must pass too.
  const otherErrors = Object.entries(others).flatMap(([other, { brandCheck }]) =>
    (brandCheck?.findings ?? []).filter((f) => f.severity === 'error').map((f) => ({ ...f, message: `${LOCALE_NAMES[other as Locale]}: ${f.message}` })),
  )
  const findings = [...report.findings, ...otherErrors]
  if (findings.some((f) => f.severity === 'error')) throw new BrandCheckFailed(findings)
  return data
}

/**
 * Field hook of `brandCheck` and `brandStatus`: stores the other languages' values the gate computed for this save.
 * Payload writes a localized field's other languages from the stored document (`siblingDocWithLocales`) after the field
 * hooks, so they are set there; the language being saved keeps the gate's value.
 */
export const storeOtherLanguages = (field: keyof StoredReport): FieldHook => ({ collection, operation, originalDoc, req, siblingDocWithLocales }) => {
  if (!collection || operation !== 'update' || originalDoc?.id === undefined || !siblingDocWithLocales) return undefined
  const others = otherLanguagesOf(req).get(saveKey(collection.slug, originalDoc.id))
  if (!others) return undefined
  const current = siblingDocWithLocales[field]
  siblingDocWithLocales[field] = {
    ...(current && typeof current === 'object' && !Array.isArray(current) && !('findings' in current) ? current : {}),
    ...Object.fromEntries(Object.entries(others).map(([locale, report]) => [locale, report[field]])),
  }
  return undefined
}

/** Each other language's report: its own text as saved, everything shared by all languages as this save has it. */
async function otherLanguageReports(
  req: PayloadRequest,
  collection: SanitizedCollectionConfig,
  data: Partial<ContentDocument>,
  id: number | string,
  current: Locale,
  settings: BrandGuidelineSettings,
): Promise<Partial<Record<Locale, StoredReport>>> {
  const type = collection.slug as ContentType
  const localized = collection.flattenedFields.filter((f) => 'localized' in f && f.localized && 'name' in f).map((f) => f.name)
  const reports: Partial<Record<Locale, StoredReport>> = {}
  for (const locale of LOCALES.filter((l) => l !== current)) {
    // The Local API sets the request's locale to the one it reads: this save must stay in its own language.
    const saved = (await keepingRequestLocale(req, () => req.payload.findByID({ collection: type, depth: 0, draft: true, fallbackLocale: false, id, locale, overrideAccess: true, req }))) as unknown as Record<string, unknown>
    const doc = { ...data, ...Object.fromEntries(localized.map((name) => [name, saved[name]])) } as Partial<ContentDocument>
    const input = await buildCheckInput(req, type, doc, locale)
    reports[locale] = input.texts.length === 0 ? { brandCheck: null, brandStatus: null } : stored(await checkContentOffThread(input, settings), locale)
  }
  return reports
}
