/**
 * Every cache tag of the public site. Reads in `data/` are tagged with these; `revalidate.ts`
 * expires them when content changes. The list and per-document tags come from the collection
 * registry (src/shared/collections.ts). Pure: no Next or Payload import, so hooks, scripts and
 * tests can use it anywhere.
 *
 * The scheme: each collection has a list tag carried by EVERY read that shows anything from
 * that collection (a card, a byline, an FAQ in a block, an image), and each page-owning
 * document has a slug tag on its own read, so a changed or removed slug can be expired too.
 * Coarse on purpose: content changes are rare and a missed dependency would show stale or
 * unpublished text; a re-read from the cache-miss path is cheap.
 */
import {
  collectionsWith,
  SITE_COLLECTION_SLUGS,
  SITE_COLLECTIONS,
  type PageCollection,
  type SiteCollection,
} from '../shared/collections'

export { isSiteCollection, type SiteCollection } from '../shared/collections'

/** Carried by every site read: expiring it empties the whole site cache. */
export const SITE_TAG = 'site'

/** Tags by the name the data module uses: a collection's list tag, or the sitemap's and feed's. */
export const CACHE_TAGS = {
  site: SITE_TAG,
  articles: SITE_COLLECTIONS.articles.tag,
  treatments: SITE_COLLECTIONS.treatments.tag,
  faqs: SITE_COLLECTIONS.faqs.tag,
  tips: SITE_COLLECTIONS['beauty-tips'].tag,
  topics: SITE_COLLECTIONS.topics.tag,
  authors: SITE_COLLECTIONS.authors.tag,
  media: SITE_COLLECTIONS.media.tag,
  redirects: SITE_COLLECTIONS.redirects.tag,
  sitemap: 'sitemap',
  feed: 'feed',
} as const

export type CacheTag = (typeof CACHE_TAGS)[keyof typeof CACHE_TAGS]

/** The Payload collections whose changes the site cares about, and their list tag. */
export const COLLECTION_TAGS = Object.fromEntries(SITE_COLLECTION_SLUGS.map((slug) => [slug, SITE_COLLECTIONS[slug].tag])) as {
  [K in SiteCollection]: (typeof SITE_COLLECTIONS)[K]['tag']
}

const docTag = (collection: PageCollection) => (slug: string) => `${SITE_COLLECTIONS[collection].docTag}:${slug}`

/** Per-document tags, for the read of the page that document owns. */
export const docTags = {
  article: docTag('articles'),
  treatment: docTag('treatments'),
  tip: docTag('beauty-tips'),
  faq: docTag('faqs'),
  topic: docTag('topics'),
  author: docTag('authors'),
} as const

/** The per-document tag of a collection's page, if its documents own pages. */
export function docTagFor(collection: SiteCollection, slug: string): string | undefined {
  return SITE_COLLECTIONS[collection].page === 'own' ? docTag(collection as PageCollection)(slug) : undefined
}

/** Collections that feed the sitemap (a URL or a lastmod) and the RSS feed. */
export const SITEMAP_COLLECTIONS: readonly SiteCollection[] = collectionsWith('sitemap')
export const FEED_COLLECTIONS: readonly SiteCollection[] = collectionsWith('feed')
