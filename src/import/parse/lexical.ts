import { createHash } from 'node:crypto'

import { mergeRuns } from './inline'
import type { Block, Inline } from './types'

/*
 * Block model → Payload Lexical JSON. Shapes follow what @payloadcms/richtext-lexical 3.x and
 * lexical 0.x export (text v1, element nodes v1, link v3 with `fields`, block v2 with
 * `fields.id`/`blockType`), so the result validates without an editor round-trip.
 * Block ids hash the block and its position, so re-importing the same bytes is a no-op.
 */

export interface LexicalNode {
  type: string
  version: number
  [key: string]: unknown
}

export interface LexicalEditorState {
  root: {
    type: 'root'
    children: LexicalNode[]
    direction: 'ltr' | 'rtl' | null
    format: ''
    indent: number
    version: number
  }
}

export interface LexicalRefs {
  faqId(index: number): string | number
  tipId(index: number): string | number
  /** Undefined leaves the card out (e.g. a treatment the importer chose not to create). */
  treatmentId(key: string): string | number | undefined
}

const FORMAT_BOLD = 1
const FORMAT_ITALIC = 2
const FORMAT_CODE = 16

export function stableId(seed: string): string {
  return createHash('sha256').update(seed).digest('hex').slice(0, 24)
}

function element(type: string, children: LexicalNode[], extra: Record<string, unknown> = {}): LexicalNode {
  return { type, version: 1, children, direction: 'ltr', format: '', indent: 0, ...extra }
}

function textNodes(run: Inline): LexicalNode[] {
  const format = (run.bold ? FORMAT_BOLD : 0) | (run.italic ? FORMAT_ITALIC : 0) | (run.code ? FORMAT_CODE : 0)
  return run.text.split('\n').flatMap((text, i): LexicalNode[] => [
    ...(i > 0 ? [{ type: 'linebreak', version: 1 }] : []),
    ...(text ? [{ type: 'text', version: 1, detail: 0, format, mode: 'normal', style: '', text }] : []),
  ])
}

function inlineNodes(runs: Inline[], seed: string): LexicalNode[] {
  const out: LexicalNode[] = []
  let k = 0
  while (k < runs.length) {
    const url = runs[k].link
    if (!url) {
      out.push(...textNodes(runs[k++]))
      continue
    }
    // Neighbouring runs with the same URL (e.g. a partly bold link) share one link node.
    const group: Inline[] = []
    while (k < runs.length && runs[k].link === url) group.push(runs[k++])
    out.push({
      ...element('link', group.flatMap(textNodes)),
      version: 3,
      id: stableId(`${seed}:link:${out.length}:${url}`),
      fields: { linkType: 'custom', url, newTab: false },
    })
  }
  return out
}

function paragraph(children: LexicalNode[]): LexicalNode {
  // Lexical derives a paragraph's textFormat from its first text node; matching it keeps round-trips exact.
  const first = children.find((c) => c.type === 'text')
  return element('paragraph', children, { textFormat: first ? first.format : 0, textStyle: '' })
}

function blockNode(seed: string, blockType: string, fields: Record<string, unknown>): LexicalNode {
  return {
    type: 'block',
    version: 2,
    format: '',
    fields: { id: stableId(`${seed}:${blockType}:${JSON.stringify(fields)}`), blockName: '', blockType, ...fields },
  }
}

function blockToNode(block: Block, seed: string, refs: LexicalRefs): LexicalNode | undefined {
  switch (block.kind) {
    case 'heading':
      return element('heading', textNodes({ text: block.text }), { tag: `h${block.level}` })
    case 'paragraph':
      return paragraph(inlineNodes(block.content, seed))
    case 'quote':
      return element('quote', inlineNodes(block.content, seed))
    case 'labelled':
      return paragraph(inlineNodes(mergeRuns([{ text: `${block.label}:`, bold: true }, { text: ' ' }, ...block.content]), seed))
    case 'list': {
      const start = block.start ?? 1
      const items = block.items.map((item, i) =>
        element('listitem', inlineNodes(item, `${seed}.${i}`), { value: block.ordered ? start + i : i + 1 }),
      )
      return element('list', items, { listType: block.ordered ? 'number' : 'bullet', start, tag: block.ordered ? 'ol' : 'ul' })
    }
    case 'callout':
      return blockNode(seed, 'callout', {
        tone: block.tone,
        title: block.title ?? '',
        content: toLexicalWithSeed(block.body, refs, `${seed}.callout`),
      })
    case 'faqList':
      return blockNode(seed, 'faqList', { faqs: block.faqIndexes.map((i) => refs.faqId(i)) })
    case 'routineSteps':
      return blockNode(seed, 'routineSteps', { tips: block.tipIndexes.map((i) => refs.tipId(i)) })
    case 'treatmentCard': {
      const id = refs.treatmentId(block.treatmentKey)
      return id === undefined ? undefined : blockNode(seed, 'treatmentCard', { treatment: id })
    }
  }
}

function toLexicalWithSeed(blocks: Block[], refs: LexicalRefs, seed: string): LexicalEditorState {
  const children = blocks
    .map((block, i) => blockToNode(block, `${seed}.${i}`, refs))
    .filter((n): n is LexicalNode => n !== undefined)
  return { root: { type: 'root', children, direction: 'ltr', format: '', indent: 0, version: 1 } }
}

export function toLexical(blocks: Block[], refs: LexicalRefs): LexicalEditorState {
  return toLexicalWithSeed(blocks, refs, 'body')
}

function nodeToPlainText(node: LexicalNode): string {
  if (node.type === 'text') return String(node.text ?? '')
  if (node.type === 'linebreak') return '\n'
  if (node.type === 'block') {
    const fields = (node.fields ?? {}) as { title?: string; content?: LexicalEditorState }
    return [fields.title ?? '', fields.content ? lexicalToPlainText(fields.content) : ''].filter(Boolean).join('\n')
  }
  const children = Array.isArray(node.children) ? (node.children as LexicalNode[]) : []
  const inline = node.type === 'link' || node.type === 'autolink'
  return children.map(nodeToPlainText).join(inline ? '' : children.every((c) => isInline(c)) ? '' : '\n')
}

function isInline(node: LexicalNode): boolean {
  return ['text', 'linebreak', 'link', 'autolink', 'tab'].includes(node.type)
}

/** Text of a Lexical state: one line per block; referenced FAQs/tips/treatments are not inlined. */
export function lexicalToPlainText(state: { root: { children: unknown[] } }): string {
  return (state.root.children as LexicalNode[]).map(nodeToPlainText).filter(Boolean).join('\n')
}
