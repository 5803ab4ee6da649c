import fs from 'node:fs/promises'
import path from 'node:path'
import {
  commitTransaction,
  createLocalReq,
  initTransaction,
  killTransaction,
  type Payload,
  type PayloadRequest,
} from 'payload'

import type { Article, User } from '../../payload-types'
import {
  blocksToPlainText,
  ImportParseError,
  parseDocument,
  slugify,
  toLexical,
  type Block,
  type ParsedDocument,
} from './parse'
import { canonicalHash } from '../shared/canonical'
import { sha256 } from './parse/decode'
import { renderCover } from './cover'
import { findTreatments } from './parse/treatments'
import { importedState } from '../workflow/machine'
import { recordImport } from '../workflow/payload/apply'

export type FileStatus = 'created' | 'updated' | 'unchanged' | 'skipped' | 'failed'

/** One line of the import report; also the shape of `--json` output per file. */
export interface FileReport {
  file: string
  status: FileStatus
  format?: ParsedDocument['format']
  encoding?: ParsedDocument['encoding']
  slug?: string
  title?: string
  headings: number
  faqs: number
  tips: number
  treatments: { linked: string[]; created: string[] }
  removed: { line: number; text: string; reason: string }[]
  warnings: string[]
  error?: string
}

export interface ImportOptions {
  dryRun?: boolean
  publish?: boolean
  force?: boolean
  authorSlug?: string
  topicSlug?: string
  /** Who runs the import; recorded on the article. */
  user?: User
  /** Draw a cover (with sharp) for articles that have no usable hero image. */
  generateCovers?: boolean
  /** A WordPress uploads folder (wp-content/uploads) for featured images of a WXR export. */
  mediaDir?: string
  /** What an import manifest says about this file; wins over what the parser derives. */
  metadata?: FileMetadata
}

/** A manifest entry with its authors and topics resolved to ids (see run.ts). */
export interface FileMetadata {
  title?: string
  authorIds?: number[]
  topicIds?: number[]
  medical?: boolean
  /** Relative to the file's folder (or absolute). */
  heroImage?: string
  publishedAt?: string
  /** Keep the article a plain draft instead of submitting it for review (a WordPress draft). */
  draft?: boolean
  /** Treatments this import creates stay drafts for review even when the article is published. */
  keepTreatmentsDraft?: boolean
  /** Changes whenever the entry does, so a re-import after a manifest edit is not "unchanged". */
  hash: string
}

export const IMPORT_REVIEW_NOTE = 'created by import, needs review'

/**
 * Imports run without a user (the seed, a CLI run without --as) are the system's. No account
 * stands behind it: an extra user would take the place of the admin's create-first-user.
 */
export const SYSTEM_IMPORTER = 'system import'

/** Importer writes skip per-document revalidation (src/shared/requestContext.ts); the run purges once. */
export const IMPORT_CONTEXT = { skipRevalidation: true } as const

class ImportFailure extends Error {}

function emptyReport(file: string): FileReport {
  return {
    file,
    status: 'failed',
    headings: 0,
    faqs: 0,
    tips: 0,
    treatments: { linked: [], created: [] },
    removed: [],
    warnings: [],
  }
}

const idsOf = (values: unknown): (string | number)[] =>
  Array.isArray(values)
    ? values.map((v) =>
        v && typeof v === 'object' && 'id' in v ? (v as { id: string | number }).id : (v as string | number),
      )
    : []

/** The importer-owned part of an article: if this changed since the import, an editor changed it. */
function contentHash(doc: Partial<Article>): string {
  const owned = {
    title: doc.title,
    excerpt: doc.excerpt ?? null,
    body: doc.body ?? null,
    treatments: idsOf(doc.treatments),
    faqs: idsOf(doc.faqs),
    tips: idsOf(doc.tips),
  }
  return canonicalHash(owned)
}

const firstSentence = (blocks: Block[]): string | undefined => {
  const text = blocksToPlainText(blocks).trim()
  if (!text) return undefined
  const match = /^(.{20,280}?[.!?])(\s|$)/s.exec(text)
  return (match?.[1] ?? text.slice(0, 280)).replace(/\s+/g, ' ').trim()
}

interface Ctx {
  payload: Payload
  req: PayloadRequest
  publish: boolean
  /** Treatment stubs the import creates go live with launch content, not with a migrated post. */
  publishTreatments: boolean
  report: FileReport
}

const status = (publish: boolean) => (publish ? ('published' as const) : ('draft' as const))

/** The workflow decides where imports enter it (src/workflow/imported.ts). */
const workflowState = (publish: boolean) => importedState({ publish })

async function findOne<T>(
  ctx: Ctx,
  collection: 'treatments' | 'faqs' | 'beauty-tips' | 'topics' | 'authors' | 'media',
  where: Record<string, unknown>,
): Promise<T | undefined> {
  const result = await ctx.payload.find({
    collection,
    where: where as never,
    limit: 1,
    depth: 0,
    draft: true,
    req: ctx.req,
    overrideAccess: true,
  })
  return result.docs[0] as T | undefined
}

type SlugDoc = { id: number; slug?: string | null; _status?: string | null; reviewNote?: string | null }

/** One query for every slug a document needs from a collection (instead of one per item). */
async function findBySlugs(
  ctx: Ctx,
  collection: 'treatments' | 'faqs' | 'beauty-tips' | 'topics',
  slugs: string[],
): Promise<Map<string, SlugDoc>> {
  const unique = [...new Set(slugs.filter(Boolean))]
  if (!unique.length) return new Map()
  const result = await ctx.payload.find({
    collection,
    where: { slug: { in: unique } },
    limit: unique.length,
    pagination: false,
    depth: 0,
    draft: true,
    req: ctx.req,
    overrideAccess: true,
  })
  return new Map((result.docs as SlugDoc[]).map((d) => [d.slug ?? '', d]))
}

async function ensureTopics(ctx: Ctx, names: string[]): Promise<number[]> {
  const ids: number[] = []
  const existing = await findBySlugs(ctx, 'topics', names.map(slugify))
  for (const name of names) {
    const slug = slugify(name)
    if (!slug) continue
    const found = existing.get(slug)
    const topic =
      found ??
      (await ctx.payload.create({ collection: 'topics', data: { name, slug }, req: ctx.req, context: IMPORT_CONTEXT }))
    if (!ids.includes(topic.id)) ids.push(topic.id)
  }
  return ids
}

async function ensureTreatments(ctx: Ctx, doc: ParsedDocument): Promise<Map<string, number>> {
  const ids = new Map<string, number>()
  const existing = await findBySlugs(ctx, 'treatments', doc.treatments.map((t) => t.key))
  for (const treatment of doc.treatments) {
    const found = existing.get(treatment.key)
    if (found) {
      ids.set(treatment.key, found.id)
      ctx.report.treatments.linked.push(treatment.name)
      // Publishing launch content also publishes the treatments the import itself created.
      if (ctx.publishTreatments && found._status !== 'published' && found.reviewNote === IMPORT_REVIEW_NOTE) {
        await ctx.payload.update({
          collection: 'treatments',
          id: found.id,
          data: { _status: 'published', workflowState: 'published' },
          req: ctx.req,
          context: IMPORT_CONTEXT,
        })
      }
      continue
    }
    const { raw, ...timeline } = treatment.timeline ?? { raw: undefined }
    const created = await ctx.payload.create({
      collection: 'treatments',
      data: {
        name: treatment.name,
        slug: treatment.key,
        reviewNote: IMPORT_REVIEW_NOTE,
        timeline: treatment.timeline ? { ...timeline, note: raw } : undefined,
        _status: status(ctx.publishTreatments),
        workflowState: workflowState(ctx.publishTreatments),
      },
      draft: !ctx.publishTreatments,
      req: ctx.req,
      context: IMPORT_CONTEXT,
    })
    ids.set(treatment.key, created.id)
    ctx.report.treatments.created.push(treatment.name)
  }
  return ids
}

const noRefs = {
  faqId: () => {
    throw new ImportFailure('an FAQ answer cannot hold an FAQ list')
  },
  tipId: () => {
    throw new ImportFailure('an FAQ answer cannot hold a tip list')
  },
}

async function upsertFaqs(
  ctx: Ctx,
  doc: ParsedDocument,
  treatments: Map<string, number>,
  medical: boolean,
): Promise<number[]> {
  const ids: number[] = []
  const existing = await findBySlugs(ctx, 'faqs', doc.faqs.map((f) => slugify(f.question)))
  for (const [order, faq] of doc.faqs.entries()) {
    const mentioned = findTreatments(`${faq.question}\n${blocksToPlainText(faq.answer)}`)
      .map((match) => treatments.get(match.key))
      .filter((id): id is number => id !== undefined)
    const data = {
      question: faq.question,
      slug: slugify(faq.question),
      // Ours, not Payload's: its slugify drops Hangul, so Korean questions would all get one empty slug.
      generateSlug: false,
      answer: toLexical(faq.answer, { ...noRefs, treatmentId: (key) => treatments.get(key) }) as never,
      treatments: mentioned,
      order,
      medical,
      _status: status(ctx.publish),
      workflowState: workflowState(ctx.publish),
    }
    const found = existing.get(data.slug)
    const saved = found
      ? await ctx.payload.update({
          collection: 'faqs',
          id: found.id,
          data,
          draft: !ctx.publish,
          req: ctx.req,
          context: IMPORT_CONTEXT,
        })
      : await ctx.payload.create({
          collection: 'faqs',
          data,
          draft: !ctx.publish,
          req: ctx.req,
          context: IMPORT_CONTEXT,
        })
    ids.push(saved.id)
  }
  return ids
}

async function upsertTips(ctx: Ctx, doc: ParsedDocument, treatments: Map<string, number>): Promise<number[]> {
  const ids: number[] = []
  const existing = await findBySlugs(ctx, 'beauty-tips', doc.tips.map((t) => slugify(t.title)))
  for (const tip of doc.tips) {
    const slug = slugify(tip.title)
    const data = {
      title: tip.title,
      slug,
      generateSlug: false,
      summary: firstSentence(tip.body),
      body: toLexical(tip.body, { ...noRefs, treatmentId: (key) => treatments.get(key) }) as never,
      category: tip.category,
      routine: { time: tip.routine ?? ('any' as const), step: tip.step },
      _status: status(ctx.publish),
      workflowState: workflowState(ctx.publish),
    }
    const found = existing.get(slug)
    const saved = found
      ? await ctx.payload.update({
          collection: 'beauty-tips',
          id: found.id,
          data,
          draft: !ctx.publish,
          req: ctx.req,
          context: IMPORT_CONTEXT,
        })
      : await ctx.payload.create({
          collection: 'beauty-tips',
          data,
          draft: !ctx.publish,
          req: ctx.req,
          context: IMPORT_CONTEXT,
        })
    ids.push(saved.id)
  }
  return ids
}

async function generatedCover(ctx: Ctx, doc: ParsedDocument): Promise<number> {
  const name = `${doc.slug}-cover.png`
  const found = await findOne<{ id: number }>(ctx, 'media', { filename: { equals: name } })
  if (found) return found.id
  const data = await renderCover(doc.title, doc.slug)
  const media = await ctx.payload.create({
    collection: 'media',
    data: { alt: `Cover: “${doc.title}”` },
    file: { data, mimetype: 'image/png', name, size: data.length },
    req: ctx.req,
    context: IMPORT_CONTEXT,
  })
  return media.id
}

async function heroImage(
  ctx: Ctx,
  doc: ParsedDocument,
  sourceFile: string,
  generate: boolean,
): Promise<number | undefined> {
  const given = await givenHeroImage(ctx, doc, sourceFile)
  return given ?? (generate ? generatedCover(ctx, doc) : undefined)
}

async function givenHeroImage(ctx: Ctx, doc: ParsedDocument, sourceFile: string): Promise<number | undefined> {
  if (!doc.heroImage) return undefined
  if (/^https?:\/\//i.test(doc.heroImage)) {
    ctx.report.warnings.push(`hero image ${doc.heroImage} is remote; nothing is downloaded, so the hero is left empty`)
    return undefined
  }
  const file = path.resolve(path.dirname(sourceFile), doc.heroImage)
  const exists = await fs.stat(file).then(
    (s) => s.isFile(),
    () => false,
  )
  if (!exists) {
    ctx.report.warnings.push(`hero image ${doc.heroImage} not found next to the file; the hero is left empty`)
    return undefined
  }
  // Payload renames an upload whose name is taken ("glow-1.jpg"), so look for those names too.
  const { name: stem, ext } = path.parse(file)
  const candidates = await ctx.payload.find({
    collection: 'media',
    where: { filename: { like: stem } },
    limit: 50,
    depth: 0,
    req: ctx.req,
    overrideAccess: true,
  })
  const sameName = new RegExp(`^${stem.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:-\\d+)?${ext.replace('.', '\\.')}$`)
  const found = candidates.docs.find((m) => sameName.test(m.filename ?? ''))
  if (found) return found.id
  const media = await ctx.payload.create({
    collection: 'media',
    data: { alt: doc.title },
    filePath: file,
    req: ctx.req,
    context: IMPORT_CONTEXT,
  })
  return media.id
}

/** The article imported from this file before, or one that already has the slug: one query for both. */
async function findArticle(payload: Payload, fileName: string, slug: string, req?: PayloadRequest) {
  const { docs } = await payload.find({
    collection: 'articles',
    where: { or: [{ 'importSource.fileName': { equals: fileName } }, { slug: { equals: slug } }] },
    draft: true,
    depth: 0,
    limit: 2,
    pagination: false,
    req,
  })
  const fromFile = docs.find((d) => d.importSource?.fileName === fileName)
  if (fromFile) return { article: fromFile, fromThisFile: true }
  return { article: docs[0], fromThisFile: false }
}

/**
 * A failed write in words: the database's reason (a query error carries it as its cause)
 * rather than the whole SQL statement.
 */
function describeFailure(error: unknown): string {
  const { message, cause } = error as Error & { cause?: unknown }
  if (!(cause instanceof Error)) return message
  const statement = message.split('\n')[0]
  return `${cause.message} (${statement.length > 100 ? `${statement.slice(0, 100)}…` : statement})`
}

/**
 * Import one file as a draft article with its FAQs, tips and treatments, in one transaction:
 * a failure leaves nothing behind. Idempotent by source hash; never overwrites an editor's
 * changes without `force`.
 */
export async function importFile(payload: Payload, filePath: string, options: ImportOptions = {}): Promise<FileReport> {
  let bytes: Uint8Array
  try {
    const stat = await fs.stat(filePath)
    if (!stat.isFile()) throw new ImportParseError('is not a regular file')
    bytes = await fs.readFile(filePath)
  } catch (error) {
    const report = emptyReport(filePath)
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message
    report.error = `${filePath}: ${reason}`
    return report
  }
  return importSource(payload, { path: filePath, fileName: path.basename(filePath), bytes }, options)
}

/** One document to import: its bytes, the name it is known by (the idempotency key) and where it is (for messages and relative images). */
export interface ImportSourceInput {
  path: string
  fileName: string
  bytes: Uint8Array
}

/** Parses only: the report an import would give, without touching the database. */
export function parseSource(input: ImportSourceInput, options: ImportOptions = {}): { doc?: ParsedDocument; report: FileReport } {
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

/** Import one document (see importFile) from bytes in memory: an upload, a WordPress post. */
export async function importSource(payload: Payload, input: ImportSourceInput, options: ImportOptions = {}): Promise<FileReport> {
  const filePath = input.path
  const fileName = input.fileName
  const parsed = parseSource(input, options)
  const report = parsed.report
  if (!parsed.doc) return report
  const doc = parsed.doc
  const { article: existing, fromThisFile } = await findArticle(payload, fileName, doc.slug)
  if (existing && !fromThisFile) {
    report.error = `${filePath}: an article with the slug "${doc.slug}" already exists and was not imported from this file; rename one of them`
    return report
  }
  const publish = Boolean(options.publish)
  if (existing?.importSource?.sourceHash === doc.sourceHash && (!publish || existing._status === 'published')) {
    report.status = 'unchanged'
    report.treatments.linked = doc.treatments.map((t) => t.name)
    return report
  }
  if (existing && !options.force && existing.importSource?.contentHash !== contentHash(existing)) {
    report.status = 'skipped'
    report.warnings.push('edited in the admin since it was imported; not overwritten (use --force to replace it)')
    return report
  }
  if (options.dryRun) {
    report.status = existing ? 'updated' : 'created'
    report.treatments.linked = doc.treatments.map((t) => t.name)
    return report
  }

  // The import writes as the system (a trusted operator tool); the user who ran it is recorded.
  const req = await createLocalReq({ context: { ...IMPORT_CONTEXT } }, payload)
  await initTransaction(req)
  const ctx: Ctx = { payload, req, publish, publishTreatments: publish && !options.metadata?.keepTreatmentsDraft, report }
  try {
    const treatments = await ensureTreatments(ctx, doc)
    const medical = options.metadata?.medical ?? doc.treatments.length > 0
    const faqs = await upsertFaqs(ctx, doc, treatments, medical)
    const tips = await upsertTips(ctx, doc, treatments)
    // The manifest's topics replace the ones read from the text ("Tags:" lines, front matter).
    const topics = options.metadata?.topicIds ? [...options.metadata.topicIds] : await ensureTopics(ctx, [...(doc.topics ?? [])])
    if (options.topicSlug) {
      const topic = await findOne<{ id: number }>(ctx, 'topics', { slug: { equals: options.topicSlug } })
      if (!topic)
        throw new ImportFailure(`no topic with the slug "${options.topicSlug}" (create it first, or leave out --topic)`)
      if (!topics.includes(topic.id)) topics.unshift(topic.id)
    }
    const authors: number[] = [...(options.metadata?.authorIds ?? [])]
    if (options.authorSlug && !authors.length) {
      const author = await findOne<{ id: number }>(ctx, 'authors', { slug: { equals: options.authorSlug } })
      if (!author)
        throw new ImportFailure(
          `no author with the slug "${options.authorSlug}" (create it first, or leave out --author)`,
        )
      authors.push(author.id)
    }
    const hero = await heroImage(ctx, doc, filePath, Boolean(options.generateCovers))
    const body = toLexical(doc.body, {
      faqId: (i) => faqs[i],
      tipId: (i) => tips[i],
      treatmentId: (key) => treatments.get(key),
    })
    const owned = {
      title: doc.title,
      excerpt: doc.excerpt,
      body: body as unknown as Article['body'],
      treatments: [...treatments.values()],
      faqs,
      tips,
    }
    const data = {
      ...owned,
      slug: doc.slug,
      generateSlug: false,
      ...(hero ? { heroImage: hero } : {}),
      ...(topics.length ? { topics } : {}),
      ...(authors.length ? { authors } : {}),
      medical,
      publishedAt: doc.publishedAt ?? (publish ? new Date().toISOString() : undefined),
      meta: { title: doc.title, description: doc.metaDescription ?? doc.excerpt },
      importSource: {
        fileName,
        sourceHash: doc.sourceHash,
        contentHash: contentHash(owned),
        importedAt: new Date().toISOString(),
        importedBy: options.user ? `${options.user.name} <${options.user.email}>` : SYSTEM_IMPORTER,
      },
      _status: status(publish),
      workflowState: importedState({ publish, keepDraft: options.metadata?.draft }),
    }
    let saved: Article
    if (existing) {
      saved = await payload.update({
        collection: 'articles',
        id: existing.id,
        data,
        draft: !publish,
        req,
        context: IMPORT_CONTEXT,
      })
    } else {
      saved = await payload.create({ collection: 'articles', data, draft: !publish, req, context: IMPORT_CONTEXT })
    }
    await recordImport(payload, req, {
      collection: 'articles',
      doc: saved,
      from: existing?.workflowState ?? 'draft',
      to: data.workflowState,
      actor: { id: options.user?.id, name: data.importSource.importedBy },
      note: `imported from ${fileName}`,
    })
    await commitTransaction(req)
    report.status = existing ? 'updated' : 'created'
    return report
  } catch (error) {
    await killTransaction(req)
    report.status = 'failed'
    report.treatments = { linked: [], created: [] }
    report.error = `${filePath}: ${describeFailure(error)}`
    if (!(error instanceof ImportFailure)) payload.logger.error({ err: error, msg: `import of ${filePath} failed` })
    return report
  }
}
