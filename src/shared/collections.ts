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
