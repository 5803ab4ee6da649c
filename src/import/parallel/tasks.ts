import type { Payload, PayloadRequest } from 'payload'

import type { Article } from '../../../payload-types'
import { ImportBatch } from '../lookup'
import type { ImportOptions } from '../options'
import type { ParsedDocument } from '../parse'
import { importCtx, inImportTransaction, markFailed, parseSource, readSource, restoreReport, writeArticle, type LinkedIds, type ParsedItem } from '../persist'
import { describeFailure, type FileReport } from '../report'

/*
 * What one import worker does, in whichever process it runs (the importing process itself, or a
 * child: ./child.ts). It parses the files it is given and keeps them; the run (./run.ts) writes
 * what they link to, then asks each worker to write its own articles.
 */

export interface ParseTask {
  index: number
  path: string
  options: ImportOptions
}

/** The parse's report, and the document without its body (what the linked documents need; the body stays with the worker). */
export interface ParseResult {
  index: number
  report: FileReport
  doc?: ParsedDocument
}

/** An article to write, with its file (to parse it again if another worker parsed it). */
export interface WriteTask extends ParseTask {
  existing?: Article
  links: LinkedIds
  report: FileReport
}

export interface WriteResult {
  index: number
  report: FileReport
}

/** Articles written in one transaction at most, as the serial import's batches (BATCH_FILES in run.ts). */
const WRITE_BATCH = 50

export class ImportWorkerTasks {
  private readonly held = new Map<number, ParsedItem>()

  constructor(private readonly payload: Payload) {}

  async parse(tasks: ParseTask[], withBody: boolean): Promise<ParseResult[]> {
    const results: ParseResult[] = []
    for (const task of tasks) {
      const input = await readSource(task.path)
      if ('error' in input) {
        results.push({ index: task.index, report: input.error })
        continue
      }
      const parsed = parseSource(input, task.options)
      if (parsed.doc) this.held.set(task.index, { input, parsed, options: task.options })
      results.push({ index: task.index, report: parsed.report, doc: parsed.doc && (withBody ? parsed.doc : { ...parsed.doc, body: [] }) })
    }
    return results
  }

  /**
   * Write the articles of files this worker parsed: a transaction per batch; when one of its
   * documents fails, the batch is rolled back and written again one transaction per document, so
   * the failure stays with its own file. Forgets the parsed documents afterwards.
   */
  private async writeHeld(tasks: WriteTask[]): Promise<WriteResult[]> {
    const results: WriteResult[] = []
    for (let start = 0; start < tasks.length; start += WRITE_BATCH) {
      const chunk = tasks.slice(start, start + WRITE_BATCH)
      const before = chunk.map((t) => structuredClone(t.report))
      try {
        await inImportTransaction(this.payload, (req) => this.writeTogether(req, chunk))
      } catch (error) {
        this.payload.logger.info({ msg: `import: a batch of ${chunk.length} articles was rolled back (${describeFailure(error)}); writing them one by one` })
        chunk.forEach((task, i) => restoreReport(task.report, before[i]))
        for (const task of chunk) {
          try {
            await inImportTransaction(this.payload, (req) => this.writeTogether(req, [task]))
          } catch (failure) {
            markFailed(this.payload, task.report, task.path, failure)
          }
        }
      }
      for (const task of chunk) {
        results.push({ index: task.index, report: task.report })
        this.held.delete(task.index)
      }
    }
    return results
  }

  /** Files parsed but not written (unchanged, skipped, their links failed): nothing more to keep. */
  forget(indexes: number[]): void {
    for (const index of indexes) this.held.delete(index)
  }

  async write(tasks: WriteTask[]): Promise<WriteResult[]> {
    // Files another worker parsed (taken over at the end of a round): parsed here too.
    for (const task of tasks) if (!this.held.has(task.index)) await this.parse([task], false)
    return this.writeHeld(tasks)
  }

  /** Articles in the transaction `req`, their audit rows written together before it commits. */
  private async writeTogether(req: PayloadRequest, tasks: WriteTask[]): Promise<void> {
    const batch = new ImportBatch()
    for (const task of tasks) await this.writeOne(req, batch, task)
    await batch.flush(this.payload, req)
  }

  private async writeOne(req: PayloadRequest, batch: ImportBatch, task: WriteTask): Promise<void> {
    const item = this.held.get(task.index)
    if (!item?.parsed.doc) throw new Error(`${task.path} could not be read again for writing`)
    const ctx = importCtx(this.payload, req, batch, item.options, task.report)
    await writeArticle(ctx, item.input, item.parsed.doc, task.existing, item.options, task.links)
    task.report.status = task.existing ? 'updated' : 'created'
  }
}
