import type { Migration, Payload } from 'payload'
import type pg from 'pg'

import { migrations } from '../../migrations'

export class MigrationStateError extends Error {}

/**
 * Apply pending migrations without ever reaching Payload's interactive prompt: that prompt
 * appears when a database was changed by dev-mode push (batch -1), and without a terminal
 * it exits 0 having migrated nothing. We never push, so such a database is refused instead.
 */
export async function applyMigrations(payload: Payload): Promise<void> {
  const pool = (payload.db as unknown as { pool: pg.Pool }).pool
  const table = await pool.query<{ name: string | null }>(`SELECT to_regclass('payload_migrations')::text AS name`)
  if (table.rows[0]?.name) {
    const pushed = await pool.query('SELECT 1 FROM payload_migrations WHERE batch = -1 LIMIT 1')
    if (pushed.rowCount) {
      throw new MigrationStateError(
        'This database was changed by Payload dev-mode schema push, which Glassworks never uses. ' +
          'Point DATABASE_URL at a fresh database (or drop this one) and start again; the migrations build the schema.',
      )
    }
  }
  // Passing the imported list (not a folder to scan) works the same under tsx, Next and tests.
  await payload.db.migrate({ migrations: migrations as unknown as Migration[] })
}

/** ADMIN_EMAIL + ADMIN_PASSWORD create the first admin when no user exists yet. */
export async function ensureFirstAdmin(payload: Payload): Promise<'created' | 'exists' | 'skipped'> {
  const email = process.env.ADMIN_EMAIL
  const password = process.env.ADMIN_PASSWORD
  if (!email || !password) return 'skipped'
  const { totalDocs } = await payload.count({ collection: 'users' })
  if (totalDocs > 0) return 'exists'
  await payload.create({
    collection: 'users',
    data: { email, password, name: process.env.ADMIN_NAME || 'Administrator', roles: ['admin'] },
  })
  payload.logger.info(`Created the first admin ${email} from ADMIN_EMAIL.`)
  return 'created'
}
