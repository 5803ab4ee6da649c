/**
 * Scenario 7 in its own process (its own Payload, its own throw-away database): import a
 * folder of generated documents through the real importer and print the timing as JSON.
 * Usage: tsx bench/importWorker.ts <folder> [jobs]   (DATABASE_URL, PAYLOAD_SECRET, MEDIA_DIR set by the bench)
 * jobs: the importer's --jobs (default: its own default for the folder, 'auto').
 */
import { getPayload } from 'payload'

import config from '../payload.config'
import { applyMigrations } from '../src/server/bootstrap'
import { parseSource, readSource } from '../src/import/persist'
import { collectFiles, importFiles, plannedJobs, startWorkersAhead } from '../src/import/run'
import { closePayload } from '../src/server/payload-lifecycle'
import { runScript } from '../src/server/runScript'

async function main(): Promise<void> {
  const folder = process.argv[2]
  const jobs = process.argv[3] ? Number(process.argv[3]) : 'auto'
  // As `npm run import` does: the child workers start with this process's Payload, not in the
  // timed import (the import's own Payload start-up is not timed either).
  const children = await startWorkersAhead([folder], {}, jobs, process.env.DATABASE_URL)
  const payload = await getPayload({ config })
  await applyMigrations(payload)
  // The parse alone (no database), untimed in the rate: how much of the CPU per document is reading the files.
  const parseCpu = process.cpuUsage()
  const { files: names } = await collectFiles([folder])
  for (const file of names) {
    const input = await readSource(file)
    if (!('error' in input)) parseSource(input)
  }
  const parsed = process.cpuUsage(parseCpu)
  const parseCpuSeconds = (parsed.user + parsed.system) / 1e6
  console.log('BENCH_IMPORT_START')
  const started = performance.now()
  const cpuAtStart = process.cpuUsage()
  const { files, workerCpuSeconds = 0 } = await importFiles(payload, [folder], {}, undefined, { jobs, children })
  const seconds = (performance.now() - started) / 1000
  // The worker's own CPU (user + system) and its import children's (without their start-up): on a
  // shared machine the wall clock follows the load, this much less so.
  const cpu = process.cpuUsage(cpuAtStart)
  const cpuSeconds = (cpu.user + cpu.system) / 1e6 + workerCpuSeconds
  const failed = files.filter((f) => f.status === 'failed')
  const created = files.filter((f) => f.status === 'created').length
  console.log(
    `BENCH_RESULT ${JSON.stringify({ files: files.length, created, failed: failed.length, firstError: failed[0]?.error, seconds, cpuSeconds, parseCpuSeconds, jobs: plannedJobs(names, {}, jobs) })}`,
  )
  await closePayload(payload)
}

runScript(main)
