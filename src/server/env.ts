import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import { dataDir } from './paths'

export class ConfigError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'ConfigError'
  }
}

export const isProduction = (): boolean => process.env.NODE_ENV === 'production'

/**
 * PAYLOAD_SECRET signs sessions. Production must supply it; elsewhere one is generated once
 * and kept in the data folder so logins survive restarts.
 */
export function resolvePayloadSecret(): string {
  const fromEnv = process.env.PAYLOAD_SECRET
  if (fromEnv) {
    if (fromEnv.length < 32 && isProduction()) {
      throw new ConfigError('PAYLOAD_SECRET must be at least 32 characters in production.')
    }
    return fromEnv
  }
  // `next build` evaluates the config to collect page data; nothing it signs outlives the build.
  if (process.env.NEXT_PHASE === 'phase-production-build') return 'build-time-placeholder-secret-not-used-at-runtime'
  if (isProduction()) {
    throw new ConfigError(
      'PAYLOAD_SECRET is not set. Production refuses to start without it: set it to a long random string, ' +
        'for example the output of `openssl rand -hex 32`.',
    )
  }
  const file = path.join(dataDir(), 'payload-secret')
  if (fs.existsSync(file)) return fs.readFileSync(file, 'utf8').trim()
  const secret = crypto.randomBytes(32).toString('hex')
  fs.mkdirSync(path.dirname(file), { recursive: true })
  fs.writeFileSync(file, `${secret}\n`, { mode: 0o600 })
  return secret
}

export function serverPort(): number {
  const raw = process.env.PORT ?? '3000'
  const port = Number(raw)
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new ConfigError(`PORT must be a whole number between 1 and 65535, not "${raw}".`)
  }
  return port
}

export function serverUrl(): string {
  const raw = process.env.SERVER_URL || process.env.NEXT_PUBLIC_SERVER_URL || `http://localhost:${serverPort()}`
  try {
    return new URL(raw).origin
  } catch {
    throw new ConfigError(`SERVER_URL must be an absolute URL such as https://glassworks.example, not "${raw}".`)
  }
}

const LOOPBACK_HOSTS = ['localhost', '127.0.0.1', '[::1]']

/**
 * The origins whose browser requests may carry the session cookie (Payload's `csrf`) and call
 * the API with credentials (`cors`): SERVER_URL's. When that names this machine by a loopback
 * name (the development default, http://localhost:3000), the other loopback names of the same
 * port are the same server, so the admin works whichever of them the browser was pointed at.
 */
export function trustedOrigins(): string[] {
  const origin = new URL(serverUrl())
  if (!LOOPBACK_HOSTS.includes(origin.hostname)) return [origin.origin]
  return LOOPBACK_HOSTS.map((host) => `${origin.protocol}//${host}${origin.port ? `:${origin.port}` : ''}`)
}

/** Check everything the server needs before anything starts; throws ConfigError with a fix. */
export function validateEnvironment(): void {
  resolvePayloadSecret()
  serverPort()
  serverUrl()
  const { ADMIN_EMAIL, ADMIN_PASSWORD } = process.env
  if (Boolean(ADMIN_EMAIL) !== Boolean(ADMIN_PASSWORD)) {
    throw new ConfigError('Set both ADMIN_EMAIL and ADMIN_PASSWORD to create the first admin, or neither.')
  }
  const overdueDays = process.env.UNPUBLISH_OVERDUE_REVIEW_DAYS
  if (overdueDays && !(Number.isInteger(Number(overdueDays)) && Number(overdueDays) >= 0)) {
    throw new ConfigError(
      `UNPUBLISH_OVERDUE_REVIEW_DAYS must be a whole number of days (0 or unset: never unpublish), not "${overdueDays}".`,
    )
  }
  if (process.env.DATABASE_URL) {
    try {
      new URL(process.env.DATABASE_URL)
    } catch {
      throw new ConfigError('DATABASE_URL must be a URL such as postgres://user:password@host:5432/glassworks.')
    }
  }
}
