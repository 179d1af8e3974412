'use client'
import { useAllFormFields } from '@payloadcms/ui'
import { reduceFieldsToValues } from 'payload/shared'
import React, { useMemo } from 'react'

import { idleRules } from '../brand/guidelineHealth'
import { brandGuidelineSettingsSchema } from '../brand/settings'
import { FindingStyles } from './admin/findingStyles'
import { settingsInputFromGuidelines } from './settingsFromGuidelines'

/**
 * Top of the brand guidelines page: rules that are switched on but, with the settings as they stand in the form,
 * can never report anything (a required disclaimer with no snippet chosen, an empty banned-term list). Updates as
 * the brand manager edits; settings the engine would reject are reported by validation on save instead.
 */
export const GuidelineWarnings: React.FC = () => {
  const [fields] = useAllFormFields()
  const idle = useMemo(() => {
    const parsed = brandGuidelineSettingsSchema.safeParse(settingsInputFromGuidelines(reduceFieldsToValues(fields, true)))
    return parsed.success ? idleRules(parsed.data) : []
  }, [fields])
  if (idle.length === 0) return null
  return (
    <section className="carepath-guideline-warnings" data-testid="guideline-warnings" role="status">
      <FindingStyles />
      <strong>
        {idle.length === 1 ? 'A rule that is on can never fire' : `${idle.length} rules that are on can never fire`}
      </strong>
      <ul>
        {idle.map((rule) => (
          <li data-rule={rule.rule} data-severity={rule.severity} data-testid="guideline-warning" key={rule.rule}>
            {rule.message}
          </li>
        ))}
      </ul>
    </section>
  )
}
