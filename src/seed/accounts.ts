/** Demo staff accounts and API clients. Only ever created by the demo seed, never in production unless asked. */
export const DEMO_PASSWORD = 'carepath-demo'

export const demoUsers = [
  { email: 'admin@carepath.example', name: 'Ada Admin', roles: ['admin'] },
  { email: 'editor@carepath.example', name: 'Eli Editor', roles: ['editor'] },
  // Medical reviewers need credentials: they are recorded with every approval the demo reviewer gives.
  { credentials: 'MD', email: 'reviewer@carepath.example', name: 'Dr. Rosa Reviewer', roles: ['medicalReviewer'] },
  { email: 'brand@carepath.example', name: 'Bea Brand', roles: ['brandManager'] },
] as const

/** The demo medical reviewer: every demo item carries a real approval by this account. */
export const DEMO_REVIEWER_EMAIL = 'reviewer@carepath.example'

/** The demo brand manager: approves the demo programs (they are not clinical; their steps point at reviewed content). */
export const DEMO_BRAND_MANAGER_EMAIL = 'brand@carepath.example'

export const demoApiClients = [
  { apiKey: 'demo-website-key', kind: 'website', name: 'Demo hospital website' },
  { apiKey: 'demo-portal-key', kind: 'portal', name: 'Demo patient portal' },
  { apiKey: 'demo-automation-key', kind: 'automation', name: 'Demo marketing automation' },
] as const
