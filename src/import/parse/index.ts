import { removeDebris, stripShortcodes } from './debris'
import { decodeSourceWithEncoding, sha256 } from './decode'
import { detectFormat } from './detect'
import { splitFrontMatter } from './frontMatter'
import { cleanHtml, type HtmlMeta } from './html'
import { blocksToPlainText, clip, inlineText, splitSentences } from './inline'
import { markdownToNodes, mdastToNodes } from './mdast'
import type { ParseLog, SourceNode } from './nodes'
import { recoverStructure, type Structured } from './structure'
import { textToNodes } from './text'
import { findTreatments, treatmentName } from './treatments'
import {
  ImportParseError,
  type Block,
  type DetectedTreatment,
  type ParsedDocument,
  type ParseInput,
  type SourceFormat,
} from './types'

export * from './types'
export { blocksToPlainText } from './inline'
export { lexicalToPlainText, stableId, toLexical, type LexicalEditorState, type LexicalNode, type LexicalRefs } from './lexical'
export { MAX_SOURCE_BYTES } from './decode'
export { TREATMENTS } from './treatments'

const EXCERPT_MAX = 300
const META_DESCRIPTION_MAX = 160
const SLUG_MAX = 80

export function slugify(text: string): string {
  const latin = text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
  // An all-Korean title keeps its Hangul (NFKD would split the syllables into jamo).
  const slug =
    latin ||
    text
      .normalize('NFC')
      .toLowerCase()
      .replace(/[^a-z0-9\p{Script=Hangul}]+/gu, '-')
      .replace(/^-+|-+$/g, '')
  if (slug.length <= SLUG_MAX) return slug
  const cut = slug.slice(0, SLUG_MAX)
  return cut.slice(0, cut.lastIndexOf('-') > 20 ? cut.lastIndexOf('-') : SLUG_MAX)
}

function firstParagraph(body: Block[]): string | undefined {
  const block = body.find((b) => b.kind === 'paragraph' && inlineText(b.content).split(/\s+/).length >= 6)
  return block?.kind === 'paragraph' ? inlineText(block.content) : undefined
}

/** Scraped articles often lost their title line; the first sentence is a placeholder an editor must review. */
function deriveTitle(body: Block[], log: ParseLog): string {
  const paragraph = firstParagraph(body)
  if (!paragraph) {
    log.warnings.push({ message: 'no title found; using "Untitled"' })
    return 'Untitled'
  }
  log.warnings.push({ message: 'title derived from the first sentence (the text has no title line); review it' })
  const sentence = (splitSentences(paragraph)[0] ?? paragraph).replace(/[.!?…]+$/, '')
  if (sentence.length <= 90) return sentence
  const comma = sentence.lastIndexOf(',', 90)
  if (comma >= 30) return sentence.slice(0, comma)
  return sentence.slice(0, sentence.lastIndexOf(' ', 80))
}

function collectTreatments(title: string, s: Structured): DetectedTreatment[] {
  const texts = [
    title,
    blocksToPlainText(s.body),
    ...s.faqs.flatMap((f) => [f.question, blocksToPlainText(f.answer)]),
    ...s.tips.flatMap((t) => [t.title, blocksToPlainText(t.body)]),
  ]
  const found = new Map<string, DetectedTreatment>()
  for (const text of texts) {
    for (const match of findTreatments(text)) {
      const entry = found.get(match.key) ?? { key: match.key, name: treatmentName(match.key), matchedText: [] }
      // "Chemical Peels" in a heading and "chemical peels" in a sentence are one spelling.
      if (!entry.matchedText.some((t) => t.toLowerCase() === match.text.toLowerCase())) entry.matchedText.push(match.text)
      found.set(match.key, entry)
    }
  }
  for (const [key, timeline] of s.timelines) {
    const entry = found.get(key)
    if (entry) entry.timeline = timeline
  }
  return [...found.values()]
}

function toNodes(format: SourceFormat, body: string, lineOffset: number, log: ParseLog): { nodes: SourceNode[]; meta: HtmlMeta } {
  if (format === 'text') return { nodes: textToNodes(body, lineOffset), meta: {} }
  if (format === 'html') {
    const { tree, meta } = cleanHtml(body, lineOffset, log)
    return { nodes: mdastToNodes(tree, lineOffset, log), meta }
  }
  return { nodes: markdownToNodes(body, lineOffset, log), meta: {} }
}

/**
 * Turns one article file into structured content. Pure: no Payload, no database, no disk.
 * The file name is accepted for the caller's error messages but never used to decide anything.
 */
export function parseDocument(input: ParseInput): ParsedDocument {
  const { text, encoding } = decodeSourceWithEncoding(input.bytes)
  const log: ParseLog = { removed: [], warnings: [] }
  const { frontMatter: fm, body: source, lineOffset } = splitFrontMatter(text, log)
  if (fm && !source.trim()) {
    throw new ImportParseError(`the file has front matter (lines 1–${lineOffset}) but no article text after it`, lineOffset)
  }
  const body = stripShortcodes(source, lineOffset, log)
  const format = detectFormat(body, fm !== undefined)
  const { nodes, meta } = toNodes(format, body, lineOffset, log)
  const debris = removeDebris(nodes, log)
  if (!debris.nodes.length) {
    throw new ImportParseError(
      log.removed.length
        ? `no article text left after removing ${log.removed.length} line(s) of navigation, shortcodes and boilerplate`
        : 'no article text found',
    )
  }

  const structured = recoverStructure({
    nodes: debris.nodes,
    log,
    knownTitle: input.title ?? fm?.title,
    fallbackTitle: meta.h1 ?? meta.title,
    flatHeadings: format === 'text',
  })
  const title = structured.title ?? deriveTitle(structured.body, log)
  const lead = firstParagraph(structured.body)
  const excerpt = fm?.excerpt ?? fm?.description ?? meta.description ?? (lead ? clip(lead, EXCERPT_MAX) : undefined)
  const metaDescription = fm?.description ?? meta.description ?? (excerpt ? clip(excerpt, META_DESCRIPTION_MAX) : undefined)
  const publishedAt = fm?.publishedAt ?? meta.publishedAt ?? debris.bylineDate
  const heroImage = fm?.heroImage ?? meta.image
  const topics = [...new Set([...(fm?.topics ?? []), ...debris.topics])]

  const byLine = <T extends { line?: number }>(a: T, b: T) => (a.line ?? 0) - (b.line ?? 0)
  return {
    format,
    encoding,
    title,
    slug: slugify(fm?.slug ?? title) || `untitled-${sha256(text).slice(0, 8)}`,
    ...(excerpt ? { excerpt } : {}),
    ...(publishedAt ? { publishedAt } : {}),
    ...(heroImage ? { heroImage } : {}),
    ...(metaDescription ? { metaDescription } : {}),
    ...(topics.length ? { topics } : {}),
    body: structured.body,
    faqs: structured.faqs,
    tips: structured.tips,
    treatments: collectTreatments(title, structured),
    removed: [...log.removed].sort(byLine),
    warnings: [...log.warnings].sort(byLine),
    headings: structured.body.filter((b) => b.kind === 'heading').length,
    sourceHash: sha256(text),
  }
}
