import type { Element, ElementContent, Nodes as HastNodes, Root as HastRoot } from 'hast'
import { fromHtml } from 'hast-util-from-html'
import { toMdast } from 'hast-util-to-mdast'
import type { Nodes as MdastNodes } from 'mdast'

import { toIsoDate } from './frontMatter'
import type { ParseLog } from './nodes'
import { ImportParseError, type RemovalReason } from './types'

export interface HtmlMeta {
  /** First <h1>, read before chrome is pruned because themes often put it in <header>. */
  h1?: string
  title?: string
  description?: string
  image?: string
  publishedAt?: string
}

// Never article text: code, embeds and form controls.
const NON_CONTENT = new Set(
  'script style noscript template iframe svg canvas form button input select textarea object embed'.split(' '),
)
// Page chrome around the article; inside <article>/<main> the same tags can hold real content.
const CHROME = new Set(['nav', 'header', 'footer', 'aside'])
const CHROME_CLASS_RE =
  /(?:^|[-_])(share|sharing|social|related|newsletter|subscribe|cookies?|consent|breadcrumbs?|sidebar|comments?|menu|toc|advert|ads|promo|top-?bar|announcement|utility)(?:$|[-_])/i

function textOf(node: HastNodes): string {
  if (node.type === 'text') return node.value
  return 'children' in node ? node.children.map((c) => textOf(c as HastNodes)).join(' ') : ''
}

function attr(el: Element, name: string): string | undefined {
  const v = el.properties?.[name]
  if (Array.isArray(v)) return v.join(' ')
  return v === undefined || v === null ? undefined : String(v)
}

function chromeReason(el: Element, insideArticle: boolean): RemovalReason | undefined {
  if (NON_CONTENT.has(el.tagName)) return 'boilerplate'
  if (el.tagName === 'nav') return 'navigation'
  if (CHROME.has(el.tagName) && !insideArticle) return 'navigation'
  const tokens = `${attr(el, 'className') ?? ''} ${attr(el, 'id') ?? ''}`.split(/\s+/).filter(Boolean)
  const hit = tokens.map((t) => CHROME_CLASS_RE.exec(t)?.[1]).find(Boolean)
  if (!hit) return undefined
  return /cookie|consent|newsletter|subscribe|advert|ads|promo/i.test(hit) ? 'boilerplate' : 'navigation'
}

function readMeta(el: Element, meta: HtmlMeta): void {
  if (el.tagName === 'h1') meta.h1 ??= textOf(el).replace(/\s+/g, ' ').trim() || undefined
  if (el.tagName === 'title') meta.title ??= textOf(el).trim() || undefined
  if (el.tagName === 'time') meta.publishedAt ??= toIsoDate(attr(el, 'dateTime'))
  if (el.tagName !== 'meta') return
  const key = (attr(el, 'name') ?? attr(el, 'property') ?? '').toLowerCase()
  const content = attr(el, 'content')?.trim()
  if (!content) return
  if (key === 'description' || key === 'og:description') meta.description ??= content
  if (key === 'og:image') meta.image ??= content
  if (key === 'og:title') meta.title ??= content
  if (key === 'article:published_time' || key === 'date') meta.publishedAt ??= toIsoDate(content)
}

function collectMeta(node: HastNodes, meta: HtmlMeta): void {
  if (node.type === 'element') readMeta(node, meta)
  if ('children' in node) for (const child of node.children) collectMeta(child as HastNodes, meta)
}

function prune(children: ElementContent[], insideArticle: boolean, lineOffset: number, log: ParseLog): ElementContent[] {
  return children.filter((child) => {
    if (child.type === 'comment') {
      // CMS markers such as <!-- wp:paragraph --> are not text, but nothing leaves unreported.
      log.removed.push({ line: (child.position?.start.line ?? 1) + lineOffset, text: `<!--${child.value}-->`, reason: 'boilerplate' })
      return false
    }
    if (child.type !== 'element') return true
    const reason = chromeReason(child, insideArticle)
    if (reason) {
      const text = NON_CONTENT.has(child.tagName) ? `<${child.tagName}>` : textOf(child).replace(/\s+/g, ' ').trim()
      if (text) log.removed.push({ line: (child.position?.start.line ?? 1) + lineOffset, text, reason })
      return false
    }
    child.children = prune(child.children, insideArticle || child.tagName === 'article' || child.tagName === 'main', lineOffset, log)
    return true
  })
}

/** Deeper than any real article; the tree walks below are recursive, so a limit keeps them off the stack's edge. */
export const MAX_HTML_DEPTH = 256

// Void elements never nest; these close themselves implicitly, so counting them would overstate depth.
const NOT_NESTING = new Set(
  'area base br col embed hr img input link meta source track wbr p li dt dd option optgroup tr td th thead tbody tfoot rb rt rp colgroup'.split(' '),
)
const TAG_RE = /<!--[\s\S]*?-->|<(\/?)([a-zA-Z][a-zA-Z0-9-]*)\b[^>]*?(\/?)>/g

/**
 * The HTML parser's tree conversion and the walks below recurse once per level, so a hostile
 * nesting depth would overflow the stack. A linear scan of the tags finds it first.
 */
function refuseDeepNesting(html: string, lineOffset: number): void {
  let depth = 0
  for (const m of html.matchAll(TAG_RE)) {
    const [, closing, name, selfClosing] = m
    if (!name || NOT_NESTING.has(name.toLowerCase()) || selfClosing) continue
    depth = closing ? Math.max(0, depth - 1) : depth + 1
    if (depth > MAX_HTML_DEPTH) {
      const line = html.slice(0, m.index).split('\n').length + lineOffset
      throw new ImportParseError(
        `HTML is nested more than ${MAX_HTML_DEPTH} elements deep (line ${line}); no article needs that, the file looks broken`,
        line,
      )
    }
  }
}

/** Drops page chrome (reported), reads page metadata, and converts what is left to mdast. */
export function cleanHtml(html: string, lineOffset: number, log: ParseLog, fragment = false): { tree: MdastNodes; meta: HtmlMeta } {
  refuseDeepNesting(html, lineOffset)
  const hast: HastRoot = fromHtml(html, { fragment })
  const meta: HtmlMeta = {}
  const top = hast.children.filter((c): c is ElementContent => c.type !== 'doctype')
  collectMeta(hast, meta)
  hast.children = prune(top, false, lineOffset, log)
  if (meta.title) meta.title = meta.title.replace(/\s+[|–—-]\s+[^|–—-]{1,40}$/, '').trim()
  return { tree: toMdast(hast), meta }
}
