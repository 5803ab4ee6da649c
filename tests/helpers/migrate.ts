import { getPayload, type Payload } from 'payload'

import { createConfig } from '../../payload.config'
import { applyMigrations } from '../../src/server/bootstrap'
import { closePayload } from '../../src/server/payload-lifecycle'
import { TEST_SECRET } from './constants'

let instances = 0

/**
 * A new Payload instance on the database at `url`, with its own config and pool. The key is
 * unique because getPayload caches by key and would hand back an instance already closed.
 */
export async function payloadFor(url: string): Promise<Payload> {
  process.env.PAYLOAD_SECRET ||= TEST_SECRET
  return getPayload({ config: createConfig(url), key: `${url}#${++instances}` })
}

/** Build the schema of the database at `url` from the committed migrations. */
export async function migrateDatabase(url: string): Promise<void> {
  const payload = await payloadFor(url)
  try {
    await applyMigrations(payload)
  } finally {
    await closePayload(payload)
  }
}
