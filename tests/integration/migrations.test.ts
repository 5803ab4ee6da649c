import fs from 'node:fs'
import path from 'node:path'
import pg from 'pg'
import { afterAll, describe, expect, inject, it } from 'vitest'

import { dropDatabase } from '../../src/server/db/admin'
import { ensureDatabase, withDatabase } from '../../src/server/db/embedded'
import { projectRoot } from '../../src/server/paths'
import { closePayload } from '../../src/server/payload-lifecycle'
import { migrateDatabase, payloadFor } from '../helpers/migrate'

const adminUrl = inject('adminDatabaseUrl')
const emptyDatabase = `gw_empty_${process.pid}_${Date.now()}`
const emptyUrl = withDatabase(adminUrl, emptyDatabase)

afterAll(() => dropDatabase(adminUrl, emptyDatabase))

describe('migrations', () => {
  it('build the whole schema from an empty database', async () => {
    await ensureDatabase(adminUrl, emptyDatabase)
    await migrateDatabase(emptyUrl)

    const payload = await payloadFor(emptyUrl)
    try {
      const client = new pg.Client({ connectionString: emptyUrl })
      await client.connect()
      const { rows } = await client.query<{ table_name: string }>(
        `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'`,
      )
      await client.end()
      const tables = new Set(rows.map((row) => row.table_name))
      // Every table the config's schema defines exists after the migrations.
      const expected = Object.values(payload.db.tables as Record<string, unknown>).map(
        (table) => (table as Record<symbol, string>)[Symbol.for('drizzle:Name')],
      )
      expect(expected.length).toBeGreaterThan(20)
      expect(expected.filter((name) => !tables.has(name))).toEqual([])
      // And Payload can use them; the first user becomes an admin whatever was asked.
      const user = await payload.create({
        collection: 'users',
        data: { email: 'first@test.glassworks.example', password: 'a-long-password', name: 'First', roles: ['editor'] },
      })
      expect(user.roles).toEqual(['admin'])
    } finally {
      await closePayload(payload)
    }
  })

  it('are applied once: a second run changes nothing', async () => {
    await migrateDatabase(emptyUrl)
    const client = new pg.Client({ connectionString: emptyUrl })
    await client.connect()
    const { rows } = await client.query<{ name: string; batch: number }>('SELECT name, batch FROM payload_migrations')
    await client.end()
    const files = fs.readdirSync(path.join(projectRoot, 'migrations')).filter((f) => /^\d.*\.ts$/.test(f))
    expect(rows.map((r) => r.name).sort()).toEqual(files.map((f) => f.replace(/\.ts$/, '')).sort())
    expect(new Set(rows.map((r) => r.batch)).size).toBe(1)
  })

  it('keep the short text columns of the searched tables in the row, beside their search vector', async () => {
    const client = new pg.Client({ connectionString: emptyUrl })
    await client.connect()
    const { rows } = await client.query<{ table: string; column: string; type: string; storage: string }>(
      `SELECT c.relname AS table, a.attname AS column, format_type(a.atttypid, a.atttypmod) AS type, a.attstorage AS storage
       FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE n.nspname = current_schema() AND c.relname IN ('articles', 'treatments', 'faqs', 'beauty_tips')
         AND a.attnum > 0 AND NOT a.attisdropped`,
    )
    await client.end()
    const storageOf = (table: string, column: string) => rows.find((r) => r.table === table && r.column === column)?.storage
    // 'm' (MAIN): compressed in the row, moved out only when the row cannot fit otherwise.
    expect(storageOf('articles', 'title')).toBe('m')
    expect(storageOf('articles', 'slug')).toBe('m')
    expect(storageOf('articles', 'search')).toBe('m')
    const varchar = rows.filter((r) => r.type.startsWith('character varying'))
    expect(varchar.length).toBeGreaterThan(8)
    expect(varchar.filter((r) => r.storage !== 'm').map((r) => `${r.table}.${r.column}`)).toEqual([])
    // The bodies still go to the TOAST table first.
    expect(storageOf('articles', 'body')).toBe('x')
  })

  it('cover the whole config: no schema change lacks a migration', async () => {
    const payload = await payloadFor(inject('databaseUrl'))
    try {
      const db = payload.db as unknown as {
        schema: unknown
        requireDrizzleKit(): {
          generateDrizzleJson(schema: unknown): Promise<{ version: string }>
          generateMigration(before: unknown, after: unknown): Promise<string[]>
          upSnapshot?(snapshot: unknown): unknown
        }
      }
      const kit = db.requireDrizzleKit()
      const current = await kit.generateDrizzleJson(db.schema)
      const dir = path.join(projectRoot, 'migrations')
      const latest = fs
        .readdirSync(dir)
        .filter((f) => f.endsWith('.json'))
        .sort()
        .at(-1)
      expect(latest, 'a migration snapshot is committed').toBeDefined()
      const snapshot = JSON.parse(fs.readFileSync(path.join(dir, latest!), 'utf8'))
      const statements = await kit.generateMigration(snapshot, current)
      expect(statements, 'run `npm run migrate:create -- <name>` and commit it').toEqual([])
    } finally {
      await closePayload(payload)
    }
  })
})
