'use client'
import type { DefaultCellComponentProps } from 'payload'
import React from 'react'

import { FindingStyles } from './admin/findingStyles'

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`

/** List-view badge for `brandStatus`: passes / n errors / n warnings (counts from the stored report when the list has it). */
export const BrandStatusCell: React.FC<DefaultCellComponentProps> = ({ cellData, rowData }) => {
  const report = (rowData as { brandCheck?: { errors?: unknown; warnings?: unknown } | null }).brandCheck
  const errors = typeof report?.errors === 'number' ? report.errors : undefined
  const warnings = typeof report?.warnings === 'number' ? report.warnings : undefined
  const status = typeof cellData === 'string' ? cellData : 'unchecked'
  const text =
    status === 'errors'
      ? errors !== undefined ? plural(errors, 'error') : 'Errors'
      : status === 'warnings'
        ? warnings !== undefined ? plural(warnings, 'warning') : 'Warnings'
        : status === 'passes'
          ? 'Passes'
          : 'Not checked'
  return (
    <>
      <FindingStyles />
      <span className={`carepath-brand-badge carepath-brand-badge--${status}`} data-status={status} data-testid="brand-status-badge">
        {text}
      </span>
    </>
  )
}
