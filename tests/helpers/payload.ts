import type { Payload } from 'payload'
import { afterAll, beforeAll, inject } from 'vitest'

import { closePayload } from '../../src/server/payload-lifecycle'
import { payloadFor } from './migrate'

/**
 * The Local API on the run's test database, opened before a file's tests and closed after.
 * Use as: `const ctx = usePayload()` then `ctx.payload` inside tests.
 */
export function usePayload(): { payload: Payload } {
  const ctx = {} as { payload: Payload }
  beforeAll(async () => {
    ctx.payload = await payloadFor(inject('databaseUrl'))
  })
  afterAll(async () => {
    if (ctx.payload) await closePayload(ctx.payload)
  })
  return ctx
}

let counter = 0
/** A value unique within the run, for emails and slugs. */
export const unique = (prefix: string): string => `${prefix}-${process.pid}-${Date.now().toString(36)}-${++counter}`
