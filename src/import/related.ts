import { blocksToPlainText, slugify, toLexical, type Block, type ParsedDocument } from './parse'
import { findTreatments } from './parse/treatments'
import { TREATMENT_SUMMARIES } from './parse/treatmentSummaries'
import type { Ctx, SlugDoc } from './lookup'
import { IMPORT_CONTEXT, IMPORT_REVIEW_NOTE, ImportFailure } from './options'
import { importedStatus, importedWorkflowState } from './workflowState'

/*
 * The documents an article links to: treatments, FAQs, tips and topics, found by slug in the
 * batch's lookups and written inside the file's transaction.
 */

const firstSentence = (blocks: Block[]): string | undefined => {
  const text = blocksToPlainText(blocks).trim()
  if (!text) return undefined
  const match = /^(.{20,280}?[.!?])(\s|$)/s.exec(text)
  return (match?.[1] ?? text.slice(0, 280)).replace(/\s+/g, ' ').trim()
}

/** The slugs a document's links need, per collection: what the batch reads in one go. */
export function relatedSlugs(doc: ParsedDocument) {
  return {
    treatments: doc.treatments.map((t) => t.key),
    faqs: doc.faqs.map((f) => slugify(f.question)),
    'beauty-tips': doc.tips.map((t) => slugify(t.title)),
    topics: (doc.topics ?? []).map(slugify),
  }
}

export async function ensureTopics(ctx: Ctx, names: string[]): Promise<number[]> {
  const ids: number[] = []
  const existing = await ctx.batch.bySlugs(ctx.payload, 'topics', names.map(slugify), ctx.req)
  for (const name of names) {
    const slug = slugify(name)
    if (!slug) continue
    let topic: SlugDoc | undefined = existing.get(slug)
    if (!topic) {
      topic = (await ctx.payload.create({ collection: 'topics', data: { name, slug }, depth: 0, req: ctx.req, context: IMPORT_CONTEXT })) as SlugDoc
      ctx.batch.wrote('topics', topic)
    }
    if (!ids.includes(topic.id)) ids.push(topic.id)
  }
  return ids
}

export async function ensureTreatments(ctx: Ctx, doc: ParsedDocument): Promise<Map<string, number>> {
  const ids = new Map<string, number>()
  const existing = await ctx.batch.bySlugs(ctx.payload, 'treatments', doc.treatments.map((t) => t.key), ctx.req)
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
          depth: 0,
          req: ctx.req,
          context: IMPORT_CONTEXT,
        })
        ctx.batch.wrote('treatments', { ...found, _status: 'published' })
      }
      continue
    }
    const { raw, ...timeline } = treatment.timeline ?? { raw: undefined }
    const created = await ctx.payload.create({
      collection: 'treatments',
      data: {
        name: treatment.name,
        slug: treatment.key,
        summary: TREATMENT_SUMMARIES[treatment.key],
        reviewNote: IMPORT_REVIEW_NOTE,
        timeline: treatment.timeline ? { ...timeline, note: raw } : undefined,
        _status: importedStatus(ctx.publishTreatments),
        workflowState: importedWorkflowState(ctx.publishTreatments),
      },
      draft: !ctx.publishTreatments,
      depth: 0,
      req: ctx.req,
      context: IMPORT_CONTEXT,
    })
    ids.set(treatment.key, created.id)
    ctx.batch.wrote('treatments', created as SlugDoc)
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

/**
 * Create by slug now (the article needs the id), or update later: the transaction's last data for
 * a document is written once, when it is about to commit (ImportBatch.flush), and not at all
 * when it changes nothing.
 */
async function upsert(ctx: Ctx, collection: 'faqs' | 'beauty-tips', found: SlugDoc | undefined, data: Record<string, unknown>): Promise<number> {
  if (found) {
    ctx.batch.deferUpdate({ collection, doc: found as SlugDoc & Record<string, unknown>, data, draft: !ctx.publish })
    return found.id
  }
  const saved = await ctx.payload.create({ collection, data: data as never, draft: !ctx.publish, depth: 0, req: ctx.req, context: IMPORT_CONTEXT })
  ctx.batch.wrote(collection, saved as SlugDoc)
  return saved.id
}

export async function upsertFaqs(ctx: Ctx, doc: ParsedDocument, treatments: Map<string, number>, medical: boolean): Promise<number[]> {
  const ids: number[] = []
  const existing = await ctx.batch.bySlugs(ctx.payload, 'faqs', doc.faqs.map((f) => slugify(f.question)), ctx.req)
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
      _status: importedStatus(ctx.publish),
      workflowState: importedWorkflowState(ctx.publish),
    }
    ids.push(await upsert(ctx, 'faqs', existing.get(data.slug), data))
  }
  return ids
}

export async function upsertTips(ctx: Ctx, doc: ParsedDocument, treatments: Map<string, number>): Promise<number[]> {
  const ids: number[] = []
  const existing = await ctx.batch.bySlugs(ctx.payload, 'beauty-tips', doc.tips.map((t) => slugify(t.title)), ctx.req)
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
      _status: importedStatus(ctx.publish),
      workflowState: importedWorkflowState(ctx.publish),
    }
    ids.push(await upsert(ctx, 'beauty-tips', existing.get(slug), data))
  }
  return ids
}
