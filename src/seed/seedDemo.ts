import type { Payload } from 'payload'

import { DEMO_PASSWORD, demoApiClients, demoUsers } from './accounts'
import { seedDemoContent } from './seedDemoContent'
import { seedDemoPrograms } from './seedDemoPrograms'
import { seedQueryPresets } from './seedQueryPresets'

export type SeedResult = { seeded: false; reason: string } | { seeded: true; counts: Record<string, number> }

/**
 * Loads demo accounts and content into an EMPTY database. Anything already there means a real
 * deployment (or an earlier seed): nothing is added, changed or removed.
 */
export async function seedDemo(payload: Payload): Promise<SeedResult> {
  const [users, articles] = await Promise.all([
    payload.count({ collection: 'users', overrideAccess: true }),
    payload.count({ collection: 'articles', overrideAccess: true }),
  ])
  if (users.totalDocs > 0 || articles.totalDocs > 0) {
    return { reason: 'the database already has users or content', seeded: false }
  }

  for (const user of demoUsers) {
    await payload.create({ collection: 'users', data: { ...user, password: DEMO_PASSWORD, roles: [...user.roles] } })
  }
  for (const client of demoApiClients) {
    await payload.create({ collection: 'api-clients', data: { ...client, enableAPIKey: true } })
  }
  const counts = await seedDemoContent(payload)
  const programs = await seedDemoPrograms(payload)
  const savedViews = await seedQueryPresets(payload)
  return { counts: { apiClients: demoApiClients.length, users: demoUsers.length, ...counts, programs, savedViews }, seeded: true }
}
