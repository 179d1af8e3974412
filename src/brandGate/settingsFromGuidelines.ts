import type { BrandGuideline } from '../../payload-types'
import { idOf } from '../utilities/idOf'
import {
  brandGuidelineSettingsSchema,
  defaultBrandSettings,
  type BrandGuidelineSettings,
  type BrandGuidelineSettingsInput,
} from '../brand/settings' // not the engine's index: the guidelines page maps settings in the browser

type Guidelines = Partial<BrandGuideline>

/** A disclaimer snippet's id as the engine's settings hold it; null when none is chosen. */
const snippetId = (ref: unknown): null | string => {
  const id = idOf(ref)
  return id === undefined || id === '' ? null : String(id)
}

const withoutEmpty = <T extends object>(value: T | null | undefined): Partial<T> =>
  Object.fromEntries(Object.entries(value ?? {}).filter(([, v]) => v !== null && v !== undefined)) as Partial<T>

/**
 * The stored `brandGuidelines` global mapped field by field onto the engine's settings input, unset values left out.
 * Validation runs the engine's schema on this to reject settings the engine could not run with.
 */
export function settingsInputFromGuidelines(doc: Guidelines): BrandGuidelineSettingsInput {
  const raw = {
    claims: {
      ...withoutEmpty(doc.claims),
      ...(Array.isArray(doc.claims?.words) ? { words: doc.claims.words.map((w) => withoutEmpty({ locale: w.locale, word: w.word })) } : {}),
    },
    medicalReview: withoutEmpty({ maxAgeMonths: doc.medicalReview?.maxAgeMonths }),
    readability: withoutEmpty(doc.readability),
    requiredDisclaimer: Object.fromEntries(Object.entries(doc.disclaimers ?? {}).map(([type, ref]) => [type, snippetId(ref)])),
    snippetTitles: Object.fromEntries(
      Object.values(doc.disclaimers ?? {}).flatMap((ref) => {
        const title = (ref as { title?: unknown } | null)?.title
        return typeof ref === 'object' && typeof title === 'string' && snippetId(ref) ? [[snippetId(ref)!, title]] : []
      }),
    ),
    severity: withoutEmpty(doc.severity),
    structure: withoutEmpty(doc.structure),
    ...(Array.isArray(doc.terminology)
      ? {
          terminology: doc.terminology.map((t) =>
            withoutEmpty({
              locale: t.locale,
              reason: t.reason,
              replacement: t.replacement,
              term: t.term,
              unlessNextWord: t.unlessNextWord ?? undefined,
              unlessPreviousWord: t.unlessPreviousWord ?? undefined,
            }),
          ),
        }
      : {}),
  }
  return raw as BrandGuidelineSettingsInput
}

/** The engine's settings for the stored guidelines; unset values take the engine's defaults (all of them if invalid). */
export function settingsFromGuidelines(doc: Guidelines): BrandGuidelineSettings {
  const parsed = brandGuidelineSettingsSchema.safeParse(settingsInputFromGuidelines(doc))
  return parsed.success ? parsed.data : defaultBrandSettings
}

/** Whether delivery withholds clinical items whose review has lapsed (default: yes). */
export const withholdsLapsedReviews = (doc: Guidelines): boolean => (doc.medicalReview?.overduePolicy ?? 'withhold') === 'withhold'

/** Whether delivery serves clinical items whose review has lapsed below every current item (the `rankLower` policy). */
export const ranksLapsedReviewsLower = (doc: Guidelines): boolean => doc.medicalReview?.overduePolicy === 'rankLower'
