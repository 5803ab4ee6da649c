import pg from 'pg'

/**
 * Payload's postgres adapter checks one connection out of its pool at connect time and never
 * releases it, so `pool.end()` alone would wait forever for it. This pool knows which clients
 * are checked out from pg's own events ('acquire', 'release', 'remove'), so closing can
 * destroy those and end the rest. The adapter builds its pools from the `pg` module it is
 * given (its documented `pg` option): `trackedPg` below.
 */
export class TrackedPool extends pg.Pool {
  readonly checkedOut = new Set<pg.PoolClient>()

  constructor(config?: pg.PoolConfig) {
    super(config)
    this.on('acquire', (client) => this.checkedOut.add(client))
    this.on('release', (_error, client) => this.checkedOut.delete(client))
    this.on('remove', (client) => this.checkedOut.delete(client as pg.PoolClient))
  }

  /** Close every connection: destroy the checked-out clients, then end the pool (the idle ones). */
  async closeAll(): Promise<void> {
    for (const client of [...this.checkedOut]) {
      this.checkedOut.delete(client)
      try {
        client.release(true)
      } catch {
        // Released by its owner a moment ago (pg refuses a second release): nothing to close.
      }
    }
    if (!this.ending) await this.end()
  }
}

/** pg, with its Pool replaced: pass as `postgresAdapter({ pg: trackedPg })`. */
export const trackedPg: typeof pg = { ...pg, Pool: TrackedPool }

/** Whether a pool is a TrackedPool, by shape (a pool built by another module copy fails instanceof). */
export const isTrackedPool = (pool: unknown): pool is TrackedPool =>
  Boolean(pool && typeof (pool as TrackedPool).closeAll === 'function' && (pool as TrackedPool).checkedOut instanceof Set)
