import type { PostgresAdapter } from '@payloadcms/db-postgres'
import { sql } from 'drizzle-orm'
import type { Endpoint } from 'payload'

/**
 * GET /api/health — 200 when the app can reach its database, 503 otherwise. For container
 * health checks and load balancers: anonymous, uncached, and it says nothing else about the
 * system.
 */
export const healthEndpoint: Endpoint = {
  path: '/health',
  method: 'get',
  handler: async (req) => {
    const started = Date.now()
    try {
      await (req.payload.db as unknown as PostgresAdapter).drizzle.execute(sql`select 1`)
    } catch (error) {
      req.payload.logger.warn({ err: error, msg: 'Health check: the database does not answer' })
      return Response.json(
        { status: 'unavailable', database: 'unreachable' },
        { status: 503, headers: { 'cache-control': 'no-store' } },
      )
    }
    return Response.json(
      { status: 'ok', database: 'ok', databaseMs: Date.now() - started },
      { headers: { 'cache-control': 'no-store' } },
    )
  },
}
