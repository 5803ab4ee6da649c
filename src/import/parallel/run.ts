import path from 'node:path'
import type { Payload, PayloadRequest } from 'payload'

import type { Article } from '../../../payload-types'
import { ImportBatch } from '../lookup'
import type { ImportOptions } from '../options'
import type { ParsedDocument } from '../parse'
import { importCtx, inImportTransaction, markFailed, planWrite, prefetchFor, restoreReport, writeLinked, type LinkedIds } from '../persist'
import { describeFailure, type FileReport } from '../report'
import { killWorkers, startWorkers, stopWorkers, type ImportWorker } from './pool'
import { RoundParse } from './roundParse'
import type { ParseTask, WriteResult, WriteTask } from './tasks'

/*
 * A folder imported by several workers (./pool.ts), in rounds of files:
 *   1. the workers parse the round's files, each its share (the CPU-heavy half that needs no
 *      database; ./roundParse.ts);
 *   2. this process writes, in file order and in one transaction, what the articles link to:
 *      treatments, topics, and the FAQs and tips files share, created once and updated once with
 *      the last file's data, as the serial import's batches do; it also decides, per file, whether
 *      the article is written at all (unchanged, edited in the admin, slug taken). The children,
 *      idle otherwise, parse the next round's files meanwhile;
 *   3. each worker writes the articles of the files it parsed, linking by id, a transaction per
 *      batch of its files, all workers at once.
 * Every document still goes through Payload's create/update with hooks and validation.
 */

/** A file to import, with its options (its manifest entry resolved), or the report that it cannot be. */
export type FileEntry = { file: string; options: ImportOptions } | { file: string; report: FileReport }

/** Files per round: bounds the parsed documents held in memory, as BATCH_FILES does for the serial import. */
export const ROUND_FILES = 500

interface Linking {
  index: number
  input: { path: string; fileName: string }
  doc: ParsedDocument
  options: ImportOptions
  report: FileReport
}

type Links = Map<number, { existing?: Article; links: LinkedIds }>

export async function importInParallel(
  payload: Payload,
  entries: FileEntry[],
  jobs: number,
  onReport: (report: FileReport) => void,
  ahead: ImportWorker[] = [],
  roundFiles = ROUND_FILES,
): Promise<{ reports: FileReport[]; workerCpuSeconds: number }> {
  const workers = startWorkers(payload, jobs, ahead)
  try {
    const reports: FileReport[] = []
    const batch = new ImportBatch()
    let next: Round | undefined = roundOf(entries, 0, roundFiles)
    for (let start = 0; start < entries.length; start += roundFiles) {
      const current: Round = next!
      next = start + roundFiles < entries.length ? roundOf(entries, start + roundFiles, roundFiles) : undefined
      const round = await importRound(payload, workers, batch, current, next?.parse)
      for (const report of round) {
        reports.push(report)
        onReport(report)
      }
    }
    return { reports, workerCpuSeconds: await stopWorkers(workers) }
  } catch (error) {
    await killWorkers(workers)
    throw error
  }
}

/** Articles a worker writes in one transaction: small enough to share the tail of a round out evenly. */
const WRITE_CHUNK = 25

interface Round {
  /** The files' reports known before parsing (a manifest that refuses them). */
  reports: Map<number, FileReport>
  parse: RoundParse
}

function roundOf(entries: FileEntry[], start: number, size: number): Round {
  const reports = new Map<number, FileReport>()
  const tasks: ParseTask[] = []
  for (let index = start; index < Math.min(entries.length, start + size); index++) {
    const entry = entries[index]
    if ('report' in entry) reports.set(index, entry.report)
    else tasks.push({ index, path: entry.file, options: entry.options })
  }
  return { reports, parse: new RoundParse(tasks) }
}

async function importRound(payload: Payload, workers: ImportWorker[], batch: ImportBatch, round: Round, next?: RoundParse): Promise<FileReport[]> {
  const reports = round.reports
  const all = workers.map((_, w) => w)
  // 1. Parse: each worker takes the next files as soon as it is free (the children may have
  //    started during the previous round's linking); it keeps what it parsed.
  await round.parse.run(workers, all)
  const parsed = round.parse.parsed()
  const { owner, tasks: tasksByIndex } = round.parse
  const linking: Linking[] = []
  for (const { index, report, doc } of parsed) {
    reports.set(index, report)
    const task = tasksByIndex.get(index)!
    if (doc) linking.push({ index, input: { path: task.path, fileName: path.basename(task.path) }, doc, options: task.options, report })
  }

  // 2. What the articles link to, in file order, in this process; the children, which would
  //    wait meanwhile, parse the next round's first files.
  let linked!: () => void
  const linkingDone = new Promise<void>((resolve) => (linked = resolve))
  const ahead = next?.run(workers, all.slice(1), linkingDone)
  ahead?.catch(() => undefined)
  let links: Links
  try {
    links = await linkInOrder(payload, batch, linking)
  } finally {
    linked()
  }
  await ahead

  // 3. The articles: each worker first those it parsed; one that runs out takes the last ones
  //    of the busiest other worker, and parses them again (a parse is a fraction of a write).
  const own: WriteTask[][] = workers.map(() => [])
  const done: number[][] = workers.map(() => [])
  for (const item of linking) {
    const planned = links.get(item.index)
    const w = owner.get(item.index)!
    if (planned) own[w].push({ ...tasksByIndex.get(item.index)!, existing: planned.existing, links: planned.links, report: item.report })
    else done[w].push(item.index)
  }
  const written: WriteResult[] = []
  await Promise.all(
    workers.map(async (worker, w) => {
      // A child still starting takes over the last articles of the others once it is up.
      await worker.ready
      for (;;) {
        let chunk = own[w].splice(0, WRITE_CHUNK)
        if (!chunk.length) {
          const busiest = own.reduce((a, b, i) => (b.length > own[a].length ? i : a), 0)
          // Half of what is left there, so that the two finish together.
          chunk = own[busiest].splice(-Math.min(WRITE_CHUNK, Math.ceil(own[busiest].length / 2)))
          for (const t of chunk) done[busiest].push(t.index)
        }
        if (!chunk.length) break
        written.push(...(await worker.write(chunk)))
      }
    }),
  )
  // What each worker still holds (unchanged files, articles another worker wrote).
  await Promise.all(workers.map((worker, w) => worker.forget(done[w])))
  for (const { index, report } of written) reports.set(index, report)
  return [...reports.entries()].sort((a, b) => a[0] - b[0]).map(([, report]) => report)
}

/**
 * Step 2 for a round's parsed files, in one transaction. If it fails, it is rolled back and each
 * file gets a transaction of its own, so a failure stays with its file and leaves nothing of it.
 */
async function linkInOrder(payload: Payload, batch: ImportBatch, items: Linking[]): Promise<Links> {
  if (!items.length) return new Map()
  await prefetchFor(payload, batch, items.map((i) => ({ fileName: i.input.fileName, doc: i.doc })))
  const before = items.map((i) => structuredClone(i.report))
  try {
    const links = await inImportTransaction(payload, async (req) => {
      const out: Links = new Map()
      for (const item of items) {
        const planned = await linkOne(payload, req, batch, item)
        if (planned) out.set(item.index, planned)
      }
      await batch.flush(payload, req)
      return out
    })
    batch.commit()
    return links
  } catch (error) {
    batch.rollback()
    payload.logger.info({ msg: `import: linking ${items.length} documents was rolled back (${describeFailure(error)}); linking them one by one` })
    items.forEach((item, i) => restoreReport(item.report, before[i]))
  }
  const links: Links = new Map()
  for (const item of items) {
    try {
      const planned = await inImportTransaction(payload, async (req) => {
        const one = await linkOne(payload, req, batch, item)
        await batch.flush(payload, req)
        return one
      })
      batch.commit()
      if (planned) links.set(item.index, planned)
    } catch (error) {
      batch.rollback()
      item.report.treatments = { linked: [], created: [] }
      markFailed(payload, item.report, item.input.path, error)
    }
  }
  return links
}

async function linkOne(payload: Payload, req: PayloadRequest, batch: ImportBatch, item: Linking): Promise<{ existing?: Article; links: LinkedIds } | undefined> {
  const plan = await planWrite(payload, batch, item.input, item.doc, item.options, item.report)
  if (!plan.write) return undefined
  const links = await writeLinked(importCtx(payload, req, batch, item.options, item.report), item.doc, item.options)
  // The slug is this file's from now on: a later file of the run with the same slug is refused,
  // as in a serial import, where this article would already exist.
  if (!plan.existing) batch.wroteArticle({ id: -1 - item.index, slug: item.doc.slug, importSource: { fileName: item.input.fileName } } as Article)
  return { existing: plan.existing, links }
}
