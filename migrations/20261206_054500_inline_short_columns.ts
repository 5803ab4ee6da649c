import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-postgres'

/*
 * Keeps the short text columns (title, slug, excerpt, SEO fields: every `character varying`) of
 * the searched tables in the row (issue #16).
 *
 * 20261205_220000_search_text stores the `search` vector in the row (STORAGE MAIN). A row then
 * stays over PostgreSQL's 2 KB TOAST threshold after the bodies have gone to the TOAST table,
 * so PostgreSQL goes on moving every other EXTENDED value out of line, biggest first, down to
 * 48-byte titles: every read of a title or slug (a list of 20, a search's hits, each
 * comparison of a sort by title) became a TOAST index lookup and a chunk fetch. With these
 * columns MAIN as well, PostgreSQL moves the bodies out first, then compresses, and moves a
 * MAIN value out only when the row still does not fit a page — the vector before a title.
 *
 * Storage applies to rows written from now on (an insert, or an update that changes the value).
 * Rows already stored keep their out-of-line values until the table is rewritten: on a large
 * existing database run `VACUUM FULL articles, treatments, faqs, beauty_tips` in a quiet hour
 * (it cannot run inside a migration's transaction).
 */
const TABLES = ['articles', 'treatments', 'faqs', 'beauty_tips']

async function shortColumns(db: MigrateUpArgs['db'], table: string): Promise<string[]> {
  const result = await db.execute(
    sql`SELECT column_name FROM information_schema.columns
        WHERE table_schema = current_schema() AND table_name = ${table} AND data_type = 'character varying'
        ORDER BY ordinal_position`,
  )
  return (result.rows as { column_name: string }[]).map((row) => row.column_name)
}

async function setStorage(db: MigrateUpArgs['db'], storage: 'MAIN' | 'EXTENDED'): Promise<void> {
  for (const table of TABLES) {
    const columns = await shortColumns(db, table)
    if (columns.length === 0) continue
    const clauses = columns.map((column) => `ALTER COLUMN "${column}" SET STORAGE ${storage}`).join(', ')
    await db.execute(sql.raw(`ALTER TABLE "${table}" ${clauses}`))
  }
}

export async function up({ db }: MigrateUpArgs): Promise<void> {
  await setStorage(db, 'MAIN')
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await setStorage(db, 'EXTENDED')
}
