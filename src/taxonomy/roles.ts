/** Staff roles. Stored as stable machine values; labels are what editors see. */
export const ROLES = [
  { label: 'Admin', value: 'admin' },
  { label: 'Editor', value: 'editor' },
  { label: 'Medical reviewer', value: 'medicalReviewer' },
  { label: 'Brand manager', value: 'brandManager' },
] as const

export type Role = (typeof ROLES)[number]['value']

export const ROLE_VALUES: readonly Role[] = ROLES.map((r) => r.value)
