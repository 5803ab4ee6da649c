/**
 * Element ids the page templates set themselves. Rich-text headings never take them
 * (src/site/data/richText.ts reserves them before giving h2s their anchors), so the JSX uses
 * these constants rather than writing the ids out.
 */
export const PAGE_IDS = {
  main: 'main',
  toc: 'toc',
  articleFaqs: 'article-faqs',
  related: 'related',
  treatments: 'treatments',
  tips: 'tips',
  content: 'content',
  top: 'top',
} as const

export const RESERVED_IDS: readonly string[] = Object.values(PAGE_IDS)
