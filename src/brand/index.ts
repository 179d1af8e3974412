/** The brand-guideline engine's public surface, for hooks, resolvers and endpoints. */
export { brandCheckInputSchema, type BrandCheckInput } from './content'
export { brandReportSchema, brandRules, checkContent, type BrandReport, type CheckOptions } from './engine'
export type { BrandRule, RawFinding } from './rule'
export {
  brandGuidelineSettingsSchema,
  defaultBrandSettings,
  findingSchema,
  type BrandGuidelineSettings,
  type Finding,
} from './settings'
