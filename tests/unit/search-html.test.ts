import { describe, expect, it } from 'vitest'

import {
  fillSearchTemplate,
  MATCH_END,
  MATCH_START,
  resultsHtml,
  searchTemplate,
  SHELL_QUERY_SLOT,
  SHELL_RESULTS_SLOT,
} from '../../src/site/searchHtml'

/** Shaped like Next's render of /next/search-shell: runtime scripts, preloads, inline RSC payload, JSON-LD. */
const shell = [
  '<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/>',
  '<link rel="stylesheet" href="/_next/static/chunks/site.css" data-precedence="next"/>',
  '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/runtime.js"/>',
  '<script src="/_next/static/chunks/main.js" async=""></script>',
  '<title>Search · Glassworks</title><meta name="robots" content="noindex, follow"/></head><body>',
  '<script type="application/ld+json">{"@type":"BreadcrumbList"}</script>',
  `<form><input id="q" name="q" type="search" value="${SHELL_QUERY_SLOT}"/></form>`,
  SHELL_RESULTS_SLOT,
  '<script>self.__next_f.push([1,"glassworks-search-results-slot"])</script>',
  '<script nonce="x">(self.__next_f=self.__next_f||[]).push([0])</script></body></html>',
].join('')

describe('search page HTML', () => {
  it('keeps the frame, stylesheet, robots and JSON-LD but none of Next’s scripts', () => {
    const html = fillSearchTemplate(searchTemplate(shell), 'toner', { status: 'ok', query: 'toner', hits: [] })
    expect(html).toContain('href="/_next/static/chunks/site.css"')
    expect(html).toContain('<meta name="robots" content="noindex, follow"/>')
    expect(html).toContain('<script type="application/ld+json">{"@type":"BreadcrumbList"}</script>')
    expect(html).not.toMatch(/<script(?![^>]*application\/ld\+json)/)
    expect(html).not.toContain('as="script"')
    expect(html).not.toContain('__next_f')
    expect(html).toContain('value="toner"')
    expect(html).toContain('Nothing matches “toner”')
  })

  it('escapes the query, titles, links and snippets, and marks only the matches', () => {
    const evil = '"><script>alert(1)</script>'
    const html = fillSearchTemplate(searchTemplate(shell), evil, {
      status: 'ok',
      query: evil,
      hits: [
        {
          collection: 'faqs',
          title: '<b>Bold</b> & "quoted"',
          href: '/faqs#a"b',
          snippet: `before <img src=x> ${MATCH_START}retinol${MATCH_END} after ${MATCH_START}<i>${MATCH_END}`,
        },
      ],
    })
    expect(html).not.toContain('<script>alert(1)</script>')
    expect(html).toContain('value="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"')
    expect(html).toContain('<a href="/faqs#a&quot;b">&lt;b&gt;Bold&lt;/b&gt; &amp; &quot;quoted&quot;</a>')
    expect(html).toContain(
      '<p class="search-hit__snippet">before &lt;img src=x&gt; <mark>retinol</mark> after <mark>&lt;i&gt;</mark></p>',
    )
    expect(html).toContain('<span class="search-hit__kind">FAQ</span>')
  })

  it('shows the empty state, the over-long query and a failure as text', () => {
    expect(resultsHtml({ status: 'empty' })).toContain('Type a word or two')
    expect(resultsHtml({ status: 'too-long', max: 200 })).toContain('at most 200 characters')
    expect(resultsHtml({ status: 'failed' })).toContain('role="alert"')
  })

  it('refuses a shell without its slots, or with one twice', () => {
    expect(() => searchTemplate(shell.replace(SHELL_RESULTS_SLOT, ''))).toThrow(/exactly once/)
    expect(() => searchTemplate(shell + SHELL_QUERY_SLOT)).toThrow(/exactly once/)
  })
})
