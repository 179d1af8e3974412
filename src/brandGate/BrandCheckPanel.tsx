'use client'
import React from 'react'

import { FindingsList } from './admin/FindingsList'
import { FindingStyles } from './admin/findingStyles'
import { useBrandFindings } from './admin/useBrandFindings'

const round = (n: unknown) => (typeof n === 'number' ? Math.round(n * 10) / 10 : undefined)
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`

/** Sidebar panel, first in the sidebar: score, grades and the same findings list as the banner. */
export const BrandCheckPanel: React.FC = () => {
  const { labelOf, refusal, report } = useBrandFindings()
  if (!report) {
    return (
      <div className="carepath-brand-panel" data-testid="brand-check-panel" data-state="unchecked">
        <FindingStyles />
        <strong>Brand check</strong>
        <p>Save to check this item against the brand guidelines.</p>
      </div>
    )
  }
  const grades = report.readability ?? {}
  const findings = refusal?.findings ?? report.findings
  const state = refusal ? 'refused' : report.errors > 0 ? 'errors' : report.warnings > 0 ? 'warnings' : 'passes'
  return (
    <div className="carepath-brand-panel" data-state={state} data-testid="brand-check-panel">
      <FindingStyles />
      <div className="carepath-brand-panel__head">
        <strong>Brand check</strong>
        <span data-testid="brand-check-score">{report.score}/100</span>
      </div>
      <p>
        {refusal
          ? `Publishing was refused: ${plural(refusal.findings.filter((f) => f.severity === 'error').length, 'error')} to fix.`
          : report.errors > 0
            ? `${plural(report.errors, 'error')} (block publishing), ${plural(report.warnings, 'warning')}.`
            : report.warnings > 0
              ? `Passes, with ${plural(report.warnings, 'warning')}.`
              : 'Passes: nothing to fix.'}
      </p>
      <p>
        {grades.fleschKincaidGrade !== undefined && <>Flesch–Kincaid grade {round(grades.fleschKincaidGrade)}. </>}
        {grades.smogGrade !== undefined && <>SMOG grade {round(grades.smogGrade)}. </>}
        {grades.fernandezHuerta !== undefined && <>Fernández-Huerta {round(grades.fernandezHuerta)}. </>}
      </p>
      {findings.length > 0 && (
        <div className="carepath-brand-panel__list">
          <FindingsList findings={findings} labelOf={labelOf} testId="brand-check-panel-findings" />
        </div>
      )}
      {report.checkedAt && <small>Checked {new Date(report.checkedAt).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' })}</small>}
    </div>
  )
}
