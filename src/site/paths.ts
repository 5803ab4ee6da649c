/**
 * Site URLs in one place: pages, the sitemap, the feed, JSON-LD, internal rich-text links and
 * revalidation all build paths here, so a route can only move in one file.
 */

const seg = (slug: string): string => encodeURIComponent(slug)

/** The fragment id of an FAQ wherever it is shown; prefixed so it never equals a heading's anchor. */
export const faqAnchor = (slug: string): string => `faq-${slug}`

export const sitePaths = {
  home: '/',
  blog: '/blog',
  article: (slug: string) => `/blog/${seg(slug)}`,
  treatments: '/treatments',
  treatment: (slug: string) => `/treatments/${seg(slug)}`,
  faqs: '/faqs',
  /** FAQs live on one page; each answer is a fragment of it. */
  faq: (slug: string) => `/faqs#${faqAnchor(slug)}`,
  tips: '/tips',
  tip: (slug: string) => `/tips/${seg(slug)}`,
  topic: (slug: string) => `/topics/${seg(slug)}`,
  author: (slug: string) => `/authors/${seg(slug)}`,
  sitemap: '/sitemap.xml',
  feed: '/feed.xml',
} as const

/** The collections that have public pages (or fragments), by Payload slug. */
export type LinkableCollection = 'articles' | 'treatments' | 'faqs' | 'beauty-tips' | 'topics' | 'authors'

export function pathForDocument(collection: string, slug: string): string | undefined {
  switch (collection) {
    case 'articles':
      return sitePaths.article(slug)
    case 'treatments':
      return sitePaths.treatment(slug)
    case 'faqs':
      return sitePaths.faq(slug)
    case 'beauty-tips':
      return sitePaths.tip(slug)
    case 'topics':
      return sitePaths.topic(slug)
    case 'authors':
      return sitePaths.author(slug)
    default:
      return undefined
  }
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
