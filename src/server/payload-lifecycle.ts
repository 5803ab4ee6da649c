import type { Payload } from 'payload'
import type pg from 'pg'

import { isTrackedPool } from './db/pool'

/**
 * payload.destroy() leaves the adapter's pool open, with the connection the adapter checked
 * out at connect time still out. The pool is a TrackedPool (payload.config.ts passes
 * `trackedPg` to the adapter), which knows its checked-out clients: it destroys them and ends.
 */
export async function closePayload(payload: Payload): Promise<void> {
  const pool = (payload.db as unknown as { pool?: pg.Pool }).pool
  await payload.destroy()
  if (!pool) return
  if (!isTrackedPool(pool)) {
    throw new Error('The database pool was not built by trackedPg (src/server/db/pool.ts): its connections cannot all be closed.')
  }
  await pool.closeAll()
}
