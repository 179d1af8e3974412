/** The brand-guideline engine's public face: the Payload glue (src/brandGate, src/globals) imports the engine only from here. */
export * from './content'
export { brandCheckRequestSchema, MAX_CHECK_TEXT_CHARACTERS, MAX_CHECK_TOTAL_CHARACTERS } from './checkLimits'
export { brandReportSchema, brandScore, checkContent, type BrandReport, type CheckOptions } from './engine'
export type { BrandRule, RawFinding, RuleContext, RuleNeed } from './rule'
export { idleRules, type IdleRule } from './guidelineHealth'
export { findingPlace, describeFindingPlace, type FindingPlace } from './findingPlace'
export { brandRules, RULE_LABELS } from './rules'
export * from './settings'
