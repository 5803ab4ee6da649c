import type { Payload, PayloadRequest, Where } from 'payload'

import type { Article } from '../../payload-types'
import type { FileReport } from './report'
import { IMPORT_CONTEXT } from './options'

/** Collections the importer finds by slug and links to. */
export type SlugCollection = 'treatments' | 'faqs' | 'beauty-tips' | 'topics' | 'authors'

export type SlugDoc = { id: number; slug?: string | null; name?: string | null; _status?: string | null; reviewNote?: string | null }

/**
 * What the files of one import run have learnt about the database: which slugs exist (and
 * which do not), and the articles earlier files came from. One `slug in (…)` query per
 * collection for a whole batch replaces one per document; per-file writes run in their own
 * transaction, so what a file adds is only believed once that transaction committed.
 */
export class ImportBatch {
  private readonly known = new Map<SlugCollection, Map<string, SlugDoc | null>>()
  private readonly articles = new Map<number, Article>()
  private readonly articlesAsked = new Set<string>()
  private pending: (() => void)[] = []

  private of(collection: SlugCollection): Map<string, SlugDoc | null> {
    let map = this.known.get(collection)
    if (!map) this.known.set(collection, (map = new Map()))
    return map
  }

  /** Read every slug not known yet, in one query; absent ones are remembered as absent. */
  async prefetch(payload: Payload, collection: SlugCollection, slugs: string[], req?: PayloadRequest): Promise<void> {
    const map = this.of(collection)
    const unknown = [...new Set(slugs.filter((s) => s && !map.has(s)))]
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
    const map = this.of(collection)
    const found = new Map<string, SlugDoc>()
    for (const slug of slugs) {
      const doc = map.get(slug)
      if (doc) found.set(slug, doc)
    }
    return found
  }

  /** A document written in the current file's transaction: known once that commits. */
  wrote(collection: SlugCollection, doc: SlugDoc): void {
    this.pending.push(() => this.of(collection).set(doc.slug ?? '', doc))
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
    for (const doc of docs) this.articles.set(doc.id, doc)
    for (const k of fresh) this.articlesAsked.add(k.fileName)
  }

  /** The article imported from this file before, or one that already has the slug. */
  async article(payload: Payload, fileName: string, slug: string): Promise<{ article?: Article; fromThisFile: boolean }> {
    await this.prefetchArticles(payload, [{ fileName, slug }])
    const all = [...this.articles.values()]
    const fromFile = all.find((d) => d.importSource?.fileName === fileName)
    if (fromFile) return { article: fromFile, fromThisFile: true }
    return { article: all.find((d) => d.slug === slug), fromThisFile: false }
  }

  wroteArticle(article: Article): void {
    this.pending.push(() => this.articles.set(article.id, article))
  }

  /** The current file's transaction committed: what it wrote is real. */
  commit(): void {
    for (const apply of this.pending) apply()
    this.pending = []
  }

  /** The current file's transaction was rolled back: forget what it wrote. */
  rollback(): void {
    this.pending = []
  }
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
