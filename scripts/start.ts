/**
 * `npm start` (and `npm run dev` with --dev): the whole system in one command.
 * Database up (embedded unless DATABASE_URL), migrations applied, first admin and launch
 * content ensured, app built when needed, then Next serves admin and site. Ctrl-C stops all.
 */
import { getPayload } from 'payload'

import { applyMigrations, ensureFirstAdmin } from '../src/server/bootstrap'
import { ensureBuild } from '../src/server/build'
import { spawnBin, waitForExit, waitUntilServing } from '../src/server/children'
import { DatabaseStartError, startDatabase } from '../src/server/db/embedded'
import { withStartupLock } from '../src/server/db/startupLock'
import { ConfigError, resolvePayloadSecret, serverPort, serverUrl, validateEnvironment } from '../src/server/env'
import { jobsMode } from '../src/server/jobs/topology'
import { serverNodeOptions } from '../src/server/nodeOptions'
import { closePayload } from '../src/server/payload-lifecycle'
import { validateScaleSettings } from '../src/server/scaleSettings'
import { seedLaunchContent } from '../src/server/seed'
import { postRevalidation } from '../src/site/notifyServer'

const dev = process.argv.includes('--dev')
const log = (message: string) => console.log(`[glassworks] ${message}`)

async function main(): Promise<number> {
  validateEnvironment()
  validateScaleSettings()
  const port = serverPort()
  const publicUrl = serverUrl()
  const db = await startDatabase({ log })
  log(db.embedded ? 'Embedded PostgreSQL is up.' : 'Using the database at DATABASE_URL.')
  process.env.DATABASE_URL = db.url

  const env = {
    ...process.env,
    DATABASE_URL: db.url,
    PAYLOAD_SECRET: resolvePayloadSecret(),
    PORT: String(port),
    SERVER_URL: publicUrl,
    // Scheduled publishing runs in the app server's job queue, unless a worker runs it
    // (GLASSWORKS_JOBS=worker, `npm run worker`): then no app instance ever runs a job.
    GLASSWORKS_RUN_JOBS: jobsMode() === 'inline' ? 'true' : 'false',
  }
  process.env.PAYLOAD_SECRET = env.PAYLOAD_SECRET

  const { default: config } = await import('../payload.config')
  const payload = await getPayload({ config })
  try {
    // Instances started together take turns; the later ones find nothing left to do.
    await withStartupLock(payload, async () => {
      await applyMigrations(payload)
      await ensureFirstAdmin(payload)
      await seedLaunchContent(payload, log)
    })
  } finally {
    await closePayload(payload)
  }

  if (!dev) await ensureBuild({ ...env, NODE_ENV: 'production' }, log)
  // The server's V8 flags (src/server/nodeOptions.ts) for the Next server only.
  const serverEnv = { ...env, NODE_OPTIONS: serverNodeOptions(process.env.NODE_OPTIONS) }
  const child = dev
    ? spawnBin('next', ['dev', '-p', String(port)], { env: serverEnv })
    : spawnBin('next', ['start', '-p', String(port)], { env: { ...serverEnv, NODE_ENV: 'production' } })
  const exited = waitForExit(child)
  if (await waitUntilServing(`http://127.0.0.1:${port}/`, child)) {
    // Next keeps revalidation marks in memory but cached pages on disk: after a restart (or
    // writes made while the app was down) expire everything once. The shared Redis cache keeps
    // its marks, and expiring there would empty every instance's cache on each restart.
    if (!process.env.REDIS_URL) await postRevalidation({ all: true }, port)
    log(`Ready. Site: ${publicUrl}/  Admin: ${publicUrl}/admin  (Ctrl-C stops everything)`)
  }
  const code = await exited
  await db.stop()
  return code
}

main().then(
  (code) => process.exit(code),
  (error) => {
    if (error instanceof ConfigError || error instanceof DatabaseStartError) {
      console.error(`\n[glassworks] Cannot start: ${error.message}\n`)
    } else {
      console.error('[glassworks] Start-up failed:', error)
    }
    process.exit(1)
  },
)
