'use client'
import type { DefaultCellComponentProps } from 'payload'
import React from 'react'

/**
 * List-view badge: how many of the program's steps are broken, from the virtual `brokenSteps` count the list read
 * (checked against this instance's delivery store in the language listed); "—" where it could not be counted.
 */
export const BrokenStepsCell: React.FC<DefaultCellComponentProps> = ({ cellData }) => {
  if (typeof cellData !== 'number') return <span data-testid="broken-steps-badge" title="Step statuses are not available">—</span>
  const broken = cellData
  return (
    <span
      data-broken={broken}
      data-testid="broken-steps-badge"
      style={{
        background: broken ? 'var(--theme-error-100)' : 'var(--theme-success-100)',
        borderRadius: 3,
        color: broken ? 'var(--theme-error-800)' : 'var(--theme-success-800)',
        padding: '1px 6px',
        whiteSpace: 'nowrap',
      }}
    >
      {broken ? `${broken} broken step${broken === 1 ? '' : 's'}` : 'All steps OK'}
    </span>
  )
}
