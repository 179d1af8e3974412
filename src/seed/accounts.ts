/** Demo staff accounts and API clients. Only ever created by the demo seed, never in production unless asked. */
export const DEMO_PASSWORD = 'carepath-demo'

export const demoUsers = [
  { email: 'admin@carepath.example', name: 'Ada Admin', roles: ['admin'] },
  { email: 'editor@carepath.example', name: 'Eli Editor', roles: ['editor'] },
  { email: 'reviewer@carepath.example', name: 'Dr. Rosa Reviewer', roles: ['medicalReviewer'] },
  { email: 'brand@carepath.example', name: 'Bea Brand', roles: ['brandManager'] },
] as const

export const demoApiClients = [
  { apiKey: 'demo-website-key', kind: 'website', name: 'Demo hospital website' },
  { apiKey: 'demo-portal-key', kind: 'portal', name: 'Demo patient portal' },
  { apiKey: 'demo-automation-key', kind: 'automation', name: 'Demo marketing automation' },
] as const
