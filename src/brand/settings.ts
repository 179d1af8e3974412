/**
 * The brand guidelines an editor (or admin) configures: the rules' settings plus a severity per rule, as a zod schema
 * with the health system's defaults. `brandGuidelineSettingsSchema.parse({})` yields the complete default set; any
 * subset may be overridden.
 */
import { z } from 'zod'

import { BUILT_IN_RULE_IDS, DEFAULT_SEVERITIES, type BuiltInRuleId } from './rules'
import { ruleSettingsShape } from './ruleSettings'
import { findingSeveritySchema, severitySchema } from './severity'

export * from './ruleSettings'
export { findingSeveritySchema, severitySchema, type Severity } from './severity'
export { BUILT_IN_RULE_IDS, DEFAULT_SEVERITIES, type BuiltInRuleId } from './rules'

/** The registry's rules with their default severities; the map also accepts ids of rules added later. */
const severityMapSchema = z
  .object(
    Object.fromEntries(BUILT_IN_RULE_IDS.map((id) => [id, severitySchema.default(DEFAULT_SEVERITIES[id])])) as {
      [K in BuiltInRuleId]: z.ZodDefault<typeof severitySchema>
    },
  )
  .catchall(severitySchema)

export const brandGuidelineSettingsSchema = z.object({ severity: severityMapSchema.prefault({}), ...ruleSettingsShape })

export type BrandGuidelineSettings = z.infer<typeof brandGuidelineSettingsSchema>
export type BrandGuidelineSettingsInput = z.input<typeof brandGuidelineSettingsSchema>

export const defaultBrandSettings: BrandGuidelineSettings = brandGuidelineSettingsSchema.parse({})

export const findingSchema = z.object({
  rule: z.string(),
  severity: findingSeveritySchema,
  path: z.string(),
  text: z.string().optional(),
  message: z.string(),
})
export type Finding = z.infer<typeof findingSchema>
