import { brandGuidelineSettingsSchema, defaultBrandSettings, type BrandGuidelineSettings } from '../brand/settings'

type Doc = Record<string, any>

const idOf = (ref: unknown): null | string => {
  if (ref === null || ref === undefined || ref === '') return null
  if (typeof ref === 'object') return idOf((ref as { id?: unknown }).id)
  return String(ref)
}

const withoutEmpty = <T extends Doc>(value: T | null | undefined): Partial<T> =>
  Object.fromEntries(Object.entries(value ?? {}).filter(([, v]) => v !== null && v !== undefined)) as Partial<T>

/**
 * Maps the stored `brandGuidelines` global onto the engine's settings. Unset values take the
 * engine's defaults. `strict` returns the raw mapping for validation instead of falling back.
 */
export function settingsFromGuidelines(doc: Doc, { strict = false } = {}): BrandGuidelineSettings | Doc {
  const raw = {
    claims: {
      ...withoutEmpty(doc.claims),
      ...(Array.isArray(doc.claims?.words) ? { words: doc.claims.words.map((w: Doc) => withoutEmpty({ locale: w.locale, word: w.word })) } : {}),
    },
    medicalReview: withoutEmpty({ maxAgeMonths: doc.medicalReview?.maxAgeMonths }),
    readability: withoutEmpty(doc.readability),
    requiredDisclaimer: Object.fromEntries(Object.entries(doc.disclaimers ?? {}).map(([type, ref]) => [type, idOf(ref)])),
    severity: withoutEmpty(doc.severity),
    structure: withoutEmpty(doc.structure),
    ...(Array.isArray(doc.terminology)
      ? {
          terminology: doc.terminology.map((t: Doc) =>
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
  if (strict) return raw
  const parsed = brandGuidelineSettingsSchema.safeParse(raw)
  return parsed.success ? parsed.data : defaultBrandSettings
}

/** Whether delivery withholds clinical items whose review has lapsed (default: yes). */
export const withholdsLapsedReviews = (doc: Doc): boolean => doc.medicalReview?.withholdLapsed !== false
