/**
 * The registry: every built-in rule, in the order the admin lists them. Adding a rule is adding a file here and one
 * line below; the rule ids, default severities and admin labels are all read from the rules themselves.
 */
import type { BrandRule } from '../rule'
import type { Severity } from '../severity'
import { claims } from './claims'
import { exclamations } from './exclamations'
import { imageAlt } from './imageAlt'
import { linkText } from './linkText'
import { medicalReviewFreshness } from './medicalReviewFreshness'
import { metaLength } from './metaLength'
import { readingLevel } from './readingLevel'
import { requiredDisclaimer } from './requiredDisclaimer'
import { summaryLength } from './summaryLength'
import { terminology } from './terminology'
import { titleLength } from './titleLength'
import { videoAccessibility } from './videoAccessibility'

export const brandRules = [
  readingLevel,
  terminology,
  claims,
  requiredDisclaimer,
  titleLength,
  summaryLength,
  metaLength,
  linkText,
  imageAlt,
  videoAccessibility,
  exclamations,
  medicalReviewFreshness,
] as const satisfies readonly BrandRule[]

export type BuiltInRuleId = (typeof brandRules)[number]['id']

/** Rule ids shipped with Carepath; the guidelines' severity map also accepts ids of rules added later. */
export const BUILT_IN_RULE_IDS: readonly BuiltInRuleId[] = brandRules.map((rule) => rule.id)

/** Errors block publishing; warnings are shown to the editor but do not. */
export const DEFAULT_SEVERITIES = Object.fromEntries(brandRules.map((rule) => [rule.id, rule.defaultSeverity])) as Record<BuiltInRuleId, Severity>

export const RULE_LABELS = Object.fromEntries(brandRules.map((rule) => [rule.id, rule.label])) as Record<BuiltInRuleId, string>

/** What editors call a rule ("Required disclaimer"); a rule added later without a label keeps its id. */
export const ruleLabel = (id: string): string => (RULE_LABELS as Record<string, string | undefined>)[id] ?? id
