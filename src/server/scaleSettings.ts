import { replicaUrls, replicaWaitMs } from './db/replicas'
import { ConfigError } from './env'
import { jobsMode } from './jobs/topology'
import { s3Settings } from './storage/s3'

/**
 * The settings for running on more than one machine, checked at start-up with a message that
 * says what to fix. All are optional: unset, one process does everything with local files.
 */
export function validateScaleSettings(env: Record<string, string | undefined> = process.env): void {
  jobsMode()
  s3Settings(env)
  replicaUrls(env)
  replicaWaitMs(env)
  if (env.REDIS_URL) {
    let scheme = ''
    try {
      scheme = new URL(env.REDIS_URL).protocol
    } catch {
      // reported below
    }
    if (scheme !== 'redis:' && scheme !== 'rediss:') {
      throw new ConfigError(`REDIS_URL must be a URL such as redis://redis:6379, not "${env.REDIS_URL}".`)
    }
  }
  if (env.GLASSWORKS_APP_URL) {
    try {
      new URL(env.GLASSWORKS_APP_URL)
    } catch {
      throw new ConfigError(`GLASSWORKS_APP_URL must be the URL of an app instance such as http://app:3000, not "${env.GLASSWORKS_APP_URL}".`)
    }
  }
}
