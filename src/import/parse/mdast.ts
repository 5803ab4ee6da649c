import type { Nodes as MdastNodes, List, PhrasingContent, RootContent } from 'mdast'
import { fromMarkdown } from 'mdast-util-from-markdown'
import { gfmFromMarkdown } from 'mdast-util-gfm'
import { toString } from 'mdast-util-to-string'
import { gfm } from 'micromark-extension-gfm'

import { cleanHtml } from './html'
import { inlineText, mergeRuns, trimInline } from './inline'
import { warnOnce, type ParseLog, type SourceNode } from './nodes'
import type { Inline } from './types'

/* Markdown and HTML both become mdast; this lowers mdast to SourceNodes with source lines. */

type Marks = Omit<Inline, 'text'>

interface Walk {
  log: ParseLog
  lineOffset: number
  definitions: Map<string, string>
}

function lineOf(node: { position?: { start: { line: number } } }, walk: Walk, fallback: number): number {
  return node.position ? node.position.start.line + walk.lineOffset : fallback
}

function phrasing(nodes: PhrasingContent[], marks: Marks, walk: Walk, line: number): Inline[] {
  return nodes.flatMap((node): Inline[] => {
    switch (node.type) {
      case 'text':
        // A soft line break is just a wrapped line; only `break` nodes are hard breaks.
        return [{ text: node.value.replace(/[ \t]*\n[ \t]*/g, ' '), ...marks }]
      case 'strong':
        return phrasing(node.children, { ...marks, bold: true }, walk, line)
      case 'emphasis':
        return phrasing(node.children, { ...marks, italic: true }, walk, line)
      case 'delete':
        return phrasing(node.children, marks, walk, line)
      case 'inlineCode':
        return [{ text: node.value, ...marks, code: true }]
      case 'link':
        return phrasing(node.children, { ...marks, link: node.url }, walk, line)
      case 'linkReference': {
        const url = walk.definitions.get(node.identifier.toLowerCase())
        return phrasing(node.children, url ? { ...marks, link: url } : marks, walk, line)
      }
      case 'break':
        return [{ text: '\n' }]
      case 'image':
      case 'imageReference': {
        const what = node.alt || (node.type === 'image' ? node.url : node.identifier)
        warnOnce(walk.log, `image "${what}" is not imported; add it in the editor`, lineOf(node, walk, line))
        return []
      }
      case 'html':
        return [{ text: node.value.replace(/<br\s*\/?>/gi, '\n').replace(/<[^>]*>/g, ''), ...marks }]
      case 'footnoteReference':
        return []
      default: {
        // Extension nodes (e.g. GFM footnotes) we do not model: keep their text.
        const other = node as { children?: PhrasingContent[]; value?: string }
        if (other.children) return phrasing(other.children, marks, walk, line)
        return other.value ? [{ text: other.value, ...marks }] : []
      }
    }
  })
}

function listItems(list: List, walk: Walk, items: Inline[][], lines: number[]): void {
  for (const item of list.children) {
    const line = lineOf(item, walk, lineOf(list, walk, 1))
    const runs: Inline[] = []
    const nested: List[] = []
    for (const child of item.children) {
      if (child.type === 'list') {
        nested.push(child)
        continue
      }
      if (runs.length) runs.push({ text: '\n' })
      runs.push(...(child.type === 'paragraph' ? phrasing(child.children, {}, walk, line) : [{ text: toString(child) }]))
    }
    const content = trimInline(runs)
    if (content.length) {
      items.push(content)
      lines.push(line)
    }
    for (const sub of nested) {
      // The Block model has flat lists; nested items follow their parent so no text is lost.
      warnOnce(walk.log, 'nested list items were flattened into their parent list', lineOf(sub, walk, line))
      listItems(sub, walk, items, lines)
    }
  }
}

function flow(children: RootContent[], walk: Walk, out: SourceNode[]): void {
  for (const node of children) {
    const line = lineOf(node, walk, out[out.length - 1]?.line ?? walk.lineOffset + 1)
    switch (node.type) {
      case 'heading': {
        const text = inlineText(trimInline(phrasing(node.children, {}, walk, line))).replace(/\s+/g, ' ')
        if (text) out.push({ t: 'heading', level: node.depth, text, line })
        break
      }
      case 'paragraph': {
        const content = trimInline(phrasing(node.children, {}, walk, line))
        if (content.length) out.push({ t: 'paragraph', content, line })
        break
      }
      case 'list': {
        const items: Inline[][] = []
        const itemLines: number[] = []
        listItems(node, walk, items, itemLines)
        if (items.length) out.push({ t: 'list', ordered: !!node.ordered, start: node.start ?? 1, items, itemLines, line })
        break
      }
      case 'blockquote': {
        const runs = node.children.flatMap((child, i): Inline[] => [
          ...(i ? [{ text: '\n' }] : []),
          ...(child.type === 'paragraph' ? phrasing(child.children, {}, walk, line) : [{ text: toString(child) }]),
        ])
        const content = trimInline(runs)
        if (content.length) out.push({ t: 'quote', content, line })
        break
      }
      case 'code':
        if (node.value.trim()) out.push({ t: 'paragraph', content: [{ text: node.value, code: true }], line })
        break
      case 'table': {
        warnOnce(walk.log, 'a table was imported as a list of rows; rebuild it in the editor if needed', line)
        const items = node.children.map((row) => mergeRuns([{ text: row.children.map((cell) => toString(cell)).join(' | ') }]))
        out.push({ t: 'list', ordered: false, start: 1, items, itemLines: node.children.map((r) => lineOf(r, walk, line)), line })
        break
      }
      case 'html':
        embeddedHtml(node.value, line, walk, out)
        break
      case 'thematicBreak':
      case 'definition':
      case 'yaml':
        break
      default:
        if ('children' in node) flow(node.children as RootContent[], walk, out)
    }
  }
}

function embeddedHtml(value: string, line: number, walk: Walk, out: SourceNode[]): void {
  if (/^\s*<!--[\s\S]*-->\s*$/.test(value)) {
    walk.log.removed.push({ line, text: value.trim(), reason: 'boilerplate' })
    return
  }
  const { tree } = cleanHtml(value, line - 1, walk.log, true)
  flow(tree.type === 'root' ? tree.children : [tree as RootContent], { ...walk, lineOffset: line - 1 }, out)
}

function collectDefinitions(tree: MdastNodes, into: Map<string, string>): void {
  if (tree.type === 'definition') into.set(tree.identifier.toLowerCase(), tree.url)
  if ('children' in tree) for (const child of tree.children) collectDefinitions(child as MdastNodes, into)
}

export function mdastToNodes(tree: MdastNodes, lineOffset: number, log: ParseLog): SourceNode[] {
  const walk: Walk = { log, lineOffset, definitions: new Map() }
  collectDefinitions(tree, walk.definitions)
  const out: SourceNode[] = []
  flow(tree.type === 'root' ? tree.children : [tree as RootContent], walk, out)
  return out
}

// Below this size one parse is fast; above it the file is cut into independent blocks.
const CHUNK_FROM_CHARS = 64 * 1024
const CHUNK_LINES = 400
const DEFINITION_RE = /^ {0,3}\[[^\]\n]+\]:[ \t]*\S/
const CONTINUES_BLOCK_RE = /^(?:[ \t]|[-*+>|]|\d{1,9}[.)]|\[\^)/

/**
 * Cuts large Markdown at blank lines that end a top-level block (outside fences, HTML comments,
 * lists and quotes), so each piece parses on its own. micromark's cost per document grows faster
 * than its length (its event list is spliced as it resolves); pieces of a few hundred lines keep
 * the whole parse linear. Returns each piece with the number of lines before it.
 */
export function markdownChunks(markdown: string): { text: string; offset: number }[] {
  if (markdown.length < CHUNK_FROM_CHARS) return [{ text: markdown, offset: 0 }]
  const lines = markdown.split('\n')
  const chunks: { text: string; offset: number }[] = []
  let start = 0
  let fence: string | undefined
  let inComment = false
  let lastFilled = ''
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]
    const fenceMark = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1]
    if (fenceMark && (!fence || fenceMark.startsWith(fence))) fence = fence ? undefined : fenceMark.slice(0, 3)
    if (!fence) {
      if (line.includes('<!--')) inComment = !line.slice(line.lastIndexOf('<!--')).includes('-->')
      else if (inComment && line.includes('-->')) inComment = false
    }
    const next = lines[i + 1]
    const cut =
      !fence &&
      !inComment &&
      i - start >= CHUNK_LINES &&
      line.trim() === '' &&
      next !== undefined &&
      next.trim() !== '' &&
      !CONTINUES_BLOCK_RE.test(next) &&
      !CONTINUES_BLOCK_RE.test(lastFilled)
    if (line.trim()) lastFilled = line
    if (!cut) continue
    chunks.push({ text: lines.slice(start, i + 1).join('\n'), offset: start })
    start = i + 1
  }
  chunks.push({ text: lines.slice(start).join('\n'), offset: start })
  return chunks
}

export function markdownToNodes(markdown: string, lineOffset: number, log: ParseLog): SourceNode[] {
  const chunks = markdownChunks(markdown)
  const parse = (text: string) => fromMarkdown(text, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] })
  if (chunks.length === 1) return mdastToNodes(parse(markdown), lineOffset, log)
  // A reference may be defined in another piece: every piece gets the definitions appended
  // after its own lines, so its line numbers stay right.
  const definitions = markdown
    .split('\n')
    .filter((l) => DEFINITION_RE.test(l))
    .map((l) => ({ line: l, label: `[${/\[([^\]]+)\]/.exec(l)![1].toLowerCase()}]` }))
  return chunks.flatMap((chunk) => {
    const lower = definitions.length ? chunk.text.toLowerCase() : ''
    const used = definitions.filter((d) => lower.includes(d.label)).map((d) => d.line)
    const text = used.length ? `${chunk.text}\n\n${used.join('\n')}` : chunk.text
    return mdastToNodes(parse(text), lineOffset + chunk.offset, log)
  })
}
