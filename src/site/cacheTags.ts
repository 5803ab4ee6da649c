/**
 * Every cache tag of the public site, in one place. Reads in `data.ts` are tagged with these;
 * `revalidate.ts` expires them when content changes. Pure: no Next or Payload import, so
 * hooks, scripts and tests can use it anywhere.
 *
 * The scheme: each collection has a list tag carried by EVERY read that shows anything from
 * that collection (a card, a byline, an FAQ in a block, an image), and each page-owning
 * document has a slug tag on its own read, so a changed or removed slug can be expired too.
 * Coarse on purpose: content changes are rare and a missed dependency would show stale or
 * unpublished text; a re-read from the cache-miss path is cheap.
 */

/** Carried by every site read: expiring it empties the whole site cache. */
export const SITE_TAG = 'site'

/** List tags, one per collection the site shows. */
export const CACHE_TAGS = {
  site: SITE_TAG,
  articles: 'articles',
  treatments: 'treatments',
  faqs: 'faqs',
  tips: 'tips',
  topics: 'topics',
  authors: 'authors',
  media: 'media',
  /** Old URLs that answer 301; read by the proxy, not by pages. */
  redirects: 'redirects',
  sitemap: 'sitemap',
  feed: 'feed',
} as const

export type CacheTag = (typeof CACHE_TAGS)[keyof typeof CACHE_TAGS]

/** Per-document tags, for the read of the page that document owns. */
export const docTags = {
  article: (slug: string) => `article:${slug}`,
  treatment: (slug: string) => `treatment:${slug}`,
  tip: (slug: string) => `tip:${slug}`,
  topic: (slug: string) => `topic:${slug}`,
  author: (slug: string) => `author:${slug}`,
} as const

/** The Payload collections whose changes the site cares about, and their list tag. */
export const COLLECTION_TAGS = {
  articles: CACHE_TAGS.articles,
  treatments: CACHE_TAGS.treatments,
  faqs: CACHE_TAGS.faqs,
  'beauty-tips': CACHE_TAGS.tips,
  topics: CACHE_TAGS.topics,
  authors: CACHE_TAGS.authors,
  media: CACHE_TAGS.media,
  redirects: CACHE_TAGS.redirects,
} as const

export type SiteCollection = keyof typeof COLLECTION_TAGS

export const isSiteCollection = (collection: string): collection is SiteCollection =>
  Object.prototype.hasOwnProperty.call(COLLECTION_TAGS, collection)

/** The per-document tag of a collection's page, if its documents own pages. */
export function docTagFor(collection: SiteCollection, slug: string): string | undefined {
  switch (collection) {
    case 'articles':
      return docTags.article(slug)
    case 'treatments':
      return docTags.treatment(slug)
    case 'beauty-tips':
      return docTags.tip(slug)
    case 'topics':
      return docTags.topic(slug)
    case 'authors':
      return docTags.author(slug)
    default:
      return undefined
  }
}

/**
 * Collections that feed the sitemap (a URL or a lastmod) and the RSS feed. FAQs count for the
 * sitemap because the lastmod of /faqs is their newest change.
 */
export const SITEMAP_COLLECTIONS: readonly SiteCollection[] = [
  'articles',
  'treatments',
  'faqs',
  'beauty-tips',
  'topics',
  'authors',
]
export const FEED_COLLECTIONS: readonly SiteCollection[] = ['articles', 'topics', 'authors']
