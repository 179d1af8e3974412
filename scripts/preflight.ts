/** Fails fast, before a build or a migration, when the environment cannot work. */
import { parseDatabaseURI } from '../src/db/databaseURI'
import { resolvePayloadSecret } from '../src/secret'
import { publicURLs } from '../src/security/publicURLs'

try {
  parseDatabaseURI(process.env.DATABASE_URI)
  resolvePayloadSecret(process.env)
  publicURLs(process.env)
} catch (error) {
  console.error(`\n[carepath] Cannot start: ${(error as Error).message}\n`)
  process.exit(1)
}
