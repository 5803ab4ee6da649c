import { postgresAdapter } from '@payloadcms/db-postgres'
import { nodemailerAdapter } from '@payloadcms/email-nodemailer'
import { redirectsPlugin } from '@payloadcms/plugin-redirects'
import { seoPlugin } from '@payloadcms/plugin-seo'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import { Articles } from './collections/Articles'
import { Authors } from './collections/Authors'
import { Comments } from './collections/Comments'
import { BeautyTips } from './collections/BeautyTips'
import { Faqs } from './collections/Faqs'
import { redirectsOverrides } from './collections/Redirects'
import { Media } from './collections/Media'
import { Topics } from './collections/Topics'
import { Treatments } from './collections/Treatments'
import { Users } from './collections/Users'
import { WorkflowEvents } from './collections/WorkflowEvents'
import { siteEditor } from './src/blocks/editor'
import { SITE_ICON } from './src/site/seo'
import { textLimitsPlugin } from './src/fields/textLimits'
import { isAdminRequest } from './src/access'
import { hardenDocumentLocks } from './src/access/lockedDocuments'
import { graphqlBudgetRules } from './src/server/budget/graphqlBudget'
import { resolvePayloadSecret, trustedOrigins } from './src/server/env'
import { healthEndpoint } from './src/server/health'
import { boundedLogger } from './src/server/logging'
import { mailTransport } from './src/server/mail/transport'
import { collectionsWith } from './src/shared/collections'
import { MAX_UPLOAD_BYTES } from './src/shared/media'
import { trackedPg } from './src/server/db/pool'
import { replicaUrls, routeReplicaReads } from './src/server/db/replicas'
import { isJobRunnerRequest, JOBS_QUEUE, shouldRunJobs } from './src/server/jobs/runner'
import { mediaStorage } from './src/server/storage/plugin'
import { publishScheduledTask, takeDownOverdueReviewsTask, takeDownScheduledTask } from './src/workflow/payload/scheduler'
import { importCheckEndpoint, importProgressEndpoint, importRunEndpoint } from './src/import/admin/endpoints'
import { importUploadsTask } from './src/import/admin/job'
import { ImportRuns } from './collections/ImportRuns'

const dirname = path.dirname(fileURLToPath(import.meta.url))

/**
 * The config for a given database. The default export serves the app; tests and tools that
 * need a second database (migrations from empty, the bench) build their own.
 */
export const createConfig = (databaseUrl = process.env.DATABASE_URL) =>
  buildConfig({
    admin: {
      user: Users.slug,
      importMap: {
        baseDir: dirname,
        importMapFile: path.resolve(dirname, 'src/app/(payload)/admin/importMap.js'),
      },
      // Without an icon of its own the admin's pages made browsers ask for /favicon.ico (a 404).
      meta: { titleSuffix: ' · Glassworks', icons: [{ rel: 'icon', ...SITE_ICON }] },
      // Gravatar would be a request to an outside host on every admin page.
      avatar: 'default',
      components: {
        beforeDashboard: ['/src/workflow/admin/WorkflowDashboard#WorkflowDashboard', '/src/import/admin/ImportNavLink#ImportDashboardLink'],
        afterNavLinks: ['/src/import/admin/ImportNavLink#ImportNavLink'],
        views: { import: { Component: '/src/import/admin/ImportView#ImportView', path: '/import' } },
      },
    },
    endpoints: [healthEndpoint, importCheckEndpoint, importRunEndpoint, importProgressEndpoint],
    collections: [Articles, Treatments, Faqs, BeautyTips, Topics, Authors, Media, Comments, WorkflowEvents, ImportRuns, Users],
    editor: siteEditor,
    email: nodemailerAdapter({
      defaultFromAddress: process.env.MAIL_FROM || 'glassworks@localhost',
      defaultFromName: 'Glassworks',
      transport: mailTransport(),
      skipVerify: !process.env.SMTP_URL,
    }),
    secret: resolvePayloadSecret(),
    // The session cookie counts only for requests from the site's own origin, and only that
    // origin may call the API from a browser with credentials (src/server/env.ts).
    csrf: trustedOrigins(),
    cors: trustedOrigins(),
    db: postgresAdapter({
      // The project's pg, with a pool that knows its checked-out connections so closePayload
      // can close them all (src/server/db/pool.ts). Cast: the adapter types its option with
      // the @types/pg copy nested under it.
      pg: trackedPg as unknown as NonNullable<Parameters<typeof postgresAdapter>[0]['pg']>,
      pool: {
        // Set by `npm start`, `npm run dev`, the test setup, or the operator.
        connectionString: databaseUrl,
        max: Number(process.env.DATABASE_POOL_MAX || 10),
        // A new connection's first search plans for ~30 ms (PostgreSQL loads the catalog and
        // the text-search dictionaries per backend; 1 ms after): pg's default of closing a
        // connection after 10 s idle made a quiet site pay that again and again (issue #16).
        // allowExitOnIdle: a script's idle connections do not hold its process open meanwhile;
        // scripts hold themselves open until their work is done (src/server/runScript.ts).
        idleTimeoutMillis: Number(process.env.DATABASE_POOL_IDLE_MS || 300_000),
        allowExitOnIdle: true,
      },
      // DATABASE_REPLICA_URLS: the site's visitor reads go to replicas; onInit below
      // keeps everything else on the primary (src/server/db/replicas.ts).
      readReplicas: replicaUrls(),
      // That rule already keeps every read but the visitors' on the primary. db-postgres's own
      // rule (the primary for 2 s after any write in this process) would send visitors to the
      // primary too, all the time on a busy instance: off.
      readReplicasAfterWriteInterval: 0,
      // Schema changes only ever arrive through committed migrations.
      push: false,
      migrationDir: path.resolve(dirname, 'migrations'),
    }),
    upload: {
      limits: { fileSize: MAX_UPLOAD_BYTES },
      abortOnLimit: true,
      responseOnLimit: `The file is larger than the ${MAX_UPLOAD_BYTES / 1024 / 1024} MB upload limit.`,
    },
    jobs: {
      tasks: [publishScheduledTask, takeDownScheduledTask, takeDownOverdueReviewsTask, importUploadsTask],
      // Jobs run in the process that GLASSWORKS_RUN_JOBS marks (the app under `npm start`, or
      // `npm run worker`) and, of those, only in the one holding the job-runner lock
      // (src/server/jobs). Jobs wait in the database, so a restart loses nothing.
      // Scheduled tasks are queued by the runner holding the lock (shouldRunJobs), not by the
      // cron of every process.
      autoRun: [{ cron: process.env.GLASSWORKS_JOBS_CRON || '* * * * *', queue: JOBS_QUEUE, disableScheduling: true }],
      shouldAutoRun: shouldRunJobs,
      access: {
        queue: isAdminRequest,
        run: (args) => isAdminRequest(args) && isJobRunnerRequest(args),
        cancel: isAdminRequest,
      },
    },
    plugins: [
      // Media in MEDIA_DIR, or on S3-compatible storage when S3_BUCKET is set.
      mediaStorage(),
      redirectsPlugin({
        collections: collectionsWith('redirectTarget'),
        redirectTypes: ['301', '302'],
        overrides: redirectsOverrides,
      }),
      seoPlugin({
        collections: collectionsWith('seo'),
        uploadsCollection: 'media',
        tabbedUI: false,
        generateTitle: ({ doc }) =>
          `${(doc as { title?: string; name?: string }).title ?? (doc as { name?: string }).name ?? ''} · Glassworks`,
        generateDescription: ({ doc }) =>
          (doc as { excerpt?: string; summary?: string }).excerpt ?? (doc as { summary?: string }).summary ?? '',
      }),
      // Last, so the fields other plugins add get their limits too.
      textLimitsPlugin,
    ],
    typescript: {
      outputFile: path.resolve(dirname, 'payload-types.ts'),
      // Off: outside production Payload rewrote the committed file from a detached process on
      // every start, racing the CI's clean-up and hiding stale types. `npm run generate:types`
      // writes it; tests/integration/startup.test.ts fails when it is stale.
      autoGenerate: false,
    },
    graphQL: {
      disablePlaygroundInProduction: true,
      // Depth, a cost that multiplies by list sizes, and the where budget (src/server/budget).
      validationRules: graphqlBudgetRules,
    },
    logger: boundedLogger,
    sharp,
    onInit: routeReplicaReads,
    telemetry: false,
  }).then(hardenDocumentLocks)

export default createConfig()
