/**
 * npm run import -- <files or folders> [--dry-run] [--publish] [--force] [--author <slug>]
 *                   [--topic <slug>] [--as <email>] [--json] [--jobs <n>]
 * npm run import -- export.xml [--media-dir <uploads folder>]: a WordPress (WXR) migration.
 * Works with or without a running `npm start`: it attaches to the running embedded database.
 */
import { parseArgs } from 'node:util'
import cliProgress from 'cli-progress'
import Table from 'cli-table3'
import { getPayload } from 'payload'

import type { FileReport } from '../src/import/persist'
import { importFiles, startWorkersAhead } from '../src/import/run'
import { killWorkers } from '../src/import/parallel/pool'
import { postRevalidation } from '../src/site/notifyServer'
import { applyMigrations } from '../src/server/bootstrap'
import { DatabaseStartError, startDatabase } from '../src/server/db/embedded'
import { closePayload } from '../src/server/payload-lifecycle'
import { runScript } from '../src/server/runScript'

const USAGE = `Usage: npm run import -- <files or folders> [--dry-run] [--publish] [--force]
                         [--author <slug>] [--topic <slug>] [--as <email>] [--json] [--jobs <n>]
       npm run import -- <wordpress-export.xml> [--media-dir <wp-content/uploads>] [--dry-run]`

function printTable(reports: FileReport[]): void {
  const table = new Table({
    head: [
      'file',
      'status',
      'title',
      'format',
      'headings',
      'FAQs',
      'tips',
      'treatments linked / created',
      'debris removed',
      'warnings',
    ],
    wordWrap: true,
    colWidths: [22, 10, 30, 12, 10, 6, 6, 26, 16, 34],
  })
  for (const r of reports) {
    table.push([
      r.file.split('/').pop() ?? r.file,
      r.status,
      r.title ?? '',
      r.format ?? '',
      r.headings,
      r.faqs,
      r.tips,
      `${r.treatments.linked.join(', ') || '-'} / ${r.treatments.created.join(', ') || '-'}`,
      r.removed.length ? `${r.removed.length}: ${[...new Set(r.removed.map((x) => x.reason))].join(', ')}` : '0',
      r.error ? `ERROR ${r.error}` : r.warnings.join('\n'),
    ])
  }
  console.log(table.toString())
  for (const r of reports) {
    for (const removal of r.removed)
      console.log(`  removed ${r.file}:${removal.line} (${removal.reason}): ${removal.text}`)
  }
}

async function main(): Promise<number> {
  let parsed
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: {
        'dry-run': { type: 'boolean' },
        publish: { type: 'boolean' },
        force: { type: 'boolean' },
        author: { type: 'string' },
        topic: { type: 'string' },
        as: { type: 'string' },
        'media-dir': { type: 'string' },
        json: { type: 'boolean' },
        jobs: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    })
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`)
    return 2
  }
  const { values, positionals } = parsed
  if (values.help || positionals.length === 0) {
    console.error(USAGE)
    return values.help ? 0 : 2
  }
  // Default: as many import workers as cores (at most 4) for a large folder, one for a few files.
  const jobs = values.jobs === undefined ? 'auto' : Number(values.jobs)
  if (jobs !== 'auto' && !(Number.isInteger(jobs) && jobs >= 1)) {
    console.error(`--jobs ${values.jobs}: give a whole number of workers, 1 or more\n${USAGE}`)
    return 2
  }

  const db = await startDatabase({ attach: true, log: (m) => (values.json ? undefined : console.error(m)) })
  process.env.DATABASE_URL = db.url
  const importOptions = {
    dryRun: values['dry-run'],
    publish: values.publish,
    force: values.force,
    authorSlug: values.author,
    topicSlug: values.topic,
    mediaDir: values['media-dir'],
  }
  // The child workers start now: their Payload initialises while this process's does.
  const children = await startWorkersAhead(positionals, importOptions, jobs, db.url)
  const { default: config } = await import('../payload.config')
  const payload = await getPayload({ config })
  try {
    // A first run on a fresh database: build the schema the same way `npm start` does.
    await applyMigrations(payload)
    let user
    if (values.as) {
      const found = await payload.find({
        collection: 'users',
        where: { email: { equals: values.as.toLowerCase() } },
        limit: 1,
      })
      user = found.docs[0]
      if (!user) throw new Error(`--as ${values.as}: no user with that email`)
    }
    const interactive = !values.json && process.stderr.isTTY
    const bar = interactive
      ? new cliProgress.SingleBar(
          { format: 'importing {bar} {value}/{total} {file}' },
          cliProgress.Presets.shades_classic,
        )
      : undefined
    let started = false
    const result = await importFiles(
      payload,
      positionals,
      { ...importOptions, user },
      (done, total, report) => {
        if (!bar) return
        if (!started) bar.start(total, 0, { file: '' })
        started = true
        bar.update(done, { file: report.file.split('/').pop() })
      },
      { jobs, children },
    )
    bar?.stop()
    // A running app may have cached pages these documents appear on.
    if (!values['dry-run']) await postRevalidation({ all: true })
    if (values.json) console.log(JSON.stringify(result))
    else printTable(result.files)
    return result.files.some((file) => file.status === 'failed') ? 1 : 0
  } finally {
    // Children the run did not take over (it failed before: --as, migrations) still hold connections.
    await killWorkers(children)
    await closePayload(payload)
    await db.stop()
  }
}

runScript(main, (error) =>
  console.error(error instanceof DatabaseStartError ? error.message : `import failed: ${(error as Error).message}`),
)
