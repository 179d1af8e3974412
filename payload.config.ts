import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { buildConfig, type CollectionConfig, type Config } from 'payload'
import sharp from 'sharp'

import { ADMIN_DATE_FORMAT } from './src/adminShell/dates'
import { FAVICON_URL } from './src/adminShell/mark'
import { AuditLog } from './src/audit/AuditLog'
import { ApiClients } from './src/collections/ApiClients'
import { CaptionFiles } from './src/collections/CaptionFiles'
import { Conditions } from './src/collections/Conditions'
import { ContentEvents } from './src/collections/ContentEvents'
import { Articles } from './src/collections/content/Articles'
import { Events } from './src/collections/content/Events'
import { Pamphlets } from './src/collections/content/Pamphlets'
import { Videos } from './src/collections/content/Videos'
import { Documents } from './src/collections/Documents'
import { Media } from './src/collections/Media'
import { addSavedViewHooks, queryPresets } from './src/collections/QueryPresets'
import { Programs } from './src/collections/Programs'
import { Segments } from './src/collections/Segments'
import { Snippets } from './src/collections/Snippets'
import { Users } from './src/collections/Users'
import { VideoFiles } from './src/collections/VideoFiles'
import { WebhookDeliveries } from './src/collections/WebhookDeliveries'
import { Webhooks } from './src/collections/Webhooks'
import { deliveryQueries } from './src/delivery/graphql'
import { manualRedirects } from './src/redirects/plugin'
import { contentSEO } from './src/seo/payload/fields'
import { websiteEndpoints } from './src/seo/payload/http'
import { livePreview, previewLinkEndpoint } from './src/preview/link'
import { checkContentEndpoint } from './src/brandGate/checkContentEndpoint'
import { feedEndpoint, infobuttonEndpoint, searchEndpoint } from './src/delivery/endpoints'
import { searchQueries } from './src/search/api/graphql'
import { BrandGuidelines } from './src/globals/BrandGuidelines'
import { checkContentQuery } from './src/brandGate/checkContentQuery'
import { depthLimit } from './src/graphql/depthLimit'
import { MAX_QUERY_COST, oncePerRequest } from './src/graphql/queryCost'
import { RecheckBrandCompliance } from './src/brandGate/recheckBrandCompliance'
import { databaseAdapter } from './src/db/adapter'
import { answerDatabaseUnavailable } from './src/db/answerDatabaseUnavailable'
import { resolvePayloadSecret } from './src/secret'
import { jobsAccess, secureBuiltInCollections } from './src/security/builtInCollections'
import { sayWhatWentWrong } from './src/security/errorAnswers'
import { limitCap } from './src/security/graphqlGuard'
import { introspectionForStaffOnly } from './src/security/introspection'
import { allowedOrigins, authCookies } from './src/security/origins'
import { DispatchWebhooks } from './src/webhooks/dispatchTask'
import { CheckProgramIntegrity } from './src/programs/payload/breakage'
import { ContentReviews } from './src/workflowGate/ContentReviews'
import { ReviewSchedule } from './src/workflowGate/ReviewSchedule'
import { ReviewLifecycle } from './src/workflowGate/reviewLifecycle'
import { auditScheduledPublishes } from './src/workflowGate/auditSchedule'
import { workflowGraphQL } from './src/workflowGate/graphql'
import { JobLeases } from './src/jobs/Leases'
import { LOCALE_NAMES, LOCALES } from './src/taxonomy/locales'
import { JOBS_QUEUE, jobsCron, jobsIntervalSeconds, leadJobsQueue } from './src/jobs/runner'

const rootDir = path.dirname(fileURLToPath(import.meta.url))

// Payload's official SEO and redirects plugins were last published as 3.90.1 while the core is 3.90.2; package.json's
// `overrides` make them use our single payload and admin UI (npm ls shows one copy of each). Outside production Payload
// compares the version numbers on start and rejects the mismatch in the background, as an unhandled rejection that
// kills the process. The check is Payload's own switch; it is turned back on by removing this once the plugins catch up.
process.env.PAYLOAD_DISABLE_DEPENDENCY_CHECKER ??= 'true'

export interface CarepathOptions {
  databaseURI?: string
  /** Root folder for uploaded files, one sub-folder per upload collection (default ./data). Tests use a temporary folder. */
  uploadDir?: string
  env?: NodeJS.ProcessEnv
  /** false = apply migrations only, as production does. */
  pushSchema?: boolean
  /** Payload's email adapter (default: none, so mail goes to the console). Tests pass one that captures messages. */
  email?: Config['email']
}

const withStaticDir = (uploadDir: string) => (collection: CollectionConfig): CollectionConfig => ({
  ...collection,
  upload: { ...(typeof collection.upload === 'object' ? collection.upload : {}), staticDir: path.join(uploadDir, collection.slug) },
})

/** Wiring only: adapters, collections, globals, GraphQL. Behaviour lives under src/. */
export function carepathConfig({ databaseURI, email, env = process.env, pushSchema, uploadDir = path.resolve(rootDir, env.CAREPATH_UPLOAD_DIR || 'data') }: CarepathOptions = {}): Config {
  const jobsInterval = jobsIntervalSeconds(env)
  return {
    admin: {
      // Payload's default avatar is Gravatar: it would send a hash of each staff email to a third party from the admin.
      avatar: 'default',
      components: {
        // Carepath's own mark and name instead of Payload's (src/adminShell).
        graphics: { Icon: '/src/adminShell/Icon#Icon', Logo: '/src/adminShell/Logo#Logo' },
        // The editors' home (journey coverage, my work) replaces Payload's collection tiles.
        views: { dashboard: { Component: '/src/dashboardGate/EditorsHome#EditorsHome' } },
      },
      // Dates in lists and headings with the year and a 24-hour clock ("2 Dec 2026, 14:05").
      dateFormat: ADMIN_DATE_FORMAT,
      importMap: { baseDir: rootDir },
      // The website's preview route beside the edit form, when CAREPATH_PREVIEW_URL is set (src/preview).
      livePreview: livePreview(env),
      // No generated Open Graph images (Payload's branding, an extra endpoint) and an inline favicon: nothing loads from elsewhere.
      meta: {
        defaultOGImageType: 'off',
        icons: [{ rel: 'icon', type: 'image/svg+xml', url: FAVICON_URL }],
        openGraph: { siteName: 'Carepath' },
        title: 'Carepath',
        titleSuffix: ' · Carepath',
      },
      user: Users.slug,
    },
    collections: [
      Articles,
      Pamphlets,
      Videos,
      Events,
      Conditions,
      Segments,
      Snippets,
      Programs,
      ...([Media, Documents, VideoFiles, CaptionFiles] as CollectionConfig[]).map(withStaticDir(uploadDir)),
      { ...Users, auth: { ...(Users.auth as object), cookies: authCookies(env) } } as CollectionConfig,
      ApiClients,
      Webhooks,
      WebhookDeliveries,
      ContentEvents,
      AuditLog,
      ContentReviews,
      ReviewSchedule,
      JobLeases,
    ],
    cors: allowedOrigins(env),
    csrf: allowedOrigins(env),
    db: databaseAdapter({ push: pushSchema, rootDir, uri: databaseURI ?? env.DATABASE_URI }),
    editor: lexicalEditor(),
    email,
    endpoints: [checkContentEndpoint, feedEndpoint, infobuttonEndpoint, searchEndpoint, ...websiteEndpoints, previewLinkEndpoint],
    globals: [BrandGuidelines],
    hooks: { afterError: [sayWhatWentWrong, answerDatabaseUnavailable] },
    graphQL: {
      disablePlaygroundInProduction: true,
      maxComplexity: MAX_QUERY_COST,
      mutations: (GraphQL) => workflowGraphQL(GraphQL).mutations,
      queries: (GraphQL) => ({ ...checkContentQuery(GraphQL), ...deliveryQueries(GraphQL), ...searchQueries(GraphQL), ...workflowGraphQL(GraphQL).queries }),
      schemaOutputFile: path.resolve(rootDir, 'schema.graphql'),
      validationRules: (args) => [
        depthLimit(),
        limitCap(args.variableValues),
        oncePerRequest(),
        introspectionForStaffOnly((args.contextValue as { req?: { user?: never } } | undefined)?.req?.user),
      ],
    },
    logger: env.CAREPATH_LOG_LEVEL ? { options: { level: env.CAREPATH_LOG_LEVEL } } : undefined,
    // A refused publish or review act is an answer to a person, not a server fault: not logged as an error.
    loggingLevels: { BrandCheckFailed: 'info', ProgramIntegrityFailed: 'info', WorkflowRefused: 'info' } as Config['loggingLevels'],
    jobs: {
      access: jobsAccess,
      // Scheduled publishing, webhooks and re-checks run through Payload's jobs queue. Every instance ticks; the one
      // holding the runner lease runs the queue and queues scheduled tasks (src/jobs/runner.ts).
      autoRun: [{ cron: jobsCron(jobsInterval), disableScheduling: true, limit: 50, queue: JOBS_QUEUE }],
      shouldAutoRun: (payload) => env.CAREPATH_RUN_JOBS !== 'false' && leadJobsQueue(payload, { intervalSeconds: jobsInterval }),
      tasks: [RecheckBrandCompliance as never, DispatchWebhooks as never, ReviewLifecycle as never, CheckProgramIntegrity as never],
    },
    localization: {
      defaultLocale: 'en',
      fallback: true,
      locales: LOCALES.map((code) => ({ code, label: LOCALE_NAMES[code] })),
    },
    onInit: (payload) => {
      secureBuiltInCollections(payload.config)
      addSavedViewHooks(payload.config)
      auditScheduledPublishes(payload)
    },
    plugins: [contentSEO, manualRedirects],
    queryPresets,
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
