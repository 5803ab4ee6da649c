/**
 * Next runs `register` once when a server starts. With REDIS_URL the instances share their
 * cache; the proxy's in-memory redirect table follows the same signal (src/server/cache).
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || !process.env.REDIS_URL) return
  if (process.env.NEXT_PHASE === 'phase-production-build') return
  const { shareRedirectsSignal } = await import('./server/cache/redirectsSignal')
  shareRedirectsSignal()
}
