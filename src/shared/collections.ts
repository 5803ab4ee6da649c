/** Collection slugs as constants: shared by configs, the data module, the importer and tests. */
export const COLLECTIONS = {
  users: 'users',
  media: 'media',
  topics: 'topics',
  authors: 'authors',
  articles: 'articles',
  treatments: 'treatments',
  faqs: 'faqs',
  beautyTips: 'beauty-tips',
} as const

/** The editorial content types: versioned, drafted, reviewed, published. */
export const CONTENT_COLLECTIONS = [
  COLLECTIONS.articles,
  COLLECTIONS.treatments,
  COLLECTIONS.faqs,
  COLLECTIONS.beautyTips,
] as const
export type ContentCollection = (typeof CONTENT_COLLECTIONS)[number]

export const TIP_CATEGORIES = [
  ['cleansing', 'Cleansing'],
  ['exfoliation', 'Exfoliation'],
  ['toning', 'Toning'],
  ['hydration', 'Hydration'],
  ['masks', 'Masks'],
  ['application-technique', 'Application technique'],
  ['sun-protection', 'Sun protection'],
  ['nutrition', 'Nutrition'],
  ['lifestyle', 'Lifestyle'],
  ['treatment', 'Treatment care'],
  ['other', 'Other'],
] as const
export type TipCategory = (typeof TIP_CATEGORIES)[number][0]

/* ------------------------------------------------------------------------------------------ */
/* The site registry                                                                           */
/* ------------------------------------------------------------------------------------------ */

/** Public routes that belong to no collection. */
export const SITE_ROUTES = {
  home: '/',
  search: '/search',
  sitemap: '/sitemap.xml',
  feed: '/feed.xml',
  robots: '/robots.txt',
} as const

interface SiteCollectionEntry {
  /** The list tag: carried by every site read that shows anything of the collection. */
  tag: string
  /** The collection's public route: the prefix of its documents' pages, or the page holding them. */
  route?: string
  /**
   * Whether `route` itself is a page (a list, paginated under `route/page/<n>`); /topics and
   * /authors have document pages only.
   */
  listPage: boolean
  /**
   * How a document is reached: a page of its own under `route` (then `docTag` prefixes the
   * per-document cache tag of that page), or not at all. A fragment of a list page is no
   * address: the list is paginated, so the page holding a document moves as others publish.
   */
  page: 'own' | 'none'
  docTag?: string
  /** The list pages whose page cache shows the collection: revalidated on any public change. */
  shownOn: readonly string[]
  /** A draft preview and Live Preview (collections with a page of their own). */
  preview: boolean
  /** Ranked in the site search (src/site/search.ts holds each one's SQL columns). */
  search: boolean
  /** The SEO plugin's meta fields. */
  seo: boolean
  /** A redirect may point at its documents (the redirects plugin). */
  redirectTarget: boolean
  /** An internal rich-text link may point at its documents. */
  linkTarget: boolean
  /** A change moves the sitemap (a URL or a lastmod) or the RSS feed. */
  sitemap: boolean
  feed: boolean
}

const BLOG = '/blog'
const TREATMENTS = '/treatments'
const TIPS = '/tips'
const FAQS = '/faqs'

/**
 * Every collection the public site shows, and how: the one place that says which collections
 * have pages, their paths, cache tags, preview and search. Paths (src/site/paths.ts), cache
 * tags (src/site/cacheTags.ts), revalidation, the data module's projections, the preview links
 * and the Payload config's plugin lists all read it; Next's literals (src/proxy.ts's matcher,
 * cacheControl's sources) are checked against it by tests/unit/site-registry.test.ts.
 * Pure data: no Next or Payload import.
 */
export const SITE_COLLECTIONS = {
  articles: {
    tag: 'articles', route: BLOG, listPage: true, page: 'own', docTag: 'article',
    shownOn: [SITE_ROUTES.home, BLOG],
    preview: true, search: true, seo: true, redirectTarget: true, linkTarget: true, sitemap: true, feed: true,
  },
  treatments: {
    tag: 'treatments', route: TREATMENTS, listPage: true, page: 'own', docTag: 'treatment',
    // /faqs groups its questions under their treatments' names.
    shownOn: [SITE_ROUTES.home, TREATMENTS, FAQS],
    preview: true, search: true, seo: true, redirectTarget: true, linkTarget: true, sitemap: true, feed: false,
  },
  faqs: {
    // Each FAQ has a page of its own (/faqs/<slug>): its address whatever page of the list
    // it sits on. Not a redirect target: the redirects table has no relation to FAQs.
    tag: 'faqs', route: FAQS, listPage: true, page: 'own', docTag: 'faq',
    shownOn: [FAQS],
    preview: false, search: true, seo: false, redirectTarget: false, linkTarget: true, sitemap: true, feed: false,
  },
  'beauty-tips': {
    tag: 'tips', route: TIPS, listPage: true, page: 'own', docTag: 'tip',
    shownOn: [SITE_ROUTES.home, TIPS],
    preview: true, search: true, seo: true, redirectTarget: true, linkTarget: true, sitemap: true, feed: false,
  },
  topics: {
    tag: 'topics', route: '/topics', listPage: false, page: 'own', docTag: 'topic',
    shownOn: [BLOG],
    preview: false, search: false, seo: false, redirectTarget: true, linkTarget: true, sitemap: true, feed: true,
  },
  authors: {
    tag: 'authors', route: '/authors', listPage: false, page: 'own', docTag: 'author',
    shownOn: [],
    preview: false, search: false, seo: false, redirectTarget: true, linkTarget: true, sitemap: true, feed: true,
  },
  media: {
    tag: 'media', listPage: false, page: 'none', shownOn: [],
    preview: false, search: false, seo: false, redirectTarget: false, linkTarget: false, sitemap: false, feed: false,
  },
  /** Old URLs that answer 301; read by the proxy and the not-found path, not by pages. */
  redirects: {
    tag: 'redirects', listPage: false, page: 'none', shownOn: [],
    preview: false, search: false, seo: false, redirectTarget: false, linkTarget: false, sitemap: false, feed: false,
  },
} as const satisfies Record<string, SiteCollectionEntry>

export type SiteCollection = keyof typeof SITE_COLLECTIONS
type Registry = typeof SITE_COLLECTIONS
type Flag = 'preview' | 'search' | 'seo' | 'redirectTarget' | 'linkTarget' | 'sitemap' | 'feed'

/** The collections whose entry has `flag` set, as a union of their slugs. */
export type SiteCollectionWith<F extends Flag> = { [K in SiteCollection]: Registry[K][F] extends true ? K : never }[SiteCollection]
/** The collections whose documents have a page of their own. */
export type PageCollection = { [K in SiteCollection]: Registry[K]['page'] extends 'own' ? K : never }[SiteCollection]

export const SITE_COLLECTION_SLUGS = Object.keys(SITE_COLLECTIONS) as SiteCollection[]

export const isSiteCollection = (collection: string): collection is SiteCollection =>
  Object.prototype.hasOwnProperty.call(SITE_COLLECTIONS, collection)

/** The collections with `flag` set, in registry order. */
export function collectionsWith<F extends Flag>(flag: F): SiteCollectionWith<F>[] {
  return SITE_COLLECTION_SLUGS.filter((slug) => SITE_COLLECTIONS[slug][flag]) as SiteCollectionWith<F>[]
}

/** The first path segment of every public route (collections' and the others'), for Next's literals. */
export function publicRoutePrefixes(): string[] {
  const routes: string[] = [
    ...SITE_COLLECTION_SLUGS.map((slug) => (SITE_COLLECTIONS[slug] as SiteCollectionEntry).route),
    ...Object.values(SITE_ROUTES),
  ].filter((route): route is string => route !== undefined && route !== SITE_ROUTES.home)
  return [...new Set(routes.map((route) => route.split('/')[1]))]
}
