import pg from 'pg'

/** Drop a database even while clients are still connected (PostgreSQL 13+). */
export async function dropDatabase(adminUrl: string, database: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl })
  await client.connect()
  try {
    await client.query(`DROP DATABASE IF EXISTS ${pg.escapeIdentifier(database)} WITH (FORCE)`)
  } finally {
    await client.end()
  }
}
