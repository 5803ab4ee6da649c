/**
 * `npm run worker`: the job queue (scheduled publishing) in a process of its own, for
 * deployments that run several app instances with GLASSWORKS_JOBS=worker. It attaches to the
 * database the apps use (DATABASE_URL, or the embedded one `npm start` runs), applies pending
 * migrations like `npm start` does, and runs due jobs until stopped. Start one; a second one
 * stands by and takes over when the first goes (src/server/jobs/runner.ts).
 */
import { getPayload } from 'payload'

import { applyMigrations } from '../src/server/bootstrap'
import { DatabaseStartError, startDatabase } from '../src/server/db/embedded'
import { withStartupLock } from '../src/server/db/startupLock'
import { ConfigError, resolvePayloadSecret, validateEnvironment } from '../src/server/env'
import { releaseJobRunnerLock } from '../src/server/jobs/runner'
import { validateScaleSettings } from '../src/server/scaleSettings'
import { closePayload } from '../src/server/payload-lifecycle'
import { onShutdown } from '../src/server/shutdown'

const log = (message: string) => console.log(`[glassworks-worker] ${message}`)

async function main(): Promise<void> {
  validateEnvironment()
  validateScaleSettings()
  const db = await startDatabase({ attach: true, log })
  process.env.DATABASE_URL = db.url
  process.env.PAYLOAD_SECRET = resolvePayloadSecret()
  process.env.GLASSWORKS_RUN_JOBS = 'true'

  const { default: config } = await import('../payload.config')
  const payload = await getPayload({ config })
  onShutdown(async () => {
    log('Stopping: jobs in progress are released to the next runner.')
    releaseJobRunnerLock()
    await closePayload(payload)
    await db.stop()
  })
  // The schema first: on a fresh database the queue has no table to poll yet.
  await withStartupLock(payload, () => applyMigrations(payload))
  // The same (cached) instance, now with Payload's job cron, which asks shouldRunJobs first.
  await getPayload({ config, cron: true })
  log(`Worker up: running due jobs (${process.env.GLASSWORKS_JOBS_CRON || '* * * * *'}). Ctrl-C stops it.`)
}

main().catch((error) => {
  if (error instanceof ConfigError || error instanceof DatabaseStartError) {
    console.error(`\n[glassworks-worker] Cannot start: ${error.message}\n`)
  } else {
    console.error('[glassworks-worker] Start-up failed:', error)
  }
  process.exit(1)
})
