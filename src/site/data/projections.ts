/**
 * What each read asks for: the `select`s and `populate`s of the site's queries, so a view
 * gets the fields it reshapes and nothing else, and the sort every article list shares.
 */
import { collectionsWith, type SiteCollectionWith } from '../../shared/collections'

// `url` is computed from `filename`: both must be selected.
export const MEDIA_FIELDS = {
  alt: true,
  caption: true,
  credit: true,
  url: true,
  filename: true,
  width: true,
  height: true,
  sizes: true,
} as const
export const TOPIC_FIELDS = { name: true, slug: true } as const
export const TREATMENT_CARD_FIELDS = { name: true, slug: true, summary: true, heroImage: true } as const
export const TIP_CARD_FIELDS = { title: true, slug: true, summary: true, category: true, routine: true } as const
export const FAQ_FIELDS = { question: true, slug: true, answer: true, medical: true } as const
export const ARTICLE_CARD_FIELDS = {
  title: true,
  slug: true,
  excerpt: true,
  heroImage: true,
  publishedAt: true,
  updatedAt: true,
  createdAt: true,
  readingTime: true,
  medical: true,
  topics: true,
} as const

const slugOnly = <C extends string>(collections: readonly C[]) =>
  Object.fromEntries(collections.map((collection) => [collection, { slug: true }])) as { [K in C]: { slug: true } }

/** Populated documents behind internal rich-text links (the registry's link targets): only what a URL needs. */
export const LINK_TARGETS: { [K in SiteCollectionWith<'linkTarget'>]: { slug: true } } = slugOnly(collectionsWith('linkTarget'))

/**
 * A document page's related documents, as cards: link targets, images, topics, treatments and
 * the articles that cite it (FAQ, tip and treatment pages).
 */
export const RELATED_CARDS = {
  ...LINK_TARGETS,
  media: MEDIA_FIELDS,
  topics: TOPIC_FIELDS,
  treatments: TREATMENT_CARD_FIELDS,
  articles: ARTICLE_CARD_FIELDS,
}

/** The `articles` join of a document page: the newest dozen that cite it (its access rules apply: drafts stay out). */
export const CITING_ARTICLES = { limit: 12, sort: '-publishedAt' }

/** Populated documents a redirect points at (the registry's redirect targets): only what a path needs. */
export const REDIRECT_TARGETS: { [K in SiteCollectionWith<'redirectTarget'>]: { slug: true } } = slugOnly(
  collectionsWith('redirectTarget'),
)


/**
 * Newest first. Every published article has a date (the workflow and the `publishedAt` hook set
 * one); the creation date only breaks ties.
 */
export const byPublishedDesc = ['-publishedAt', '-createdAt']
