/**
 * Site URLs: pages, the sitemap, the feed, JSON-LD, internal rich-text links and revalidation
 * all build paths here, from the routes of the collection registry (src/shared/collections.ts),
 * so a route can only move in one file.
 */

import { isSiteCollection, SITE_COLLECTIONS, SITE_ROUTES, type PageCollection } from '../shared/collections'

const seg = (slug: string): string => encodeURIComponent(slug)

/** The fragment id of an FAQ wherever it is shown; prefixed so it never equals a heading's anchor. */
export const faqAnchor = (slug: string): string => `${SITE_COLLECTIONS.faqs.fragment}-${slug}`

/** The page of a document of a collection with pages of their own (the registry's `route`). */
const pageOf = (collection: PageCollection) => (slug: string) => `${SITE_COLLECTIONS[collection].route}/${seg(slug)}`

export const sitePaths = {
  home: SITE_ROUTES.home,
  blog: SITE_COLLECTIONS.articles.route,
  article: pageOf('articles'),
  treatments: SITE_COLLECTIONS.treatments.route,
  treatment: pageOf('treatments'),
  faqs: SITE_COLLECTIONS.faqs.route,
  /** FAQs live on one page; each answer is a fragment of it. */
  faq: (slug: string) => `${SITE_COLLECTIONS.faqs.route}#${faqAnchor(slug)}`,
  tips: SITE_COLLECTIONS['beauty-tips'].route,
  tip: pageOf('beauty-tips'),
  topic: pageOf('topics'),
  author: pageOf('authors'),
  search: SITE_ROUTES.search,
  sitemap: SITE_ROUTES.sitemap,
  feed: SITE_ROUTES.feed,
} as const

/** A document's public path, from the registry: its own page, its fragment, or undefined. */
export function pathForDocument(collection: string, slug: string): string | undefined {
  if (!isSiteCollection(collection)) return undefined
  const entry = SITE_COLLECTIONS[collection]
  if (entry.page === 'own') return pageOf(collection as PageCollection)(slug)
  if (entry.page === 'fragment') return `${entry.route}#${entry.fragment}-${slug}`
  return undefined
}

/**
 * A page of the blog list, optionally one topic's: `/blog`, `/blog/page/2`, `/blog/topic/x`,
 * `/blog/topic/x/page/2`. Paths, not a query string, so that every list page is a cacheable
 * page of its own (a query would make the page render per request). Page 1 is the bare list.
 */
export function blogListPath({ topic, page }: { topic?: string; page?: number }): string {
  const base = topic ? `${sitePaths.blog}/topic/${seg(topic)}` : sitePaths.blog
  return page && page > 1 ? `${base}/page/${page}` : base
}

/** A page number as it appears in a list path: 1–99999 without leading zeros, else undefined. */
export function parsePageNumber(value: string | undefined): number | undefined {
  return value !== undefined && /^[1-9][0-9]{0,4}$/.test(value) ? Number(value) : undefined
}
