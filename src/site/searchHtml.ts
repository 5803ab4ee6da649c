/**
 * The search page as HTML, without React: the frame (site layout, breadcrumbs, form) comes from
 * Next's own render of `/next/search-shell` with two slots, and each request fills them with
 * plain, escaped strings. Rendering the whole App Router page per search cost ~10–14 ms on a
 * quiet machine (most of a search: bench/README.md, issue #16); filling the slots costs
 * microseconds. Pure (no Next, no Payload): the route handler, the shell page and the tests
 * share it.
 */
import type { SiteCollectionWith } from '../shared/collections'
import { sitePaths } from './paths'

/** The slots the shell page renders; each must occur exactly once in its HTML. */
export const SHELL_QUERY_SLOT = 'glassworks-search-query-slot-7f3a'
export const SHELL_RESULTS_SLOT = 'glassworks-search-results-slot-7f3a'

/** ts_headline marks matches with these; the page turns them into <mark> after escaping. */
export const MATCH_START = '\u0001'
export const MATCH_END = '\u0002'

/** The registry's searched collections. */
export type SearchKind = SiteCollectionWith<'search'>

export interface SearchHitView {
  collection: SearchKind
  title: string
  href: string
  /** Plain text; matches are wrapped in MATCH_START … MATCH_END. */
  snippet: string
}

export type SearchResultView =
  | { status: 'empty' }
  | { status: 'too-long'; max: number }
  | { status: 'ok'; query: string; hits: SearchHitView[] }
  | { status: 'failed' }

const KIND: Record<SearchKind, string> = {
  articles: 'Article',
  treatments: 'Treatment',
  faqs: 'FAQ',
  'beauty-tips': 'Tip',
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#x27;' }

/** Text or attribute value as HTML: nothing in it can open a tag or leave an attribute. */
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => ESCAPES[c])

/** A snippet's text, escaped, with the matches as <mark> elements. */
function snippetHtml(text: string): string {
  return text
    .split(MATCH_START)
    .map((chunk, i) => {
      if (i === 0) return escapeHtml(chunk.replaceAll(MATCH_END, ''))
      const [match, ...rest] = chunk.split(MATCH_END)
      return `<mark>${escapeHtml(match)}</mark>${escapeHtml(rest.join(''))}`
    })
    .join('')
}

function hitHtml(hit: SearchHitView): string {
  return (
    `<li class="search-hit"><span class="search-hit__kind">${KIND[hit.collection]}</span>` +
    `<h2 class="search-hit__title"><a href="${escapeHtml(hit.href)}">${escapeHtml(hit.title)}</a></h2>` +
    `<p class="search-hit__snippet">${snippetHtml(hit.snippet)}</p></li>`
  )
}

/** What goes below the form. */
export function resultsHtml(result: SearchResultView): string {
  switch (result.status) {
    case 'empty':
      return '<p>Type a word or two, for example “HydraFacial” or “double cleansing”.</p>'
    case 'too-long':
      return `<p role="alert">That search is too long: use at most ${result.max} characters.</p>`
    case 'failed':
      return '<p role="alert">Search is not available at the moment. Please try again in a minute.</p>'
    case 'ok':
      return result.hits.length === 0
        ? `<p>Nothing matches “${escapeHtml(result.query)}”. Try fewer or different words, or browse the <a href="${sitePaths.blog}">blog</a>.</p>`
        : `<ol class="search-results" role="list">${result.hits.map(hitHtml).join('')}</ol>`
  }
}

/**
 * Next's scripts: the client runtime and the inline RSC payload of the shell. They describe the
 * shell's own render (with its slots), so left in, React would hydrate the filled page against
 * them and put the slots back; the site ships no client code of its own, and the page works
 * without any (a GET form, plain links). JSON-LD stays. Preloads of those scripts go too.
 */
const NEXT_SCRIPT = /<script\b(?![^>]*\btype="application\/ld\+json")[^>]*>[\s\S]*?<\/script>/g
const SCRIPT_PRELOAD = /<link\b[^>]*\b(?:as="script"|rel="modulepreload")[^>]*>/g

export interface SearchTemplate {
  /** [before the query, between query and results, after the results] */
  parts: readonly [string, string, string]
}

function once(html: string, slot: string): number {
  const at = html.indexOf(slot)
  if (at < 0 || html.indexOf(slot, at + 1) >= 0) throw new Error(`The search shell must contain ${slot} exactly once.`)
  return at
}

/** The shell page's HTML → a template with its slots cut out and Next's scripts removed. */
export function searchTemplate(shellHtml: string): SearchTemplate {
  const html = shellHtml.replace(NEXT_SCRIPT, '').replace(SCRIPT_PRELOAD, '')
  const query = once(html, SHELL_QUERY_SLOT)
  const results = once(html, SHELL_RESULTS_SLOT)
  if (results < query) throw new Error('The search shell must put the form before the results.')
  return {
    parts: [
      html.slice(0, query),
      html.slice(query + SHELL_QUERY_SLOT.length, results),
      html.slice(results + SHELL_RESULTS_SLOT.length),
    ],
  }
}

/** One search page: the query back in the form, the results below it. */
export function fillSearchTemplate(template: SearchTemplate, query: string, result: SearchResultView): string {
  const [before, middle, after] = template.parts
  return before + escapeHtml(query) + middle + resultsHtml(result) + after
}
