/** The brand check summed up for list views: one of three states, sortable and filterable without reading the report. */

export const BRAND_STATUSES = [
  { label: 'Errors', value: 'errors' },
  { label: 'Warnings', value: 'warnings' },
  { label: 'Passes', value: 'passes' },
] as const

export type BrandStatus = (typeof BRAND_STATUSES)[number]['value']

/** Errors block publishing, so they win over warnings; no findings at all passes. */
export const brandStatusOf = ({ errors, warnings }: { errors: number; warnings: number }): BrandStatus =>
  errors > 0 ? 'errors' : warnings > 0 ? 'warnings' : 'passes'
