/**
 * The public site's only way to content: pages import this module and nothing else of
 * `data/`. Who reads and how it is cached is `reader.ts` (the only importer of the Payload
 * config); what each read selects, `projections.ts`; documents → views, `views.ts`; rich
 * text, `richText.ts`; then one module per page family with its own presentation rules.
 */
export { ARTICLES_PER_PAGE, getArticle, getArticleList, getArticlePreview } from './articles'
export { FAQS_PER_PAGE, getFaq, getFaqList } from './faqs'
export { getHomePage } from './home'
export { getRedirectFor, getRedirects } from './redirects'
export { FEED_SIZE, getFeedItems, getSitemapEntries } from './sitemap'
export { getAuthor, getTopic } from './taxonomy'
export { getTip, getTipPreview, getTipRoutine, TIPS_PER_PAGE } from './tips'
export { getTreatment, getTreatmentList, getTreatmentPreview, TREATMENTS_PER_PAGE } from './treatments'
export { readSignOff } from './views'
