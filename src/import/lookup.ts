import type { Payload, PayloadRequest, Where } from 'payload'

import type { Article } from '../../payload-types'
import type { FileReport } from './report'
import { canonicalJson } from '../shared/canonical'
import { createWorkflowEvents, type WorkflowEventData } from '../workflow/payload/auditRows'
import { IMPORT_CONTEXT } from './options'

/** Collections the importer finds by slug and links to. */
export type SlugCollection = 'treatments' | 'faqs' | 'beauty-tips' | 'topics' | 'authors'

export type SlugDoc = { id: number; slug?: string | null; name?: string | null; _status?: string | null; reviewNote?: string | null }

/** An update whose last version is written once, when the transaction is about to commit. */
interface DeferredUpdate {
  collection: 'faqs' | 'beauty-tips'
  /** The document as the transaction last saw it: skipped when the final data changes nothing. */
  doc: SlugDoc & Record<string, unknown>
  data: Record<string, unknown>
  draft: boolean
}

/**
 * What the files of one import run have learnt about the database: which slugs exist (and
 * which do not), and the articles earlier files came from. One `slug in (…)` query per
 * collection for a whole batch replaces one per document. What a transaction writes is staged:
 * visible to the rest of that transaction (the next file of a batch written together), and
 * believed by later transactions only once it committed.
 */
export class ImportBatch {
  private readonly known = new Map<SlugCollection, Map<string, SlugDoc | null>>()
  private readonly staged = new Map<SlugCollection, Map<string, SlugDoc>>()
  private readonly articles = new ArticleIndex()
  private readonly stagedArticles = new ArticleIndex()
  private readonly articlesAsked = new Set<string>()
  private readonly deferred = new Map<string, DeferredUpdate>()
  private readonly audit: WorkflowEventData[] = []

  private of<V>(maps: Map<SlugCollection, Map<string, V>>, collection: SlugCollection): Map<string, V> {
    let map = maps.get(collection)
    if (!map) maps.set(collection, (map = new Map()))
    return map
  }

  /** Read every slug not known yet, in one query; absent ones are remembered as absent. */
  async prefetch(payload: Payload, collection: SlugCollection, slugs: string[], req?: PayloadRequest): Promise<void> {
    const map = this.of(this.known, collection)
    const staged = this.of(this.staged, collection)
    const unknown = [...new Set(slugs.filter((s) => s && !map.has(s) && !staged.has(s)))]
    if (!unknown.length) return
    const { docs } = await payload.find({
      collection,
      where: { slug: { in: unknown } },
      limit: unknown.length,
      pagination: false,
      depth: 0,
      draft: true,
      req,
      overrideAccess: true,
    })
    for (const slug of unknown) map.set(slug, null)
    for (const doc of docs as SlugDoc[]) map.set(doc.slug ?? '', doc)
  }

  /** The documents with these slugs (read first when unknown). */
  async bySlugs(payload: Payload, collection: SlugCollection, slugs: string[], req?: PayloadRequest): Promise<Map<string, SlugDoc>> {
    await this.prefetch(payload, collection, slugs, req)
    const map = this.of(this.known, collection)
    const staged = this.of(this.staged, collection)
    const found = new Map<string, SlugDoc>()
    for (const slug of slugs) {
      const doc = staged.get(slug) ?? map.get(slug)
      if (doc) found.set(slug, doc)
    }
    return found
  }

  /** A document written in the current transaction: known to the rest of it now, to the run once it commits. */
  wrote(collection: SlugCollection, doc: SlugDoc): void {
    this.of(this.staged, collection).set(doc.slug ?? '', doc)
  }

  /**
   * An FAQ or tip to update in the current transaction. Only its last data is written, once,
   * by `flush` (several files of a batch often share an FAQ: each would otherwise write a draft
   * version that the next one replaces); until then the transaction links to it by id.
   */
  deferUpdate(update: DeferredUpdate): void {
    const key = `${update.collection}:${update.doc.id}`
    const earlier = this.deferred.get(key)
    this.deferred.set(key, earlier ? { ...update, doc: earlier.doc } : update)
    this.wrote(update.collection, update.doc)
  }

  /** An audit row of the current transaction, written with the others by `flush` (one statement for a batch). */
  recordAudit(row: WorkflowEventData): void {
    this.audit.push(row)
  }

  /**
   * Write the deferred updates (through Payload's update, hooks and validation included), skipping
   * those that change nothing, then the transaction's audit rows (validated one by one, stored together).
   */
  async flush(payload: Payload, req: PayloadRequest): Promise<void> {
    for (const { collection, doc, data, draft } of this.deferred.values()) {
      if (sameContent(doc, data)) continue
      const saved = await payload.update({ collection, id: doc.id, data: data as never, draft, depth: 0, req, context: IMPORT_CONTEXT })
      this.wrote(collection, saved as SlugDoc)
    }
    this.deferred.clear()
    await createWorkflowEvents(payload, req, this.audit.splice(0))
  }

  /** The articles imported from these file names or holding these slugs, in one query. */
  async prefetchArticles(payload: Payload, keys: { fileName: string; slug: string }[]): Promise<void> {
    const fresh = keys.filter((k) => !this.articlesAsked.has(k.fileName))
    if (!fresh.length) return
    const fileNames = [...new Set(fresh.map((k) => k.fileName))]
    const slugs = [...new Set(fresh.map((k) => k.slug))]
    const { docs } = await payload.find({
      collection: 'articles',
      where: { or: [{ 'importSource.fileName': { in: fileNames } }, { slug: { in: slugs } }] },
      draft: true,
      depth: 0,
      pagination: false,
      overrideAccess: true,
    })
    for (const doc of docs) this.articles.add(doc)
    for (const k of fresh) this.articlesAsked.add(k.fileName)
  }

  /** The article imported from this file before, or one that already has the slug. */
  async article(payload: Payload, fileName: string, slug: string): Promise<{ article?: Article; fromThisFile: boolean }> {
    await this.prefetchArticles(payload, [{ fileName, slug }])
    // What the current transaction wrote replaces what the run knew of the same article.
    const current = (id: number) => this.stagedArticles.byId.get(id) ?? this.articles.byId.get(id)
    const find = (key: 'byFileName' | 'bySlug', value: string, has: (a: Article) => boolean) =>
      [this.stagedArticles[key].get(value), this.articles[key].get(value)].map((a) => a && current(a.id)).find((a) => a && has(a))
    const fromFile = find('byFileName', fileName, (a) => a.importSource?.fileName === fileName)
    if (fromFile) return { article: fromFile, fromThisFile: true }
    return { article: find('bySlug', slug, (a) => a.slug === slug), fromThisFile: false }
  }

  wroteArticle(article: Article): void {
    this.stagedArticles.add(article)
  }

  /** The current transaction committed: what it wrote is real. */
  commit(): void {
    if (this.deferred.size || this.audit.length) throw new Error('ImportBatch.commit before flush: deferred updates or audit rows would be lost')
    for (const [collection, docs] of this.staged) for (const [slug, doc] of docs) this.of(this.known, collection).set(slug, doc)
    for (const article of this.stagedArticles.byId.values()) this.articles.add(article)
    this.staged.clear()
    this.stagedArticles.clear()
  }

  /** The current transaction was rolled back: forget what it wrote. */
  rollback(): void {
    this.staged.clear()
    this.stagedArticles.clear()
    this.deferred.clear()
    this.audit.length = 0
  }
}

/**
 * Articles by id, file name and slug: a run of thousands of files asks for each file's article,
 * and a scan of every article known per file grew with the square of the run.
 */
class ArticleIndex {
  readonly byId = new Map<number, Article>()
  readonly byFileName = new Map<string, Article>()
  readonly bySlug = new Map<string, Article>()

  add(article: Article): void {
    this.byId.set(article.id, article)
    const fileName = article.importSource?.fileName
    if (fileName) this.byFileName.set(fileName, article)
    if (article.slug) this.bySlug.set(article.slug, article)
  }

  clear(): void {
    this.byId.clear()
    this.byFileName.clear()
    this.bySlug.clear()
  }
}

/**
 * Whether a document already holds this data (the fields the import writes; `generateSlug` is
 * an input switch, not content). Key order and empty values do not count (jsonb reorders keys).
 */
export function sameContent(doc: Record<string, unknown>, data: Record<string, unknown>): boolean {
  const keys = Object.keys(data).filter((k) => k !== 'generateSlug')
  const pick = (source: Record<string, unknown>) => Object.fromEntries(keys.map((k) => [k, source[k]]))
  return canonicalJson(pick(doc)) === canonicalJson(pick(data))
}

/** What the writes of one file share: its transaction, the batch's knowledge and the file's report. */
export interface Ctx {
  payload: Payload
  req: PayloadRequest
  batch: ImportBatch
  publish: boolean
  /** Treatment stubs the import creates go live with launch content, not with a migrated post. */
  publishTreatments: boolean
  report: FileReport
}

export async function findOne<T>(
  ctx: Ctx,
  collection: SlugCollection | 'media',
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

/**
 * Authors or topics by slug, created when missing (unless a dry run) from `data`. An existing
 * one is left as it is: once in the admin, editors own it and a re-import must not undo their
 * edits. `sameAs` also accepts an existing document under another slug (a topic's name is unique too).
 */
export async function ensureBySlug(
  payload: Payload,
  collection: 'authors' | 'topics',
  wanted: { slug: string; data: Record<string, unknown> }[],
  options: { dryRun?: boolean; lookupOnly?: string[]; sameAs?: (doc: SlugDoc, slug: string, data: Record<string, unknown>) => boolean } = {},
): Promise<Map<string, number>> {
  const slugs = [...new Set([...wanted.map((w) => w.slug), ...(options.lookupOnly ?? [])].filter(Boolean))]
  const names = options.sameAs ? [...new Set(wanted.map((w) => String(w.data.name ?? '')).filter(Boolean))] : []
  const docs: SlugDoc[] = []
  if (slugs.length) {
    const where: Where = names.length ? { or: [{ slug: { in: slugs } }, { name: { in: names } }] } : { slug: { in: slugs } }
    const found = await payload.find({ collection, where, limit: slugs.length + names.length, depth: 0, pagination: false })
    docs.push(...(found.docs as SlugDoc[]))
  }
  const ids = new Map<string, number>()
  for (const doc of docs) if (doc.slug) ids.set(doc.slug, doc.id)
  for (const { slug, data } of wanted) {
    if (!slug) continue
    let id = docs.find((d) => d.slug === slug || Boolean(options.sameAs?.(d, slug, data)))?.id
    if (id === undefined && !options.dryRun) {
      const created = (await payload.create({ collection, data: { slug, ...data } as never, context: IMPORT_CONTEXT })) as SlugDoc
      docs.push(created)
      id = created.id
    }
    if (id !== undefined) ids.set(slug, id)
  }
  return ids
}
