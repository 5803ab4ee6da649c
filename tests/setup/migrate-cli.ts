/**
 * `tsx tests/setup/migrate-cli.ts <database url>`: build that database's schema from the
 * committed migrations. The global setup runs this as a child process rather than importing
 * Payload into vitest's own process: there, loading Payload's module graph through vitest's
 * module runner sometimes never finished (the run hung before its first migration, most often
 * on a busy machine), and a child process is the same path `npm run migrate` takes.
 */
import { migrateDatabase } from '../helpers/migrate'

const url = process.argv[2]
if (!url) {
  console.error('usage: tsx tests/setup/migrate-cli.ts <database url>')
  process.exit(2)
}
migrateDatabase(url).then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error)
    process.exit(1)
  },
)
