import { sitePaths } from './paths'
import { absoluteUrl, SITE_DESCRIPTION, SITE_NAME } from './seo'
import type { FeedItem } from './types'

/** Characters XML 1.0 forbids anywhere (most C0 controls, lone surrogates, U+FFFE/FFFF): dropped. */
const INVALID_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu

/** Text for an XML element or attribute value. */
export function xmlEscape(value: string): string {
  return value
    .replace(INVALID_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
}

const element = (name: string, value: string | undefined, indent = '    ') =>
  value === undefined || value === '' ? '' : `${indent}<${name}>${xmlEscape(value)}</${name}>\n`

/** RFC 822 dates, as RSS 2.0 requires. */
const rfc822 = (iso: string) => new Date(iso).toUTCString()

/** RSS 2.0 of the given articles (newest first), with atom:link self and dc:creator bylines. */
export function rssFeed(items: FeedItem[]): string {
  const self = absoluteUrl(sitePaths.feed)
  const newest = items.map((i) => i.updatedAt).sort().at(-1)
  const entries = items
    .map((item) => {
      const url = absoluteUrl(sitePaths.article(item.slug))
      return (
        '  <item>\n' +
        element('title', item.title) +
        element('link', url) +
        `    <guid isPermaLink="true">${xmlEscape(url)}</guid>\n` +
        element('pubDate', rfc822(item.publishedAt)) +
        element('description', item.excerpt) +
        item.authors.map((name) => element('dc:creator', name)).join('') +
        item.topics.map((name) => element('category', name)).join('') +
        '  </item>\n'
      )
    })
    .join('')
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/">\n' +
    '<channel>\n' +
    element('title', SITE_NAME, '  ') +
    element('link', absoluteUrl('/'), '  ') +
    element('description', SITE_DESCRIPTION, '  ') +
    element('language', 'en', '  ') +
    (newest ? element('lastBuildDate', rfc822(newest), '  ') : '') +
    `  <atom:link href="${xmlEscape(self)}" rel="self" type="application/rss+xml"/>\n` +
    entries +
    '</channel>\n' +
    '</rss>\n'
  )
}
