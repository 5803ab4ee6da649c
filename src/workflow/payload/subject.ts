import type { Payload, PayloadRequest } from 'payload'

import { lexicalPlainText } from '../../content/lexicalText'
import { canonicalHash, idOf } from '../../shared/canonical'
import type { ContentCollection } from '../../shared/collections'
import type { SignOff } from '../checklist'
import { isState, type Subject } from '../machine'
import { NON_CONTENT_FIELDS } from './fields'

type Doc = Record<string, unknown>

const isRichText = (value: unknown): boolean =>
  Boolean(value && typeof value === 'object' && 'root' in (value as object))

/** A hash of the content fields only: workflow saves do not change it, edits do. */
export function contentVersionOf(doc: Doc): string {
  const content: Doc = {}
  for (const [key, value] of Object.entries(doc)) {
    if (NON_CONTENT_FIELDS.has(key) || key.startsWith('_')) continue
    content[key] =
      Array.isArray(value) && !isRichText(value) ? value.map(idOf) : isRichText(value) ? value : idOf(value)
  }
  // meta.image may arrive populated
  if (content.meta && typeof content.meta === 'object') {
    const meta = content.meta as Doc
    content.meta = { ...meta, image: idOf(meta.image) }
  }
  return canonicalHash(content).slice(0, 32)
}

function signOffOf(doc: Doc): SignOff | null {
  const s = doc.signOff as Partial<Record<keyof SignOff, unknown>> | null | undefined
  if (!s?.at || !s.version) return null
  return {
    by: String(idOf(s.by) ?? ''),
    name: String(s.name ?? ''),
    credentials: String(s.credentials ?? ''),
    at: String(s.at),
    version: String(s.version),
    reviewDueAt: String(s.reviewDueAt ?? ''),
  }
}

/** Read a document (latest draft) into the workflow's plain Subject. */
export async function toSubject(
  payload: Payload,
  collection: ContentCollection,
  doc: Doc,
  req?: PayloadRequest,
): Promise<Subject> {
  const heroId = idOf(doc.heroImage)
  let heroImage: Subject['heroImage'] = null
  if (heroId !== null && heroId !== undefined) {
    // A deleted image reads as null (no alt text to show); a failed read is an error, not
    // "missing alt text" (a 422 the editor cannot fix).
    const media = await payload.findByID({
      collection: 'media',
      id: heroId as number,
      depth: 0,
      req,
      overrideAccess: true,
      disableErrors: true,
    })
    heroImage = { alt: (media as { alt?: string } | null)?.alt ?? null }
  }
  const meta = (doc.meta ?? {}) as { description?: string | null }
  const published = await payload.count({
    collection,
    where: { and: [{ id: { equals: doc.id } }, { _status: { equals: 'published' } }] },
    req,
    overrideAccess: true,
  })
  const state = isState(doc.workflowState) ? doc.workflowState : 'draft'
  return {
    collection,
    version: (doc.contentVersion as string) || contentVersionOf(doc),
    medical: doc.medical as boolean | null | undefined,
    title: doc.title as string | undefined,
    name: doc.name as string | undefined,
    question: doc.question as string | undefined,
    answer: isRichText(doc.answer) ? lexicalPlainText(doc.answer) : undefined,
    slug: doc.slug as string | undefined,
    excerpt: doc.excerpt as string | undefined,
    metaDescription: meta.description ?? null,
    summary: doc.summary as string | undefined,
    heroImage,
    topics: (doc.topics as unknown[] | undefined) ?? [],
    body: isRichText(doc.body) ? lexicalPlainText(doc.body) : undefined,
    signOff: signOffOf(doc),
    status: state,
    author: idOf(doc.author) as string | number | null,
    editors: ((doc.editedBy as unknown[] | undefined) ?? []).map((e) => String(idOf(e))),
    hasLiveVersion: published.totalDocs > 0,
    publishAt: (doc.publishAt as string | null | undefined) ?? null,
    unpublishAt: (doc.unpublishAt as string | null | undefined) ?? null,
  }
}
