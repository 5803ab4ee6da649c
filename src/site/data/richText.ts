/**
 * Rich text as the site hands it to pages: Lexical JSON walked once, block fields swapped for
 * their views (each block's builder lives in its folder, src/blocks/<Name>/view.ts), links
 * resolved or dropped, unsafe URLs removed, h2s given anchors for the table of contents.
 */
import { BLOCKS, isBlockType, type BlockView } from '../../blocks'
import type { BlockViewContext } from '../../blocks/types'
import type { Faq } from '../../../payload-types'
import { lexicalPlainText } from '../../content/lexicalText'
import { RESERVED_IDS } from '../pageIds'
import type { FaqView, RichTextValue, TocEntry } from '../types'
import { docs, isRecord } from './views'

export interface Walk {
  /** Collects h2s for the table of contents (the body only, not callouts or FAQ answers). */
  toc?: TocEntry[]
  ids: Set<string>
  /** FAQs shown by FAQ blocks, for FAQPage JSON-LD and to avoid showing them twice. */
  faqs: FaqView[]
}

export const newWalk = (toc?: TocEntry[]): Walk => ({ toc, ids: new Set(RESERVED_IDS), faqs: [] })

/** Links visitors may follow; anything else (javascript:, data:, …) is rendered as plain text. */
const SAFE_URL = /^(https?:\/\/|mailto:|tel:|\/|#)/i

function anchorFor(label: string, ids: Set<string>): string {
  const base =
    label
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'section'
  let id = base
  for (let n = 2; ids.has(id); n++) id = `${base}-${n}`
  ids.add(id)
  return id
}

function nodeText(node: unknown): string {
  if (!isRecord(node)) return ''
  if (typeof node.text === 'string') return node.text
  return Array.isArray(node.children) ? node.children.map(nodeText).join('') : ''
}

function reshapeLinkFields(fields: unknown): Record<string, unknown> {
  const f = isRecord(fields) ? fields : {}
  const newTab = f.newTab === true
  if (f.linkType === 'internal') {
    const doc = isRecord(f.doc) ? f.doc : undefined
    const value = doc && isRecord(doc.value) ? doc.value : undefined
    // A target the visitor may not read stays an id: the link is dropped, its text kept.
    return value && typeof value.slug === 'string' && typeof doc?.relationTo === 'string'
      ? { linkType: 'internal', newTab, doc: { relationTo: doc.relationTo, value: { id: value.id, slug: value.slug } } }
      : { linkType: 'internal', newTab, doc: null }
  }
  const url = typeof f.url === 'string' ? f.url.trim() : ''
  return { linkType: 'custom', newTab, url: SAFE_URL.test(url) ? url : '' }
}

function reshapeNode(node: unknown, walk: Walk): Record<string, unknown> | null {
  if (!isRecord(node)) return null
  const out: Record<string, unknown> = { ...node }
  switch (node.type) {
    case 'block': {
      const view = blockView(node.fields, walk)
      // A block type the site does not know is left out rather than shown half-rendered.
      return view ? { ...out, fields: view } : null
    }
    // Not enabled in the site's editor: nothing of theirs should reach a visitor.
    case 'upload':
    case 'relationship':
    case 'inlineBlock':
      return null
    case 'link':
    case 'autolink':
      out.fields = reshapeLinkFields(node.fields)
      break
    case 'heading':
      if (walk.toc && node.tag === 'h2') {
        const label = nodeText(node).trim()
        if (label) {
          const id = anchorFor(label, walk.ids)
          walk.toc.push({ id, text: label })
          out.anchor = id
        }
      }
      break
  }
  if (Array.isArray(node.children)) {
    out.children = node.children.map((child) => reshapeNode(child, walk)).filter((c) => c !== null)
  }
  return out
}

export function reshapeRichText(value: unknown, walk: Walk): RichTextValue | null {
  if (!isRecord(value) || !isRecord(value.root)) return null
  const root = reshapeNode(value.root, walk)
  if (!root || !Array.isArray(root.children) || root.children.length === 0) return null
  // Lexical's own shape with block fields swapped for BlockViews, which its types cannot express.
  return { root } as unknown as RichTextValue
}

/** An FAQ as the site shows it everywhere: its answer is rich text, walked on its own. */
export const toFaqView = (doc: Pick<Faq, 'question' | 'slug' | 'answer' | 'medical'>): FaqView => ({
  slug: doc.slug,
  question: doc.question,
  answer: reshapeRichText(doc.answer, newWalk()),
  answerText: lexicalPlainText(doc.answer),
  medical: doc.medical === true,
})

/** A block's view from its folder's builder; undefined for a block type the site does not know. */
function blockView(fields: unknown, walk: Walk): BlockView | undefined {
  if (!isRecord(fields) || !isBlockType(fields.blockType)) return undefined
  const context: BlockViewContext = {
    richText: (value) => reshapeRichText(value, { ids: walk.ids, faqs: walk.faqs }),
    faqs: (values) => {
      const faqs = docs(values as Parameters<typeof docs<Faq>>[0]).map(toFaqView)
      walk.faqs.push(...faqs)
      return faqs
    },
  }
  return BLOCKS[fields.blockType].view(fields, context) as BlockView | undefined
}
