/**
 * Rules that are switched on but can never report anything with the current guidelines (a required disclaimer with no
 * snippet chosen, an empty banned-term list). Derived from what each rule declares it needs (`BrandRule.needs`). Pure.
 */
import type { BrandRule } from './rule'
import { brandRules } from './rules'
import type { BrandGuidelineSettings } from './settings'

export interface IdleRule {
  rule: string
  label: string
  severity: 'error' | 'warning'
  /** Each unmet need, in the brand manager's words. */
  missing: string[]
  /** One sentence for the guidelines page. */
  message: string
}

const SEVERITY_NAMES = { error: 'Error', warning: 'Warning' } as const

export function idleRules(settings: BrandGuidelineSettings, rules: readonly BrandRule[] = brandRules): IdleRule[] {
  const idle: IdleRule[] = []
  for (const rule of rules) {
    const severity = settings.severity[rule.id] ?? rule.defaultSeverity
    if (severity === 'off') continue
    const missing = (rule.needs ?? []).filter((need) => !need.met(settings)).map((need) => need.missing)
    if (missing.length === 0) continue
    idle.push({
      label: rule.label,
      message: `"${rule.label}" is set to ${SEVERITY_NAMES[severity]} but can never report anything: ${missing.join('; and ')}.`,
      missing,
      rule: rule.id,
      severity,
    })
  }
  // Errors first: a rule meant to block publishing that blocks nothing is the costlier surprise.
  return idle.sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1))
}
