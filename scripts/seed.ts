/** Seeds demo accounts and content into an empty database: `npm run seed`. Safe to re-run. */
import config from '@payload-config'
import { getPayload } from 'payload'

import { seedDemo } from '../src/seed/seedDemo'

const payload = await getPayload({ config })
try {
  const result = await seedDemo(payload)
  if (result.seeded) payload.logger.info(`Demo content seeded: ${JSON.stringify(result.counts)}`)
  else payload.logger.info(`Demo seed skipped: ${result.reason}.`)
} finally {
  await payload.destroy()
}
process.exit(0)
