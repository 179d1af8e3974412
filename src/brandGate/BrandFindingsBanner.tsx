'use client'
import React from 'react'

import { FindingsList } from './admin/FindingsList'
import { FindingStyles } from './admin/findingStyles'
import { useBrandFindings } from './admin/useBrandFindings'

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`

/**
 * Top of the edit form: what stands between this item and publishing. After a refused publish, the findings of that
 * attempt; otherwise the findings of the last save. Stays until the next save; each finding leads to its field.
 */
export const BrandFindingsBanner: React.FC = () => {
  const { labelOf, refusal, report } = useBrandFindings()

  if (refusal) {
    const errors = refusal.findings.filter((f) => f.severity === 'error').length
    return (
      <section aria-live="polite" className="carepath-brand-banner carepath-brand-banner--refused" data-testid="brand-findings-banner" data-state="refused" role="alert">
        <FindingStyles />
        <h3 className="carepath-brand-banner__title">Publishing was refused</h3>
        <p className="carepath-brand-banner__intro">
          Fix {count(errors, 'error', 'errors')} below, save, and publish again. Click a finding to go to its field.
        </p>
        <FindingsList findings={refusal.findings} labelOf={labelOf} />
      </section>
    )
  }

  if (!report || report.findings.length === 0) return null
  const state = report.errors > 0 ? 'errors' : 'warnings'
  return (
    <section className={`carepath-brand-banner carepath-brand-banner--${state}`} data-state={state} data-testid="brand-findings-banner">
      <FindingStyles />
      <h3 className="carepath-brand-banner__title">
        {report.errors > 0
          ? `Brand check: ${count(report.errors, 'error blocks', 'errors block')} publishing`
          : `Brand check: ${count(report.warnings, 'warning', 'warnings')}`}
      </h3>
      <p className="carepath-brand-banner__intro">
        From the last save{report.warnings > 0 && report.errors > 0 ? ` (and ${count(report.warnings, 'warning', 'warnings')})` : ''}. Click a finding to go to its field.
      </p>
      <FindingsList findings={report.findings} labelOf={labelOf} />
    </section>
  )
}
