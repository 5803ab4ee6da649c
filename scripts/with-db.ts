/**
 * Run a command with DATABASE_URL pointing at the project's database: the one given, or the
 * embedded PostgreSQL started for the duration. `tsx scripts/with-db.ts -- payload migrate:create`
 */
import { spawnBin, waitForExit } from '../src/server/children'
import { DatabaseStartError, startDatabase } from '../src/server/db/embedded'
import { runScript } from '../src/server/runScript'

async function main(): Promise<number> {
  const separator = process.argv.indexOf('--')
  const [bin, ...args] = process.argv.slice(separator === -1 ? 2 : separator + 1)
  if (!bin) {
    console.error('Usage: tsx scripts/with-db.ts -- <command> [args...]')
    return 2
  }
  const db = await startDatabase()
  try {
    const child = spawnBin(bin, args, { env: { ...process.env, DATABASE_URL: db.url } })
    return await waitForExit(child)
  } finally {
    await db.stop()
  }
}

runScript(main, (error) => console.error(error instanceof DatabaseStartError ? `\n${error.message}\n` : error))
