// Next's cache handler when REDIS_URL is set (next.config.ts): pages, route answers and
// unstable_cache data live in Redis instead of each instance's memory and disk, so a
// revalidation on any instance expires the entry for all of them (the handler keeps its tag
// maps in step through Redis pub/sub). Plain JavaScript: Next loads it as it is at run time.
import fs from 'node:fs'
import path from 'node:path'

import { RedisStringsHandler } from '@trieb.work/nextjs-turbo-redis-cache'

import { redisDatabase, redisKeyPrefix } from './redisSettings.mjs'

let shared

/** The build's id: a new build must never be served another build's pages (its chunk names differ). */
function buildId(serverDistDir) {
  if (!serverDistDir) return 'dev'
  try {
    return fs.readFileSync(path.join(serverDistDir, '..', 'BUILD_ID'), 'utf8').trim()
  } catch {
    return 'dev'
  }
}

export default class GlassworksRedisCacheHandler {
  constructor(context = {}) {
    // Next constructs the handler more than once per process; one Redis connection serves all.
    shared ??= new RedisStringsHandler({
      redisUrl: process.env.REDIS_URL,
      database: redisDatabase(process.env.REDIS_URL),
      keyPrefix: `${redisKeyPrefix()}${buildId(context.serverDistDir)}:`,
      // The in-memory copy of a Redis read is dropped on every instance when a tag is
      // revalidated anywhere (pub/sub), so it only saves round trips; 2 s bounds a lost message.
      inMemoryCachingTime: 2_000,
    })
  }

  get(...args) {
    return shared.get(...args)
  }

  set(...args) {
    return shared.set(...args)
  }

  revalidateTag(...args) {
    return shared.revalidateTag(...args)
  }

  resetRequestCache(...args) {
    return shared.resetRequestCache(...args)
  }
}
