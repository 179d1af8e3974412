/**
 * What the brand rules read from the guidelines (everything but the per-rule severities), as a zod schema with the
 * health system's defaults. `ruleSettingsSchema.parse({})` yields the complete default set.
 */
import { z } from 'zod'

import { DEFAULT_MAX_REVIEW_AGE_MONTHS } from '../clinical/reviewDue'
import { LOCALES } from '../taxonomy/locales'

export const termLocaleSchema = z.enum([...LOCALES, 'all'])

export const bannedTermSchema = z.object({
  term: z.string().trim().min(1),
  replacement: z.string().trim().min(1),
  reason: z.string().trim().min(1),
  locale: termLocaleSchema.default('all'),
  /** Not flagged when the next word is one of these (adjective use: "diabetic diet"). */
  unlessNextWord: z.array(z.string()).default([]),
  /** Not flagged when the previous word is one of these (Spanish adjective use: "pie diabético"). */
  unlessPreviousWord: z.array(z.string()).default([]),
})
export type BannedTerm = z.infer<typeof bannedTermSchema>

// Nouns that "diabetic" may modify as an adjective in established clinical usage.
const DIABETIC_ADJECTIVE_NOUNS = [
  'coma', 'diet', 'diets', 'educator', 'educators', 'emergency', 'emergencies', 'eye', 'eyes', 'foot', 'feet',
  'ketoacidosis', 'macular', 'meal', 'meals', 'medication', 'medications', 'medicine', 'medicines',
  'nephropathy', 'neuropathy', 'retinopathy', 'shoe', 'shoes', 'sock', 'socks', 'supplies', 'ulcer', 'ulcers',
  'wound', 'wounds',
]
// Spanish clinical nouns that "diabético/a" follows as an adjective ("pie diabético", "retinopatía diabética").
const DIABETICO_CLINICAL_NOUNS = [
  'cetoacidosis', 'coma', 'nefropatía', 'neuropatía', 'pie', 'pies', 'retinopatía', 'úlcera', 'úlceras',
]

export const DEFAULT_BANNED_TERMS: z.input<typeof bannedTermSchema>[] = [
  { term: 'sugar diabetes', replacement: 'diabetes', reason: 'outdated term', locale: 'en' },
  { term: 'diabetics', replacement: 'people with diabetes', reason: 'person-first language', locale: 'en' },
  {
    term: 'diabetic',
    replacement: 'person with diabetes',
    reason: 'person-first language; "diabetic" is fine only as an adjective such as "diabetic diet"',
    locale: 'en',
    unlessNextWord: DIABETIC_ADJECTIVE_NOUNS,
  },
  { term: 'victim', replacement: 'person who had', reason: 'person-first language', locale: 'en' },
  { term: 'victims', replacement: 'people who had', reason: 'person-first language', locale: 'en' },
  { term: 'suffers from', replacement: 'lives with', reason: 'neutral language; "has" also works', locale: 'en' },
  { term: 'suffer from', replacement: 'live with', reason: 'neutral language; "have" also works', locale: 'en' },
  { term: 'suffering from', replacement: 'living with', reason: 'neutral language; "has" also works', locale: 'en' },
  { term: 'non-compliant', replacement: 'not following the care plan', reason: 'blaming language', locale: 'en' },
  { term: 'noncompliance', replacement: 'not following the care plan', reason: 'blaming language', locale: 'en' },
  { term: 'azúcar en la sangre alta', replacement: 'nivel alto de glucosa', reason: 'plain, accurate term', locale: 'es' },
  { term: 'diabéticos', replacement: 'personas con diabetes', reason: 'lenguaje centrado en la persona', locale: 'es' },
  { term: 'diabéticas', replacement: 'personas con diabetes', reason: 'lenguaje centrado en la persona', locale: 'es' },
  {
    term: 'diabético',
    replacement: 'persona con diabetes',
    reason: 'lenguaje centrado en la persona',
    locale: 'es',
    unlessPreviousWord: DIABETICO_CLINICAL_NOUNS,
  },
  {
    term: 'diabética',
    replacement: 'persona con diabetes',
    reason: 'lenguaje centrado en la persona',
    locale: 'es',
    unlessPreviousWord: DIABETICO_CLINICAL_NOUNS,
  },
  { term: 'sufre de', replacement: 'vive con', reason: 'lenguaje neutral; "tiene" también sirve', locale: 'es' },
  { term: 'víctima', replacement: 'persona que tuvo', reason: 'lenguaje centrado en la persona', locale: 'es' },
]

export const claimWordSchema = z.object({ word: z.string().trim().min(1), locale: termLocaleSchema.default('all') })

export const DEFAULT_CLAIM_WORDS: z.input<typeof claimWordSchema>[] = [
  { word: 'cure', locale: 'en' },
  { word: 'cures', locale: 'en' },
  { word: 'guaranteed', locale: 'en' },
  { word: 'guarantee', locale: 'en' },
  { word: 'miracle', locale: 'en' },
  { word: 'best', locale: 'en' },
  { word: '100%', locale: 'all' },
  { word: 'cura', locale: 'es' },
  { word: 'garantizado', locale: 'es' },
  { word: 'garantizada', locale: 'es' },
  { word: 'milagro', locale: 'es' },
  { word: 'milagroso', locale: 'es' },
  { word: 'el mejor', locale: 'es' },
  { word: 'la mejor', locale: 'es' },
]

/** WCAG 2.4.4: link text must say where the link goes, on its own. */
export const DEFAULT_BANNED_LINK_TEXTS = [
  'click here', 'read more', 'here', 'more', 'link', 'this link', 'learn more',
  'haga clic aquí', 'haz clic aquí', 'clic aquí', 'aquí', 'más', 'leer más', 'enlace',
]

const disclaimerSchema = z.string().trim().min(1).nullable().default(null)

export const ruleSettingsShape = {
  readability: z
    .object({
      maxGrade: z.number().min(1).max(20).default(8),
      formula: z.enum(['smog', 'fleschKincaid']).default('smog'),
      // Grade formulas are noise on a couple of sentences; below this many words the rule stays quiet.
      minWords: z.number().int().min(0).default(30),
    })
    .prefault({}),
  terminology: z.array(bannedTermSchema).prefault(DEFAULT_BANNED_TERMS),
  claims: z
    .object({
      words: z.array(claimWordSchema).prefault(DEFAULT_CLAIM_WORDS),
      minCitations: z.number().int().min(0).default(1),
    })
    .prefault({}),
  /** Snippet id (Snippets collection) that every item of this content type must include. */
  requiredDisclaimer: z
    .object({
      articles: disclaimerSchema,
      pamphlets: disclaimerSchema,
      videos: disclaimerSchema,
      events: disclaimerSchema,
    })
    .prefault({}),
  /** Snippet titles by id, when the guidelines were read with them: messages name the disclaimer instead of its id. */
  snippetTitles: z.record(z.string(), z.string()).default({}),
  structure: z
    .object({
      titleMaxLength: z.number().int().min(1).default(70),
      summaryMaxLength: z.number().int().min(1).default(300),
      bannedLinkTexts: z.array(z.string()).default(DEFAULT_BANNED_LINK_TEXTS),
      maxExclamations: z.number().int().min(0).default(1),
    })
    .prefault({}),
  medicalReview: z.object({ maxAgeMonths: z.number().int().min(1).default(DEFAULT_MAX_REVIEW_AGE_MONTHS) }).prefault({}),
}

export const ruleSettingsSchema = z.object(ruleSettingsShape)
export type RuleSettings = z.infer<typeof ruleSettingsSchema>
