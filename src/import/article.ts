import type { Article } from '../../payload-types'
import { canonicalHash } from '../shared/canonical'
import type { Ctx } from './lookup'
import { IMPORT_CONTEXT, importedBy, type ImportOptions } from './options'
import { toLexical, type ParsedDocument } from './parse'
import { articleWorkflowState, importedStatus, importedStateRow } from './workflowState'

const idsOf = (values: unknown): (string | number)[] =>
  Array.isArray(values)
    ? values.map((v) => (v && typeof v === 'object' && 'id' in v ? (v as { id: string | number }).id : (v as string | number)))
    : []

/** The importer-owned part of an article: if this changed since the import, an editor changed it. */
export function contentHash(doc: Partial<Article>): string {
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

export interface ArticleLinks {
  treatments: Map<string, number>
  faqs: number[]
  tips: number[]
  topics: number[]
  authors: number[]
  hero?: number
  medical: boolean
}

/**
 * Create or update the article of one file inside the file's transaction; its audit row is
 * written with the batch's others when the transaction is about to commit (ImportBatch.flush).
 */
export async function saveArticle(
  ctx: Ctx,
  input: { doc: ParsedDocument; fileName: string; existing?: Article; options: ImportOptions; links: ArticleLinks },
): Promise<Article> {
  const { doc, fileName, existing, options, links } = input
  const { payload, req, publish, batch } = ctx
  const body = toLexical(doc.body, {
    faqId: (i) => links.faqs[i],
    tipId: (i) => links.tips[i],
    treatmentId: (key) => links.treatments.get(key),
  })
  const owned = {
    title: doc.title,
    excerpt: doc.excerpt,
    body: body as unknown as Article['body'],
    treatments: [...links.treatments.values()],
    faqs: links.faqs,
    tips: links.tips,
  }
  const data = {
    ...owned,
    slug: doc.slug,
    generateSlug: false,
    ...(links.hero ? { heroImage: links.hero } : {}),
    ...(links.topics.length ? { topics: links.topics } : {}),
    ...(links.authors.length ? { authors: links.authors } : {}),
    medical: links.medical,
    publishedAt: doc.publishedAt ?? (publish ? new Date().toISOString() : undefined),
    meta: { title: doc.title, description: doc.metaDescription ?? doc.excerpt },
    importSource: {
      fileName,
      sourceHash: doc.sourceHash,
      contentHash: contentHash(owned),
      importedAt: new Date().toISOString(),
      importedBy: importedBy(options.user),
    },
    _status: importedStatus(publish),
    workflowState: articleWorkflowState(publish, options.metadata?.draft),
  }
  const saved = existing
    ? await payload.update({ collection: 'articles', id: existing.id, data, draft: !publish, depth: 0, req, context: IMPORT_CONTEXT })
    : await payload.create({ collection: 'articles', data, draft: !publish, depth: 0, req, context: IMPORT_CONTEXT })
  batch.recordAudit(
    importedStateRow({
      saved,
      previous: existing,
      fileName,
      to: data.workflowState,
      actorId: options.user?.id,
      actorName: data.importSource.importedBy,
    }),
  )
  return saved
}
