/**
 * Runs every registered brand rule over plain content and scores the result. Pure: no Payload imports,
 * so the publish gate, the `checkContent` GraphQL query and the REST endpoint all share this one core.
 */
import { z } from 'zod'

import type { BrandCheckInput } from './content'
import { analyzeReadability, type ReadabilityAnalysis } from './readability'
import type { BrandRule, RuleContext } from './rule'
import { brandRules } from './rules'

export { brandRules }
import { defaultBrandSettings, findingSchema, type BrandGuidelineSettings, type Finding } from './settings'
import { LOCALES } from '../taxonomy/locales'

export const readabilityReportSchema = z.object({
  locale: z.enum(LOCALES),
  fleschKincaidGrade: z.number().optional(),
  smogGrade: z.number().optional(),
  fernandezHuerta: z.number().optional(),
  szigrisztPazos: z.number().optional(),
  gradeUsed: z.number().optional(),
  formulaUsed: z.enum(['smog', 'fleschKincaid', 'fernandezHuerta']),
  words: z.number().int().min(0),
  sentences: z.number().int().min(0),
  syllables: z.number().int().min(0),
  polysyllables: z.number().int().min(0),
})

export const brandReportSchema = z.object({
  findings: z.array(findingSchema),
  errors: z.number().int().min(0),
  warnings: z.number().int().min(0),
  score: z.number().int().min(0).max(100),
  passes: z.boolean(),
  readability: readabilityReportSchema,
})
export type BrandReport = z.infer<typeof brandReportSchema>

export interface CheckOptions {
  /** "Today" for review freshness; tests and previews pass a fixed date. */
  now?: Date
  /** Defaults to the built-in registry; lets a caller run a subset or an extra rule. */
  rules?: readonly BrandRule[]
}

export const ERROR_PENALTY = 10
export const WARNING_PENALTY = 3

/** Score = 100 − 10 per error − 3 per warning, floored at 0: a quick gauge, while `passes` is the gate. */
export const brandScore = (errors: number, warnings: number): number =>
  Math.max(0, 100 - ERROR_PENALTY * errors - WARNING_PENALTY * warnings)

export function checkContent(
  input: BrandCheckInput,
  settings: BrandGuidelineSettings = defaultBrandSettings,
  { now = new Date(), rules = brandRules }: CheckOptions = {},
): BrandReport {
  let analysis: ReadabilityAnalysis | undefined
  const readability = () => (analysis ??= analyzeReadability(input, settings.readability.formula))
  const context: RuleContext = { now, readability }

  const findings: Finding[] = []
  const seen = new Set<string>()
  for (const rule of rules) {
    const severity = settings.severity[rule.id] ?? rule.defaultSeverity
    if (severity === 'off') continue
    for (const raw of rule.check(input, settings, context)) {
      // One finding per rule, place and message: the same banned term twice in a paragraph is one fix.
      const key = `${rule.id}\u0000${raw.path}\u0000${raw.message}`
      if (seen.has(key)) continue
      seen.add(key)
      findings.push({ rule: rule.id, severity, ...raw })
    }
  }

  const errors = findings.filter((f) => f.severity === 'error').length
  const warnings = findings.length - errors
  return {
    findings,
    errors,
    warnings,
    score: brandScore(errors, warnings),
    passes: errors === 0,
    readability: withoutUndefined(readability().report),
  }
}

const withoutUndefined = <T extends object>(value: T): T =>
  Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T
