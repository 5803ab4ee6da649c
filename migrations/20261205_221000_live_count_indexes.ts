import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-postgres'

/*
 * Every visitor list (REST, GraphQL, the site's reads) asks Payload for a page of published,
 * untrashed documents, and Payload counts them first:
 *   select count(*) from "articles" where _status = 'published' and deleted_at is null
 * Without an index that holds both columns that count reads the whole table — with the search
 * vectors now stored in the row (20261205_220000_search_text) about 4 KB per article, 40 MB at
 * 10k articles. A partial index on `_status` over untrashed rows lets PostgreSQL count with an
 * index-only scan (issue #16: REST list of 20 at 10k articles).
 */
const TABLES = ['articles', 'treatments', 'faqs', 'beauty_tips']

export async function up({ db }: MigrateUpArgs): Promise<void> {
  for (const table of TABLES) {
    await db.execute(
      sql.raw(`CREATE INDEX IF NOT EXISTS "${table}_live_status_idx" ON "${table}" ("_status") WHERE "deleted_at" IS NULL`),
    )
  }
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  for (const table of TABLES) await db.execute(sql.raw(`DROP INDEX IF EXISTS "${table}_live_status_idx"`))
}
