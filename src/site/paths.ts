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

/** `/blog` with its filter and page, in one canonical order; page 1 is the bare list. */
export function blogListPath({ topic, page }: { topic?: string; page?: number }): string {
  const params = new URLSearchParams()
  if (topic) params.set('topic', topic)
  if (page && page > 1) params.set('page', String(page))
  const query = params.toString()
  return query ? `${sitePaths.blog}?${query}` : sitePaths.blog
}
