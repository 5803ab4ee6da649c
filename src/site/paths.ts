/**
 * Site URLs: pages, the sitemap, the feed, JSON-LD, internal rich-text links and revalidation
 * all build paths here, from the routes of the collection registry (src/shared/collections.ts),
 * so a route can only move in one file.
 */

import { isSiteCollection, SITE_COLLECTIONS, SITE_ROUTES, type PageCollection } from '../shared/collections'

const seg = (slug: string): string => encodeURIComponent(slug)

/**
 * The element id of an FAQ wherever it is shown (the list, a treatment, an article);
 * prefixed so it never equals a heading's anchor. Links from before FAQs had pages of their
 * own point at `/faqs#faq-<slug>` (`OLD_FAQ_FRAGMENT`): the first list page sends those on.
 */
export const OLD_FAQ_FRAGMENT = 'faq-'
export const faqAnchor = (slug: string): string => `${OLD_FAQ_FRAGMENT}${slug}`

/** The page of a document of a collection with pages of their own (the registry's `route`). */
const pageOf = (collection: PageCollection) => (slug: string) => `${SITE_COLLECTIONS[collection].route}/${seg(slug)}`

export const sitePaths = {
  home: SITE_ROUTES.home,
  blog: SITE_COLLECTIONS.articles.route,
  article: pageOf('articles'),
  treatments: SITE_COLLECTIONS.treatments.route,
  treatment: pageOf('treatments'),
  faqs: SITE_COLLECTIONS.faqs.route,
  faq: pageOf('faqs'),
  tips: SITE_COLLECTIONS['beauty-tips'].route,
  tip: pageOf('beauty-tips'),
  topic: pageOf('topics'),
  author: pageOf('authors'),
  search: SITE_ROUTES.search,
  sitemap: SITE_ROUTES.sitemap,
  feed: SITE_ROUTES.feed,
} as const

/** A document's public path, from the registry: its own page, or undefined. */
export function pathForDocument(collection: string, slug: string): string | undefined {
  if (!isSiteCollection(collection)) return undefined
  if (SITE_COLLECTIONS[collection].page === 'own') return pageOf(collection as PageCollection)(slug)
  return undefined
}

/**
 * A page of a paginated list: the bare route for page 1, `<route>/page/<n>` after. Paths, not
 * a query string, so that every list page is a cacheable page of its own (a query would make
 * the page render per request).
 */
export function listPagePath(route: string, page?: number): string {
  return page && page > 1 ? `${route}/page/${page}` : route
}

/** The list collections paginated under their route (`/treatments/page/2`), by the name pages use. */
export const listPaths = {
  treatments: (page?: number) => listPagePath(sitePaths.treatments, page),
  tips: (page?: number) => listPagePath(sitePaths.tips, page),
  faqs: (page?: number) => listPagePath(sitePaths.faqs, page),
} as const

/**
 * A page of the blog list, optionally one topic's: `/blog`, `/blog/page/2`, `/blog/topic/x`,
 * `/blog/topic/x/page/2` (see `listPagePath`).
 */
export function blogListPath({ topic, page }: { topic?: string; page?: number }): string {
  return listPagePath(topic ? `${sitePaths.blog}/topic/${seg(topic)}` : sitePaths.blog, page)
}

/** A page number as it appears in a list path: 1–99999 without leading zeros, else undefined. */
export function parsePageNumber(value: string | undefined): number | undefined {
  return value !== undefined && /^[1-9][0-9]{0,4}$/.test(value) ? Number(value) : undefined
}
