// Shared by the cache handler (plain JavaScript, loaded by Next) and the TypeScript modules.

/** Every key and channel of this deployment starts with it: REDIS_KEY_PREFIX, default "glassworks:". */
export function redisKeyPrefix() {
  return process.env.REDIS_KEY_PREFIX || 'glassworks:'
}

/** The database number in REDIS_URL's path (redis://host:6379/2), default 0. */
export function redisDatabase(url) {
  if (!url) return 0
  const db = Number(new URL(url).pathname.replace(/^\//, '') || '0')
  return Number.isInteger(db) && db >= 0 ? db : 0
}
