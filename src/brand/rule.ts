/** The contract every brand rule implements; the engine adds the rule id and resolved severity. */
import type { BrandCheckInput } from './content'
import type { ReadabilityAnalysis } from './readability'
import type { RuleSettings } from './ruleSettings'
import type { Severity } from './severity'

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

/**
 * Something a rule needs from the guidelines to be able to report anything at all (a snippet to require, a list of
 * terms to look for). The guidelines page warns when a rule that is on lacks one: it would look active and never fire.
 */
export interface RuleNeed {
  /** Pure: whether these settings provide it. */
  met: (settings: RuleSettings) => boolean
  /** What is missing and where to add it, in the brand manager's words. */
  missing: string
}

export interface BrandRule<Id extends string = string> {
  /** Stable machine name: the key of the rule's severity in the guidelines. */
  id: Id
  /** What the brand manager sees next to the rule's severity in the admin. */
  label: string
  description: string
  defaultSeverity: Exclude<Severity, 'off'>
  /** Settings without which the rule can never report anything (none: it can always fire). */
  needs?: readonly RuleNeed[]
  check: (input: BrandCheckInput, settings: RuleSettings, context: RuleContext) => RawFinding[]
}

/** Declares a rule, keeping its id as a literal type so the registry can derive the list of built-in ids. */
export const defineRule = <const Id extends string>(rule: BrandRule<Id>): BrandRule<Id> => rule
