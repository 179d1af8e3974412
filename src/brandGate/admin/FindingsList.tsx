'use client'
import React from 'react'

import { describeFindingPlace, findingPlace } from '../../brand/findingPlace'
import type { Finding } from '../../brand/settings'
import { revealFinding } from './revealFinding'

export interface FindingsListProps {
  findings: readonly Finding[]
  /** The edit form's label for a field's schema path (see fieldLabelLookup). */
  labelOf: (schemaPath: string) => string | undefined
  testId?: string
}

const SEVERITY_LABEL = { error: 'Error', warning: 'Warning' } as const

/** Errors first (they block publishing), each group in the engine's order. */
const bySeverity = (findings: readonly Finding[]) => [...findings.filter((f) => f.severity === 'error'), ...findings.filter((f) => f.severity !== 'error')]

/** The one rendering of brand findings (banner and sidebar panel): where, in the form's words, and what to do; a click shows the place. */
export const FindingsList: React.FC<FindingsListProps> = ({ findings, labelOf, testId = 'brand-findings' }) => (
  <ul className="carepath-findings" data-testid={testId}>
    {bySeverity(findings).map((finding, index) => {
      const place = findingPlace(finding.path)
      const where = describeFindingPlace(place, labelOf)
      return (
        <li
          className={`carepath-findings__item carepath-findings__item--${finding.severity}`}
          data-path={finding.path}
          data-rule={finding.rule}
          data-severity={finding.severity}
          data-testid="brand-finding"
          key={`${finding.rule}|${finding.path}|${index}`}
        >
          <button className="carepath-findings__link" onClick={() => revealFinding(place)} title={`Show ${where}`} type="button">
            <span className="carepath-findings__severity">{SEVERITY_LABEL[finding.severity]}</span>
            <span className="carepath-findings__where">{where}</span>
            <span className="carepath-findings__message">{finding.message}</span>
          </button>
        </li>
      )
    })}
  </ul>
)
