'use client'
import { useLocale } from '@payloadcms/ui'
import type { DefaultCellComponentProps } from 'payload'
import React from 'react'

import { useIntegrity } from './useIntegrity'

/** List-view badge: how many of the program's steps are broken (from the integrity endpoint; "—" where it has none). */
export const BrokenStepsCell: React.FC<DefaultCellComponentProps> = ({ rowData }) => {
  const locale = useLocale()
  const { report, state } = useIntegrity((rowData as { id?: number | string }).id, locale.code)
  if (state === 'loading') return <span data-testid="broken-steps-badge">…</span>
  if (!report) return <span data-testid="broken-steps-badge" title="Step statuses are not available">—</span>
  const broken = report.broken
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
