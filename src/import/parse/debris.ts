import { toIsoDate } from './frontMatter'
import { inlineText } from './inline'
import { nodeText, type ParseLog, type SourceNode } from './nodes'
import type { RemovalReason } from './types'

/*
 * Scraped articles carry page furniture: navigation, teasers for other posts, template
 * shortcodes, cookie banners. Each rule here removes it and reports the source line, so an
 * editor can check nothing real was lost.
 */

// Hugo {{< x >}} / {{% x %}}, Liquid {% x %}, WordPress [name attr="v"] and [/name].
const SHORTCODE_RE =
  /\{\{[<%][\s\S]*?[>%]\}\}|\{%[\s\S]*?%\}|\[\/?[a-z][a-z0-9_-]+(?:\s+[a-z_-]+=(?:"[^"]*"|'[^']*'|[^\s\]]+))*\s*\/?\](?![(:[])/g

// A Hugo/Liquid shortcode whose attributes run over several lines; one line at a time never sees it whole.
const MULTILINE_SHORTCODE_RE = /\{\{[<%](?:(?!\}\})[\s\S]){0,2000}?\n[\s\S]{0,2000}?[>%]\}\}|\{%(?:(?!%\})[\s\S]){0,2000}?\n[\s\S]{0,2000}?%\}/g

/** Blanks shortcodes that span lines (each line reported), keeping the line count so later line numbers stay right. */
function stripMultilineShortcodes(text: string, lineOffset: number, log: ParseLog): string {
  if (!text.includes('{{') && !text.includes('{%')) return text
  return text.replace(MULTILINE_SHORTCODE_RE, (match, offset: number) => {
    const first = text.slice(0, offset).split('\n').length + lineOffset
    match.split('\n').forEach((line, k) => {
      if (line.trim()) log.removed.push({ line: first + k, text: line.trim(), reason: 'shortcode' })
    })
    return '\n'.repeat(match.split('\n').length - 1)
  })
}

/** Removes shortcodes line by line before parsing, keeping line numbers intact (fenced code is left alone). */
export function stripShortcodes(source: string, lineOffset: number, log: ParseLog): string {
  const text = stripMultilineShortcodes(source, lineOffset, log)
  const referenceNames = new Set([...text.matchAll(/^\s*\[([^\]]+)\]:/gm)].map((m) => m[1].toLowerCase()))
  let inFence = false
  return text
    .split('\n')
    .map((line, i) => {
      if (/^\s*(```|~~~)/.test(line)) inFence = !inFence
      if (inFence) return line
      const found = [...line.matchAll(SHORTCODE_RE)].filter((m) => !referenceNames.has(m[0].slice(1, -1).toLowerCase()))
      if (!found.length) return line
      let rest = line
      for (const m of found) rest = rest.replace(m[0], '')
      const sourceLine = i + 1 + lineOffset
      if (rest.trim() === '') {
        log.removed.push({ line: sourceLine, text: line.trim(), reason: 'shortcode' })
        return ''
      }
      for (const m of found) log.removed.push({ line: sourceLine, text: m[0], reason: 'shortcode' })
      return rest.replace(/[ \t]{2,}/g, ' ')
    })
    .join('\n')
}

// Whole-line page furniture ("Jump To:", "Share this article")…
const NAVIGATION_LINE_RE =
  /^(?:jump to|skip to (?:the )?(?:main )?content|(?:back to |go to )?top of (?:the )?page|table of contents|contents|in this (?:article|post|guide)|on this page|share(?: this(?: post| article| story)?| on \w+)?|related(?: \p{L}+){0,2}|you (?:may|might) also (?:like|enjoy)|more from .{1,40}|read (?:more|next|the full (?:article|story))|continue reading|previous (?:post|article)|next (?:post|article)|back to top|leave a (?:comment|reply)|\d+ comments?|(?:main )?menu|search|close|log ?in|sign ?in|navigation|목차|차례|관련 (?:글|기사|시술)|함께 보면 좋은 글)\s*[:…»→]*\s*(?:\.\.\.)?\s*$/iu
// Lines that are a byline, a credit or an ad slot: never article text, whatever follows them.
const BYLINE_RE =
  /^(?:(?:[Ww]ritten |[Ww]ords |[Rr]eviewed |[Pp]hotos? )?[Bb]y|[Aa]uthor:?|[Pp]osted [Bb]y)\s+(?:dr\.?\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}\s*(?:$|[·|•,–—-]\s*.{0,40}$)|^(?:글|사진|기사)\s*[가-힣]{2,4}(?:\s*(?:기자|에디터))?$|^[가-힣]{2,4}\s*(?:기자|에디터)$/u
const CREDIT_RE =
  /^(?:(?:image|photo|picture|illustration|video)s?\s*(?:credits?\s*)?(?:by|:|©|courtesy of)|(?:photo|image) courtesy|source: (?:getty|shutterstock|unsplash|istock)|사진\s*[:=]|이미지\s*출처)/iu
const AD_SLOT_RE = /^(?:\d{2,4}\s*[x×]\s*\d{2,4}|advertisement|advert|sponsored(?: content)?|ad|ads by \w+|today|광고)$/iu
// "date 2020-04-24 site-name": a scraper's metadata line.
const DATE_LINE_RE = /^date\s+\d{4}-\d{2}-\d{2}\b/i
// …and lines that start like furniture and carry a value ("Posted on March 3", "Tags: a, b").
const NAVIGATION_PREFIX_RE = /^(?:posted (?:in|on|by)|published (?:on|by)|filed under|tags?:|categories?:|read (?:more|next|also):|related:)/i
const TOC_RE = /^(?:(?:jump to|table of contents|contents|in this (?:article|post|guide)|on this page)\b|목차|차례)/i
const RELATED_RE = /^(related\b|you (?:may|might) also (?:like|enjoy)|more from|read next|관련 |함께 보면)/i
const BOILERPLATE_RE =
  /we use cookies|cookie (?:policy|settings|preferences)|accept (?:all )?cookies|subscribe to our newsletter|sign up for our newsletter|join our (?:newsletter|mailing list)|enter your email|all rights reserved|^©|^copyright (?:©\s*)?\d{4}|privacy policy\s*[|·•]\s*terms/i
const SOCIAL_WORDS = new Set('facebook twitter x pinterest linkedin email whatsapp reddit instagram tiktok share tweet pin print copy link'.split(' '))
const TOPIC_LINE_RE = /^(?:tags?|categories?|filed under)\s*:\s*(.+)$/i

// "By Skin Type" is a heading, not a byline: names are not made of these words.
const NOT_NAME_RE = /\b(?:skin|type|types|day|days|week|weeks|month|step|steps|age|area|areas|the|your|night|morning|season|concern|budget|price|treatment)\b/i
const isByline = (t: string) => BYLINE_RE.test(t) && !NOT_NAME_RE.test(t.replace(/[·|•,–—-].*$/, ''))

function isBreadcrumb(text: string): boolean {
  const parts = text.split(/\s*(?:›|»|→|>|\/|\|)\s*/)
  if (parts.length < 3 || text.length > 120) return false
  return /^home$/i.test(parts[0]) || /[›»→]/.test(text)
}

function isSocialBar(text: string): boolean {
  const words = text.toLowerCase().split(/[\s|·•,]+/).filter(Boolean)
  return words.length >= 2 && words.every((w) => SOCIAL_WORDS.has(w))
}

export function debrisReason(text: string): RemovalReason | undefined {
  const t = text.trim()
  if (t.length <= 80 && (NAVIGATION_LINE_RE.test(t) || NAVIGATION_PREFIX_RE.test(t) || isBreadcrumb(t) || isSocialBar(t))) {
    return 'navigation'
  }
  if (t.length <= 100 && (isByline(t) || CREDIT_RE.test(t) || AD_SLOT_RE.test(t) || DATE_LINE_RE.test(t) || isDateLine(t))) {
    return 'boilerplate'
  }
  if (t.length <= 300 && BOILERPLATE_RE.test(t)) return 'boilerplate'
  return undefined
}

const isTeaser = (text: string) => /(…|\.\.\.)\s*$/.test(text.trim())
const norm = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()

function removeNode(node: SourceNode, reason: RemovalReason, log: ParseLog): void {
  if (node.t === 'list') {
    node.items.forEach((item, i) => log.removed.push({ line: node.itemLines[i], text: inlineText(item), reason }))
  } else {
    // Soft-wrapped lines of one paragraph are consecutive source lines.
    nodeText(node)
      .split('\n')
      .forEach((text, k) => log.removed.push({ line: node.line + k, text, reason }))
  }
}

/** A table-of-contents entry repeats the text of a heading further down. */
function isTocEntry(nodes: SourceNode[], at: number, entry: string): boolean {
  const t = norm(entry)
  if (!t) return false
  return nodes.some((n, k) => {
    if (k <= at || n.t !== 'heading') return false
    const h = norm(n.text)
    return h === t || h.endsWith(` ${t}`) || t.endsWith(` ${h}`)
  })
}

const MONTH = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?'
const DATE_RE = new RegExp(`\\b(?:${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}|\\d{1,2}\\s+${MONTH}\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2})\\b`, 'i')
// Korean dates: "2025. 8. 18." and "2025년 8월 18일".
const KOREAN_DATE_RE = /(\d{4})\s*(?:\.|년)\s*(\d{1,2})\s*(?:\.|월)\s*(\d{1,2})\s*(?:\.|일)?/
const WEEKDAY = '(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?,?\\s*'

/** A line that is only a date (and perhaps a weekday or a time): the article's date, not its text. */
function isDateLine(text: string): boolean {
  const rest = text
    .replace(new RegExp(`^${WEEKDAY}`, 'i'), '')
    .replace(DATE_RE, '')
    .replace(KOREAN_DATE_RE, '')
    .replace(/\(?[월화수목금토일]요일\)?|\d{1,2}:\d{2}(?::\d{2})?\s*(?:am|pm)?|(?:updated|published|posted)(?: on)?:?/gi, '')
  return rest.trim() === '' && text.trim() !== ''
}

function dateIn(text: string): string | undefined {
  const korean = KOREAN_DATE_RE.exec(text)
  if (korean) {
    const [, y, m, d] = korean
    return toIsoDate(`${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`)
  }
  const date = DATE_RE.exec(text)?.[0]
  return date ? toIsoDate(date) : undefined
}

export interface DebrisResult {
  nodes: SourceNode[]
  topics: string[]
  /** A date from a removed byline ("Posted on March 3, 2024"), for texts without front matter. */
  bylineDate?: string
}

export function removeDebris(nodes: SourceNode[], log: ParseLog): DebrisResult {
  const drop = new Map<number, RemovalReason>()
  const result: DebrisResult = { nodes: [], topics: [] }

  nodes.forEach((node, i) => {
    if (drop.has(i)) return
    const text = nodeText(node).trim()
    const reason = node.t === 'list' ? undefined : debrisReason(text)
    if (!reason) return
    drop.set(i, reason)
    const topicLine = TOPIC_LINE_RE.exec(text)
    if (topicLine) result.topics.push(...topicLine[1].split(/[,|·•]/).map((s) => s.trim()).filter(Boolean))
    if (!result.bylineDate) result.bylineDate = dateIn(text)
    if (TOC_RE.test(text)) {
      for (let j = i + 1; j < nodes.length; j++) {
        const next = nodes[j]
        const entries = next.t === 'list' ? next.items.map(inlineText) : [nodeText(next)]
        if (entries.filter((e) => isTocEntry(nodes, j, e)).length / entries.length < 0.6) break
        drop.set(j, 'navigation')
      }
    }
    if (RELATED_RE.test(text)) {
      // Everything short after a "Related posts" marker links to other articles.
      for (let j = i + 1; j < nodes.length && nodes[j].t !== 'heading' && nodeText(nodes[j]).length <= 200; j++) {
        drop.set(j, isTeaser(nodeText(nodes[j])) ? 'teaser' : 'navigation')
      }
    }
  })

  // Teasers for other posts pile up at the very end, mixed with other furniture; a single
  // trailing "…" on its own may just be the author's style.
  const teasers: number[] = []
  let furnitureInTail = false
  for (let j = nodes.length - 1; j >= 0; j--) {
    if (drop.has(j)) furnitureInTail = true
    else if (nodes[j].t !== 'heading' && nodeText(nodes[j]).split('\n').every(isTeaser)) teasers.push(j)
    else break
  }
  const teaserLines = teasers.reduce((sum, j) => sum + nodeText(nodes[j]).split('\n').length, 0)
  if (teaserLines >= 2 || (teaserLines === 1 && furnitureInTail)) for (const j of teasers) drop.set(j, 'teaser')

  nodes.forEach((node, i) => {
    const reason = drop.get(i)
    if (reason) removeNode(node, reason, log)
    else result.nodes.push(drop.has(i - 1) ? { ...node, afterDebris: true } : node)
  })
  return result
}
