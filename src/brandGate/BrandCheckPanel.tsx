'use client'
import { useFormFields } from '@payloadcms/ui'
import React from 'react'

type Finding = { message: string; path: string; rule: string; severity: 'error' | 'warning' }
type Report = {
  checkedAt?: string
  errors: number
  findings: Finding[]
  readability?: Record<string, number | string | undefined>
  score: number
  warnings: number
}

const round = (n: unknown) => (typeof n === 'number' ? Math.round(n * 10) / 10 : undefined)

/** Sidebar panel: the brand report stored on the last save of this language. */
export const BrandCheckPanel: React.FC = () => {
  const report = useFormFields(([fields]) => fields.brandCheck?.value) as Report | null | undefined
  const style = { border: '1px solid var(--theme-elevation-150)', borderRadius: 4, marginBottom: 'var(--base)', padding: 'calc(var(--base) / 2)' }
  if (!report || !Array.isArray(report.findings)) {
    return (
      <div style={style}>
        <strong>Brand check</strong>
        <p>Save to check this item against the brand guidelines.</p>
      </div>
    )
  }
  const grades = report.readability ?? {}
  return (
    <div style={style} data-testid="brand-check-panel">
      <strong>Brand check: {report.score}/100</strong>
      <p>
        {report.errors} error{report.errors === 1 ? '' : 's'} (block publishing), {report.warnings} warning{report.warnings === 1 ? '' : 's'}
      </p>
      <p>
        {grades.fleschKincaidGrade !== undefined && <>Flesch–Kincaid grade {round(grades.fleschKincaidGrade)}. </>}
        {grades.smogGrade !== undefined && <>SMOG grade {round(grades.smogGrade)}. </>}
        {grades.fernandezHuerta !== undefined && <>Fernández-Huerta {round(grades.fernandezHuerta)}. </>}
      </p>
      <ul style={{ margin: 0, paddingLeft: '1.2em' }}>
        {report.findings.map((f, i) => (
          <li key={`${f.rule}-${i}`} style={{ color: f.severity === 'error' ? 'var(--theme-error-500)' : 'inherit' }}>
            <strong>{f.severity === 'error' ? 'Error' : 'Warning'}</strong> in <code>{f.path}</code>: {f.message}
          </li>
        ))}
      </ul>
      {report.checkedAt && <small>Checked {new Date(report.checkedAt).toLocaleString()}</small>}
    </div>
  )
}
