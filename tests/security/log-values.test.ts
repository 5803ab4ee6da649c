import type { PostgresAdapter } from '@payloadcms/db-postgres'
import { sql } from 'drizzle-orm'
import { pino } from 'pino'
import { describe, expect, it } from 'vitest'

import { LIMITS } from '../../src/server/budget/limits'
import { boundedLogger } from '../../src/server/logging'
import { usePayload } from '../helpers/payload'

const ctx = usePayload()

describe('logs never carry long request values', () => {
  it('logs a failing INSERT with a 5 MB parameter in a few kilobytes', async () => {
    const huge = `start-${'x'.repeat(5_000_000)}-end`
    const adapter = ctx.payload.db as unknown as PostgresAdapter
    // A real database failure whose error object carries the statement and its parameters.
    const failure = await adapter.drizzle
      .execute(sql`insert into articles (title, no_such_column) values (${huge}, 1)`)
      .then(() => undefined, (error: unknown) => error)
    expect(failure).toBeInstanceOf(Error)
    expect(JSON.stringify({ ...(failure as object), message: (failure as Error).message }).length).toBeGreaterThan(5_000_000)

    const lines: string[] = []
    const logger = pino({ hooks: boundedLogger.options.hooks }, { write: (line: string) => void lines.push(line) })
    logger.error({ err: failure, msg: 'Failed to create the article' })
    logger.error(failure as Error)
    const written = lines.join('')
    expect(written.length).toBeLessThan(20_000)
    expect(written).toContain('more characters')
    expect(written).not.toContain('x'.repeat(LIMITS.loggedValueChars + 1))
    expect(written).toContain('Failed to create the article')
  })
})
