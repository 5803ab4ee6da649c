import type { Payload } from 'payload'
import type pg from 'pg'

/** Distinct from the job-runner lock's key (src/server/jobs/runner.ts). */
const LOCK_KEY = [0x676c6173, 2] as const

/**
 * Run `task` while holding a PostgreSQL advisory lock, so that instances starting together
 * (two app containers and a worker after a deploy) apply migrations and seed one at a time:
 * the second finds nothing left to do instead of racing the first into duplicate rows.
 */
export async function withStartupLock<T>(payload: Payload, task: () => Promise<T>): Promise<T> {
  const pool = (payload.db as unknown as { pool: pg.Pool }).pool
  const client = await pool.connect()
  let broken: Error | undefined
  try {
    await client.query('SELECT pg_advisory_lock($1, $2)', [...LOCK_KEY])
    try {
      return await task()
    } finally {
      try {
        await client.query('SELECT pg_advisory_unlock($1, $2)', [...LOCK_KEY])
      } catch (error) {
        // Destroying the connection drops the lock just the same.
        broken = error as Error
      }
    }
  } finally {
    client.release(broken ?? false)
  }
}
