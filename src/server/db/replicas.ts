import { AsyncLocalStorage } from 'node:async_hooks'
import { withReplicas } from 'drizzle-orm/pg-core'
import type { Payload } from 'payload'
import type pg from 'pg'

import { ConfigError } from '../env'

/**
 * PostgreSQL read replicas (DATABASE_REPLICA_URLS, comma-separated), through db-postgres's
 * `readReplicas`. That option alone sends every read outside a transaction to a replica, except
 * for 2 s after a write in the same process: an editor who saves and reloads a little later, or
 * through another instance, could read the row from before the save; and any write of the
 * process (Payload's job cron writes every tick) sent visitors to the primary. Here only the
 * site's visitor reads (published content: src/site/data/reader.ts, search) go to a replica,
 * always (the config turns db-postgres's 2 s rule off); the admin, previews, the REST and
 * GraphQL APIs, hooks, jobs and the start-up read the primary, so the person who wrote always
 * reads what they wrote. And before the site's cache is expired after a write, the replicas
 * are given time to replay it (replicasCaughtUp), or the next visitor would re-cache the old
 * page from a replica that is a moment behind.
 */
export function replicaUrls(env: Record<string, string | undefined> = process.env): string[] | undefined {
  const raw = env.DATABASE_REPLICA_URLS?.trim()
  if (!raw) return undefined
  const urls = raw
    .split(',')
    .map((url) => url.trim())
    .filter(Boolean)
  for (const url of urls) {
    if (!/^postgres(ql)?:\/\/[^/]/.test(url)) {
      throw new ConfigError(
        `DATABASE_REPLICA_URLS must be comma-separated PostgreSQL URLs such as postgres://user:password@replica:5432/glassworks, not "${url}".`,
      )
    }
  }
  return urls
}

/** How long a write waits for the replicas before expiring the site's cache anyway. */
export function replicaWaitMs(env: Record<string, string | undefined> = process.env): number {
  const raw = env.DATABASE_REPLICA_WAIT_MS
  if (!raw) return 5_000
  const ms = Number(raw)
  if (!Number.isInteger(ms) || ms < 0) throw new ConfigError(`DATABASE_REPLICA_WAIT_MS must be a whole number of milliseconds, not "${raw}".`)
  return ms
}

interface Topology {
  primary: pg.Pool
  replicas: pg.Pool[]
}

// Shared through globalThis: Next loads the config and the site's modules in separate bundles.
const SCOPE = Symbol.for('glassworks.db.replicaScope')
const TOPOLOGY = Symbol.for('glassworks.db.topology')
const shared = globalThis as unknown as { [SCOPE]?: AsyncLocalStorage<true>; [TOPOLOGY]?: Topology }
const scope = (shared[SCOPE] ??= new AsyncLocalStorage<true>())

/** Run a read that may be served by a replica: published content that may be a moment old. */
export const readFromReplica = <T>(read: () => Promise<T>): Promise<T> => scope.run(true, read)

/** For a raw SQL read (the site's search): a replica's pool inside `readFromReplica`, else `primary`. */
export function poolForRead<Pool extends object>(primary: Pool): Pool {
  const replicas = shared[TOPOLOGY]?.replicas
  if (!scope.getStore() || !replicas?.length) return primary
  // The adapter built both from the same pg (its types may be another @types/pg copy).
  return replicas[Math.floor(Math.random() * replicas.length)] as unknown as Pool
}

type Drizzle = Parameters<typeof withReplicas>[0]
type WithPools = Drizzle & { $client: pg.Pool }

/** `onInit`: replace db-postgres's "any read to any replica" with the rule above. */
export function routeReplicaReads(payload: Payload): void {
  const adapter = payload.db as unknown as {
    drizzle: Drizzle & { $replicas?: WithPools[] }
    primaryDrizzle?: WithPools
  }
  const primary = adapter.primaryDrizzle
  const replicas = adapter.drizzle.$replicas
  if (!primary || !replicas?.length) return
  adapter.drizzle = withReplicas(primary, replicas as [WithPools, ...WithPools[]], (all) =>
    scope.getStore() ? all[Math.floor(Math.random() * all.length)]! : (primary as never),
  ) as never
  shared[TOPOLOGY] = { primary: primary.$client, replicas: replicas.map((replica) => replica.$client) }
}

/**
 * Wait until every streaming replica has replayed the primary's WAL up to now, for at most
 * DATABASE_REPLICA_WAIT_MS. True when they have (or there are none). A replica that is not a
 * streaming standby (logical replication) cannot be measured this way and is not waited for.
 */
export async function replicasCaughtUp(timeoutMs = replicaWaitMs()): Promise<boolean> {
  const topology = shared[TOPOLOGY]
  if (!topology) return true
  const { rows } = await topology.primary.query<{ lsn: string }>('SELECT pg_current_wal_lsn()::text AS lsn')
  const target = rows[0]!.lsn
  const deadline = Date.now() + timeoutMs
  for (const replica of topology.replicas) {
    for (;;) {
      const result = await replica.query<{ replayed: boolean | null }>(
        'SELECT CASE WHEN pg_is_in_recovery() THEN pg_last_wal_replay_lsn() >= $1::pg_lsn END AS replayed',
        [target],
      )
      const replayed = result.rows[0]?.replayed
      if (replayed !== false) break
      if (Date.now() > deadline) return false
      await new Promise((resolve) => setTimeout(resolve, 20))
    }
  }
  return true
}
