import type { Payload } from 'payload'
import type pg from 'pg'

/**
 * payload.destroy() leaves the adapter's pool open, and the adapter checks one connection
 * out at connect time and never releases it, so pool.end() alone would wait forever.
 * Destroy the checked-out clients, then end the pool.
 */
export async function closePayload(payload: Payload): Promise<void> {
  const pool = (payload.db as unknown as { pool?: pg.Pool }).pool
  await payload.destroy()
  if (!pool) return
  const internals = pool as unknown as { _clients?: pg.PoolClient[]; _idle?: { client: pg.PoolClient }[] }
  const idle = new Set((internals._idle ?? []).map((item) => item.client))
  for (const client of internals._clients ?? []) {
    if (!idle.has(client)) {
      try {
        client.release(true)
      } catch {
        // already released by its owner in the meantime: nothing to close
      }
    }
  }
  if (!(pool as unknown as { ending?: boolean }).ending) await pool.end()
}
