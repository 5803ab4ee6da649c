import fs from 'node:fs/promises'
import path from 'node:path'
import { createLocalReq, type Payload, type PayloadRequest } from 'payload'

import type { Article } from '../../payload-types'
import { inTransaction } from '../server/db/transaction'

import { contentHash, saveArticle, type ArticleLinks } from './article'
import { heroImage } from './hero'
import { ImportBatch, type Ctx } from './lookup'
import { IMPORT_CONTEXT, ImportFailure, type ImportOptions } from './options'
import { ImportParseError, parseDocument, type ParsedDocument } from './parse'
import { sha256 } from './parse/decode'
import { ensureTopics, ensureTreatments, relatedSlugs, upsertFaqs, upsertTips } from './related'
import { describeFailure, emptyReport, type FileReport } from './report'

/*
 * One file in, one article out (with its FAQs, tips and treatments). The pieces: parse
 * (./parse), the batch's lookups (lookup.ts), linked documents (related.ts), the hero
 * (hero.ts), the article and its audit row (article.ts, workflowState.ts).
 */

export type { FileReport, FileStatus } from './report'
export { IMPORT_CONTEXT, IMPORT_REVIEW_NOTE, SYSTEM_IMPORTER, type FileMetadata, type ImportOptions } from './options'
export { ImportBatch } from './lookup'

/**
 * Import one file as a draft article with its FAQs, tips and treatments, in one transaction:
 * a failure leaves nothing behind. Idempotent by source hash; never overwrites an editor's
 * changes without `force`.
 */
export async function importFile(payload: Payload, filePath: string, options: ImportOptions = {}, batch?: ImportBatch): Promise<FileReport> {
  const input = await readSource(filePath)
  if ('error' in input) return input.error
  return importSource(payload, input, options, batch)
}

/** A file's bytes, or the failed report saying why there are none. */
export async function readSource(filePath: string): Promise<ImportSourceInput | { error: FileReport }> {
  try {
    const stat = await fs.stat(filePath)
    if (!stat.isFile()) throw new ImportParseError('is not a regular file')
    return { path: filePath, fileName: path.basename(filePath), bytes: await fs.readFile(filePath) }
  } catch (error) {
    const report = emptyReport(filePath)
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message
    report.error = `${filePath}: ${reason}`
    return { error: report }
  }
}

/** One document to import: its bytes, the name it is known by (the idempotency key) and where it is (for messages and relative images). */
export interface ImportSourceInput {
  path: string
  fileName: string
  bytes: Uint8Array
}

export interface ParsedSource {
  doc?: ParsedDocument
  report: FileReport
}

/** Parses only: the report an import would give, without touching the database. */
export function parseSource(input: ImportSourceInput, options: ImportOptions = {}): ParsedSource {
  const report = emptyReport(input.path)
  try {
    const doc = parseDocument({ fileName: input.fileName, bytes: input.bytes, title: options.metadata?.title })
    if (options.metadata?.heroImage) doc.heroImage = options.metadata.heroImage
    if (options.metadata?.publishedAt) doc.publishedAt = options.metadata.publishedAt
    if (options.metadata) doc.sourceHash = sha256(`${doc.sourceHash}\n${options.metadata.hash}`)
    Object.assign(report, {
      format: doc.format,
      encoding: doc.encoding,
      slug: doc.slug,
      title: doc.title,
      headings: doc.headings,
      faqs: doc.faqs.length,
      tips: doc.tips.length,
      removed: doc.removed,
      warnings: doc.warnings.map((w) => (w.line ? `line ${w.line}: ${w.message}` : w.message)),
    })
    return { doc, report }
  } catch (error) {
    if (!(error instanceof ImportParseError)) throw error
    report.error = `${input.path}${error.line ? `:${error.line}` : ''}: ${error.message}`
    return { report }
  }
}

/**
 * Reads, for a batch of parsed files, everything their imports look up (articles by file name
 * and slug, treatments, FAQs, tips, topics), one query per collection.
 */
export async function prefetchFor(payload: Payload, batch: ImportBatch, items: { fileName: string; doc?: ParsedDocument }[]): Promise<void> {
  const parsed = items.filter((i): i is { fileName: string; doc: ParsedDocument } => Boolean(i.doc))
  if (!parsed.length) return
  await batch.prefetchArticles(payload, parsed.map((i) => ({ fileName: i.fileName, slug: i.doc.slug })))
  const slugs = parsed.map((i) => relatedSlugs(i.doc))
  for (const collection of ['treatments', 'faqs', 'beauty-tips', 'topics'] as const) {
    await batch.prefetch(payload, collection, slugs.flatMap((s) => s[collection]))
  }
}

/** Import one document (see importFile) from bytes in memory: an upload, a WordPress post. */
export async function importSource(payload: Payload, input: ImportSourceInput, options: ImportOptions = {}, batch?: ImportBatch): Promise<FileReport> {
  return importParsed(payload, input, parseSource(input, options), options, batch)
}

/**
 * The writing half of importSource, for a document parsed already (a batch parses first to
 * prefetch). With `shared`, the writes join that transaction (importParsedTogether) and a
 * failure is thrown for the caller to roll back; without it, the document gets a transaction
 * of its own and a failure becomes the report's error.
 */
export async function importParsed(
  payload: Payload,
  input: ImportSourceInput,
  parsed: ParsedSource,
  options: ImportOptions = {},
  batch = new ImportBatch(),
  shared?: PayloadRequest,
): Promise<FileReport> {
  const { path: filePath } = input
  const report = parsed.report
  if (!parsed.doc) return report
  const doc = parsed.doc
  const plan = await planWrite(payload, batch, input, doc, options, report)
  if (!plan.write) return report
  const { existing } = plan

  if (shared) {
    await writeDocument(importCtx(payload, shared, batch, options, report), input, doc, existing, options)
    report.status = existing ? 'updated' : 'created'
    return report
  }
  // The import writes as the system (a trusted operator tool); the user who ran it is recorded.
  const req = await createLocalReq({ context: { ...IMPORT_CONTEXT } }, payload)
  try {
    await inTransaction(req, async () => {
      await writeDocument(importCtx(payload, req, batch, options, report), input, doc, existing, options)
      await batch.flush(payload, req)
    })
    batch.commit()
    report.status = existing ? 'updated' : 'created'
    return report
  } catch (error) {
    batch.rollback()
    report.treatments = { linked: [], created: [] }
    markFailed(payload, report, filePath, error)
    return report
  }
}

/** What one document's writes share: where they go, and whether it and its treatments are published. */
export function importCtx(payload: Payload, req: PayloadRequest, batch: ImportBatch, options: ImportOptions, report: FileReport): Ctx {
  const publish = Boolean(options.publish)
  return { payload, req, batch, publish, publishTreatments: publish && !options.metadata?.keepTreatmentsDraft, report }
}

/** The file's report says it failed and why; a failure that is not the document's own is logged. */
export function markFailed(payload: Payload, report: FileReport, filePath: string, error: unknown): void {
  report.status = 'failed'
  report.error = `${filePath}: ${describeFailure(error)}`
  if (!(error instanceof ImportFailure)) payload.logger.error({ err: error, msg: `import of ${filePath} failed` })
}

/** `write` in a transaction of its own, as the importer (system writes, per-document revalidation skipped). */
export async function inImportTransaction<T>(payload: Payload, write: (req: PayloadRequest) => Promise<T>): Promise<T> {
  const req = await createLocalReq({ context: { ...IMPORT_CONTEXT } }, payload)
  return inTransaction(req, () => write(req))
}

/**
 * Whether a parsed document is written, and over which article: not when its file name's
 * article is unchanged, edited in the admin since (without `force`), a dry run, or when another
 * article holds its slug; the report then says so. Reads through the batch's lookups.
 */
export async function planWrite(
  payload: Payload,
  batch: ImportBatch,
  input: Pick<ImportSourceInput, 'path' | 'fileName'>,
  doc: ParsedDocument,
  options: ImportOptions,
  report: FileReport,
): Promise<{ write: false } | { write: true; existing?: Article }> {
  const { article: existing, fromThisFile } = await batch.article(payload, input.fileName, doc.slug)
  if (existing && !fromThisFile) {
    report.error = `${input.path}: an article with the slug "${doc.slug}" already exists and was not imported from this file; rename one of them`
    return { write: false }
  }
  const publish = Boolean(options.publish)
  if (existing?.importSource?.sourceHash === doc.sourceHash && (!publish || existing._status === 'published')) {
    report.status = 'unchanged'
    report.treatments.linked = doc.treatments.map((t) => t.name)
    return { write: false }
  }
  if (existing && !options.force && existing.importSource?.contentHash !== contentHash(existing)) {
    report.status = 'skipped'
    report.warnings.push('edited in the admin since it was imported; not overwritten (use --force to replace it)')
    return { write: false }
  }
  if (options.dryRun) {
    report.status = existing ? 'updated' : 'created'
    report.treatments.linked = doc.treatments.map((t) => t.name)
    return { write: false }
  }
  return { write: true, existing }
}

/** Everything one document writes, inside the caller's transaction (`ctx.req`). */
async function writeDocument(ctx: Ctx, input: ImportSourceInput, doc: ParsedDocument, existing: Article | undefined, options: ImportOptions): Promise<void> {
  const links = await writeLinked(ctx, doc, options)
  await writeArticle(ctx, input, doc, existing, options, links)
}

/** What an article links to, without its hero (found or drawn with the article: it is the file's own). */
export type LinkedIds = Omit<ArticleLinks, 'hero'>

/**
 * The documents an article links to (treatments, FAQs, tips, topics) and the authors, created or
 * updated in `ctx.req`'s transaction: the first half of a document's writes. A parallel import
 * runs it in file order in one process, so that documents several files share are written once.
 */
export async function writeLinked(ctx: Ctx, doc: ParsedDocument, options: ImportOptions): Promise<LinkedIds> {
  const { payload, req, batch } = ctx
  const treatments = await ensureTreatments(ctx, doc)
  const medical = options.metadata?.medical ?? doc.treatments.length > 0
  const faqs = await upsertFaqs(ctx, doc, treatments, medical)
  const tips = await upsertTips(ctx, doc, treatments)
  // The manifest's topics replace the ones read from the text ("Tags:" lines, front matter).
  const topics = options.metadata?.topicIds ? [...options.metadata.topicIds] : await ensureTopics(ctx, [...(doc.topics ?? [])])
  if (options.topicSlug) {
    const topic = (await batch.bySlugs(payload, 'topics', [options.topicSlug], req)).get(options.topicSlug)
    if (!topic) throw new ImportFailure(`no topic with the slug "${options.topicSlug}" (create it first, or leave out --topic)`)
    if (!topics.includes(topic.id)) topics.unshift(topic.id)
  }
  const authors: number[] = [...(options.metadata?.authorIds ?? [])]
  if (options.authorSlug && !authors.length) {
    const author = (await batch.bySlugs(payload, 'authors', [options.authorSlug], req)).get(options.authorSlug)
    if (!author) throw new ImportFailure(`no author with the slug "${options.authorSlug}" (create it first, or leave out --author)`)
    authors.push(author.id)
  }
  return { treatments, faqs, tips, topics, authors, medical }
}

/** The second half: the article (with its hero and audit row), linking to what writeLinked gave. */
export async function writeArticle(
  ctx: Ctx,
  input: ImportSourceInput,
  doc: ParsedDocument,
  existing: Article | undefined,
  options: ImportOptions,
  links: LinkedIds,
): Promise<void> {
  const hero = await heroImage(ctx, doc, input.path, Boolean(options.generateCovers))
  const saved = await saveArticle(ctx, { doc, fileName: input.fileName, existing, options, links: { ...links, hero } })
  ctx.batch.wroteArticle(saved)
}

export interface ParsedItem {
  input: ImportSourceInput
  parsed: ParsedSource
  options: ImportOptions
}

/**
 * Import several parsed documents in one transaction: one BEGIN/COMMIT for all of them, and an
 * FAQ or tip they share written once with its last data (ImportBatch.flush). Every document
 * still goes through Payload's create/update with its hooks and validation. If any of them
 * fails, nothing of the batch is kept and they are written again one transaction each, so the
 * failure stays with its own file (and its report says why) while the others land.
 */
export async function importParsedTogether(payload: Payload, items: ParsedItem[], batch: ImportBatch): Promise<FileReport[]> {
  const writes = items.filter((i) => i.parsed.doc && !i.options.dryRun)
  if (writes.length < 2) return oneByOne(payload, items, batch)
  const before = items.map((i) => structuredClone(i.parsed.report))
  const req = await createLocalReq({ context: { ...IMPORT_CONTEXT } }, payload)
  try {
    const reports = await inTransaction(req, async () => {
      const written: FileReport[] = []
      for (const item of items) written.push(await importParsed(payload, item.input, item.parsed, item.options, batch, req))
      await batch.flush(payload, req)
      return written
    })
    batch.commit()
    return reports
  } catch (error) {
    batch.rollback()
    payload.logger.info({ msg: `import: a batch of ${items.length} documents was rolled back (${describeFailure(error)}); writing them one by one` })
    items.forEach((item, i) => restoreReport(item.parsed.report, before[i]))
    return oneByOne(payload, items, batch)
  }
}

async function oneByOne(payload: Payload, items: ParsedItem[], batch: ImportBatch): Promise<FileReport[]> {
  const reports: FileReport[] = []
  for (const item of items) reports.push(await importParsed(payload, item.input, item.parsed, item.options, batch))
  return reports
}

/** Back to the report the parse gave (the rolled-back attempt added statuses, warnings, treatments). */
export function restoreReport(report: FileReport, snapshot: FileReport): void {
  for (const key of Object.keys(report)) delete (report as unknown as Record<string, unknown>)[key]
  Object.assign(report, structuredClone(snapshot))
}
