import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { buildConfig, type CollectionConfig, type Config } from 'payload'
import sharp from 'sharp'

import { ApiClients } from './src/collections/ApiClients'
import { Articles } from './src/collections/Articles'
import { Media } from './src/collections/Media'
import { Users } from './src/collections/Users'
import { databaseAdapter } from './src/db/adapter'
import { resolvePayloadSecret } from './src/secret'

const rootDir = path.dirname(fileURLToPath(import.meta.url))

export interface CarepathOptions {
  databaseURI?: string
  /** Where uploaded files are stored (default ./data/media). Tests use a temporary folder. */
  mediaDir?: string
  env?: NodeJS.ProcessEnv
  /** false = apply migrations only, as production does. */
  pushSchema?: boolean
}

const withStaticDir = (collection: CollectionConfig, staticDir: string): CollectionConfig => ({
  ...collection,
  upload: { ...(typeof collection.upload === 'object' ? collection.upload : {}), staticDir },
})

/** Wiring only: adapters, collections, globals, GraphQL. Behaviour lives under src/. */
export function carepathConfig({ databaseURI, env = process.env, mediaDir, pushSchema }: CarepathOptions = {}): Config {
  return {
    admin: {
      importMap: { baseDir: rootDir },
      meta: { titleSuffix: ' · Carepath' },
      user: Users.slug,
    },
    collections: [
      Articles,
      withStaticDir(Media as CollectionConfig, mediaDir ?? path.resolve(rootDir, 'data/media')),
      Users,
      ApiClients,
    ],
    db: databaseAdapter({ push: pushSchema, rootDir, uri: databaseURI ?? env.DATABASE_URI }),
    editor: lexicalEditor(),
    graphQL: {
      disablePlaygroundInProduction: true,
      maxComplexity: 1000,
      schemaOutputFile: path.resolve(rootDir, 'schema.graphql'),
    },
    logger: env.CAREPATH_LOG_LEVEL ? { options: { level: env.CAREPATH_LOG_LEVEL } } : undefined,
    localization: {
      defaultLocale: 'en',
      fallback: true,
      locales: [
        { code: 'en', label: 'English' },
        { code: 'es', label: 'Español' },
      ],
    },
    secret: resolvePayloadSecret(env),
    serverURL: env.CAREPATH_SERVER_URL ?? '',
    sharp,
    telemetry: false,
    typescript: {
      autoGenerate: false,
      outputFile: path.resolve(rootDir, 'payload-types.ts'),
    },
    upload: {
      limits: { fileSize: 50 * 1024 * 1024 },
    },
  }
}

export default buildConfig(carepathConfig())
