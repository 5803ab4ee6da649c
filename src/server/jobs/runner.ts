import type { Payload, PayloadRequest } from 'payload'
import type pg from 'pg'

import { recoverStaleJobs } from './recovery'

/**
 * Exactly one process runs the job queue. Payload 3.90 claims jobs by reading due rows and then
 * updating them (payloadcms/payload#16043), so two runners can both claim and run the same
 * scheduled publish. Whoever would run jobs (the worker, or the app in the single-process
 * default) first takes a PostgreSQL session-level advisory lock on a connection it keeps; only
 * the holder runs jobs, the others stand by and take over when it goes. PostgreSQL drops the
 * lock with the connection, so a killed or crashed runner hands over without anyone's help:
 * the next holder releases the jobs the dead one had claimed (recovery.ts).
 */

/** Any two integers unique to us; advisory locks are scoped to the current database. */
const LOCK_KEY = [0x676c6173, 1] as const

/**
 * Jobs update their row as they go; a claimed job untouched this long while we hold the lock
 * was claimed outside the queue's own loop (a crashed REST run) and is released.
 */
const STALE_AFTER_MS = 10 * 60_000
const SWEEP_EVERY_MS = 60_000

interface RunnerState {
  client?: pg.PoolClient
  acquiring?: Promise<boolean>
  lastSweep: number
  standingBy: boolean
}

// Next may evaluate the config in more than one bundle of the same server process.
const STATE = Symbol.for('glassworks.jobs.runner')
const state = (): RunnerState => {
  const holder = globalThis as unknown as { [STATE]?: RunnerState }
  return (holder[STATE] ??= { lastSweep: 0, standingBy: false })
}

/** This process is configured to run jobs (`npm run worker`, or `npm start` without a worker). */
export const configuredToRunJobs = (): boolean => process.env.GLASSWORKS_RUN_JOBS === 'true'

/** This process holds the job-runner lock right now. */
export const holdsJobRunnerLock = (): boolean => Boolean(state().client)

async function acquire(payload: Payload): Promise<boolean> {
  const pool = (payload.db as unknown as { pool: pg.Pool }).pool
  const client = await pool.connect()
  let locked = false
  try {
    const result = await client.query<{ locked: boolean }>('SELECT pg_try_advisory_lock($1, $2) AS locked', [
      ...LOCK_KEY,
    ])
    locked = result.rows[0]?.locked === true
  } finally {
    if (!locked) client.release()
  }
  if (!locked) return false
  // A lost connection loses the lock: stop running and try again on the next tick.
  client.on('error', (error) => {
    payload.logger.warn({ msg: 'The job-runner connection was lost; jobs pause until it is back.', err: error })
    if (state().client === client) state().client = undefined
    client.release(error)
  })
  state().client = client
  return true
}

/**
 * `jobs.shouldAutoRun`: called by Payload's cron before each run (never while the previous run
 * of this process is still going: the cron is `protect`ed). Takes the lock when free, releases
 * the dead runner's claims on taking it, and sweeps for stale claims now and then.
 */
export async function shouldRunJobs(payload: Payload): Promise<boolean> {
  if (!configuredToRunJobs() || !(await holdLock(payload))) return false
  // Payload's cron would queue the scheduled tasks (the overdue-review take-down) in every
  // process, writing its schedule bookkeeping each tick even on instances that never run jobs;
  // the config turns that off and the runner does it here, right before it runs the queue.
  await payload.jobs.handleSchedules({ queue: JOBS_QUEUE })
  return true
}

/** The queue Payload's cron runs (payload.config.ts `jobs.autoRun`). */
export const JOBS_QUEUE = 'default'

/** Take the lock when free (releasing the dead runner's claims), or keep it and sweep now and then. */
async function holdLock(payload: Payload): Promise<boolean> {
  const s = state()
  if (!s.client) {
    s.acquiring ??= acquire(payload).finally(() => (s.acquiring = undefined))
    if (!(await s.acquiring)) {
      if (!s.standingBy) payload.logger.info('Another process runs the job queue; this one stands by.')
      s.standingBy = true
      return false
    }
    s.standingBy = false
    payload.logger.info('This process runs the job queue (holds the job-runner lock).')
    await recoverStaleJobs(payload)
    s.lastSweep = Date.now()
    return true
  }
  if (Date.now() - s.lastSweep > SWEEP_EVERY_MS) {
    s.lastSweep = Date.now()
    await recoverStaleJobs(payload, { olderThan: new Date(Date.now() - STALE_AFTER_MS) })
  }
  return true
}

/**
 * `jobs.access.run` addition: the REST/GraphQL "run jobs" endpoints work only in the process
 * that holds the lock, so no second runner appears through them.
 */
export const isJobRunnerRequest = (_args: { req: PayloadRequest }): boolean => holdsJobRunnerLock()

/** Give the lock back (on shutdown; a killed process gives it back by losing its connection). */
export function releaseJobRunnerLock(): void {
  const s = state()
  // Destroyed, not returned to the pool: a pooled connection would keep holding the lock.
  s.client?.release(true)
  s.client = undefined
}
