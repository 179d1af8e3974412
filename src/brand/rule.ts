/** The contract every brand rule implements; the engine adds the rule id and resolved severity. */
import type { BrandCheckInput } from './content'
import type { ReadabilityAnalysis } from './readability'
import type { BrandGuidelineSettings, Severity } from './settings'

export interface RawFinding {
  path: string
  /** The offending text, quoted so the editor can find it. */
  text?: string
  message: string
}

export interface RuleContext {
  now: Date
  /** Computed once per check and shared by the readingLevel rule and the report. */
  readability: () => ReadabilityAnalysis
}

export interface BrandRule {
  id: string
  description: string
  defaultSeverity: Exclude<Severity, 'off'>
  check: (input: BrandCheckInput, settings: BrandGuidelineSettings, context: RuleContext) => RawFinding[]
}
