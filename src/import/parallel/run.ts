import path from 'node:path'
import type { Payload, PayloadRequest } from 'payload'

import type { Article } from '../../../payload-types'
import { ImportBatch, type Ctx } from '../lookup'
import { ImportFailure, type ImportOptions } from '../options'
import type { ParsedDocument } from '../parse'
import { planWrite, prefetchFor, restoreReport, writeLinked, type LinkedIds } from '../persist'
import { describeFailure, type FileReport } from '../report'
import { killWorkers, startWorkers, stopWorkers, type ImportWorker } from './pool'
import { inImportTransaction, type ParseResult, type ParseTask, type WriteResult, type WriteTask } from './tasks'

/*
 * A folder imported by several workers (./pool.ts), in rounds of files:
 *   1. the workers parse the round's files, each its share (the CPU-heavy half that needs no database);
 *   2. this process writes, in file order and in one transaction, what the articles link to:
 *      treatments, topics, and the FAQs and tips files share, created once and updated once with
 *      the last file's data, as the serial import's batches do; it also decides, per file, whether
 *      the article is written at all (unchanged, edited in the admin, slug taken);
 *   3. each worker writes the articles of the files it parsed, linking by id, a transaction per
 *      batch of its files, all workers at once.
 * Every document still goes through Payload's create/update with hooks and validation.
 */

/** A file to import, with its options (its manifest entry resolved), or the report that it cannot be. */
export type FileEntry = { file: string; options: ImportOptions } | { file: string; report: FileReport }

/** Files per round: bounds the parsed documents held in memory, as BATCH_FILES does for the serial import. */
const ROUND_FILES = 500

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
): Promise<{ reports: FileReport[]; workerCpuSeconds: number }> {
  const workers = startWorkers(payload, jobs)
  try {
    const reports: FileReport[] = []
    const batch = new ImportBatch()
    for (let start = 0; start < entries.length; start += ROUND_FILES) {
      const round = await importRound(payload, workers, batch, entries, start, Math.min(entries.length, start + ROUND_FILES))
      for (const report of round) {
        reports.push(report)
        onReport(report)
      }
    }
    return { reports, workerCpuSeconds: await stopWorkers(workers) }
  } catch (error) {
    killWorkers(workers)
    throw error
  }
}

/** Files a worker parses at a time, and articles it writes in one transaction: small enough to share the tail of a round out evenly. */
const PARSE_CHUNK = 10
const WRITE_CHUNK = 25

async function importRound(payload: Payload, workers: ImportWorker[], batch: ImportBatch, entries: FileEntry[], start: number, end: number): Promise<FileReport[]> {
  const reports = new Map<number, FileReport>()
  // 1. Parse: each worker takes the next files as soon as it is free (a child still starting
  //    takes none); it keeps what it parsed.
  const queue: ParseTask[] = []
  for (let index = start; index < end; index++) {
    const entry = entries[index]
    if ('report' in entry) reports.set(index, entry.report)
    else queue.push({ index, path: entry.file, options: entry.options })
  }
  const tasksByIndex = new Map(queue.map((t) => [t.index, t]))
  const owner = new Map<number, number>()
  const parsed: ParseResult[] = []
  let parsing = 0
  let allParsed!: () => void
  const finished = new Promise<void>((resolve) => (allParsed = resolve))
  const loops = workers.map(async (worker, w) => {
    // Linking need not wait for a child that starts after the others parsed everything.
    await Promise.race([worker.ready, finished])
    while (queue.length) {
      const chunk = queue.splice(0, PARSE_CHUNK)
      for (const t of chunk) owner.set(t.index, w)
      parsing++
      parsed.push(...(await worker.parse(chunk)))
      parsing--
    }
    if (!parsing) allParsed()
  })
  for (const loop of loops) loop.catch(() => undefined)
  if (!queue.length) allParsed()
  await Promise.race([finished, Promise.all(loops)])
  await finished
  parsed.sort((a, b) => a.index - b.index)
  const linking: Linking[] = []
  for (const { index, report, doc } of parsed) {
    reports.set(index, report)
    const entry = entries[index] as { file: string; options: ImportOptions }
    if (doc) linking.push({ index, input: { path: entry.file, fileName: path.basename(entry.file) }, doc, options: entry.options, report })
  }

  // 2. What the articles link to, in file order.
  const links = await linkInOrder(payload, batch, linking)

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
      item.report.status = 'failed'
      item.report.treatments = { linked: [], created: [] }
      item.report.error = `${item.input.path}: ${describeFailure(error)}`
      if (!(error instanceof ImportFailure)) payload.logger.error({ err: error, msg: `import of ${item.input.path} failed` })
    }
  }
  return links
}

async function linkOne(payload: Payload, req: PayloadRequest, batch: ImportBatch, item: Linking): Promise<{ existing?: Article; links: LinkedIds } | undefined> {
  const plan = await planWrite(payload, batch, item.input, item.doc, item.options, item.report)
  if (!plan.write) return undefined
  const publish = Boolean(item.options.publish)
  const ctx: Ctx = { payload, req, batch, publish, publishTreatments: publish && !item.options.metadata?.keepTreatmentsDraft, report: item.report }
  const links = await writeLinked(ctx, item.doc, item.options)
  // The slug is this file's from now on: a later file of the run with the same slug is refused,
  // as in a serial import, where this article would already exist.
  if (!plan.existing) batch.wroteArticle({ id: -1 - item.index, slug: item.doc.slug, importSource: { fileName: item.input.fileName } } as Article)
  return { existing: plan.existing, links }
}
