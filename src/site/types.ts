/**
 * The site's view types: what `data/` hands to pages after reshaping Payload documents.
 * Small, JSON-safe (they pass through Next's data cache) and free of raw relations: a
 * relation a visitor may not read (a draft) is simply absent.
 */
import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'

import type { BeautyTip } from '../../payload-types'

/** Lexical JSON as stored, except that block nodes carry a `BlockView` as their `fields`. */
export type RichTextValue = SerializedEditorState

export interface ImageSource {
  url: string
  width: number
  height: number
}

export interface ImageView extends ImageSource {
  alt: string
  /** `url 800w, url 1600w` from the generated 16:9 sizes; empty when there are none. */
  srcSet: string
  caption?: string
  credit?: string
  /** The 1200×630 social card crop. */
  og?: ImageSource
}

export interface TopicRef {
  name: string
  slug: string
}

export interface AuthorRef {
  name: string
  slug: string
  credentials?: string
}

export interface ArticleCard {
  id: number
  slug: string
  title: string
  excerpt?: string
  image?: ImageView
  /** ISO; falls back to the creation date for an article published without one. */
  publishedAt: string
  updatedAt: string
  readingTime?: number
  medical: boolean
  topics: TopicRef[]
}

export interface TreatmentCard {
  slug: string
  name: string
  summary?: string
  image?: ImageView
}

export type RoutineTime = NonNullable<NonNullable<BeautyTip['routine']>['time']>

export interface TipCard {
  slug: string
  title: string
  summary?: string
  category?: string
  time: RoutineTime
  step?: number
}

export interface FaqView {
  slug: string
  question: string
  answer: RichTextValue | null
  /** The answer as plain text, for FAQPage JSON-LD. */
  answerText: string
  medical: boolean
}

export interface TimelineView {
  firstVisible?: string
  fullResult?: string
  lasts?: string
  note?: string
}

export interface TocEntry {
  id: string
  text: string
}

/**
 * The medical reviewer's sign-off as the site shows it. The fields arrive on the documents
 * later (another change); `readSignOff` in data/views.ts is the one place that reads them.
 */
export interface SignOffView {
  name?: string
  credentials?: string
  /** ISO timestamp of the sign-off. */
  at?: string
}

export interface SeoView {
  title?: string
  description?: string
  image?: ImageSource
}

/* The rich-text blocks' views live with each block: src/blocks/<Name>/view.ts. */

export interface AuthorView extends AuthorRef {
  bio?: string
  image?: ImageView
}

export interface ArticleView extends ArticleCard {
  body: RichTextValue | null
  toc: TocEntry[]
  authors: AuthorRef[]
  /** The article's own FAQ list (those not already shown by an FAQ block in the body). */
  faqs: FaqView[]
  /** Every FAQ on the page, body blocks included, once each: for FAQPage JSON-LD. */
  allFaqs: FaqView[]
  treatments: TreatmentCard[]
  tips: TipCard[]
  related: ArticleCard[]
  seo: SeoView
  signOff?: SignOffView
}

export interface HomeView {
  featured: ArticleCard | null
  latest: ArticleCard[]
  treatments: TreatmentCard[]
  tips: TipCard[]
}

export interface ArticleListView {
  articles: ArticleCard[]
  page: number
  totalPages: number
  totalDocs: number
  topic: (TopicRef & { description?: string }) | null
  topics: TopicRef[]
}

export interface TreatmentListItem extends TreatmentCard {
  concerns: string[]
  downtime?: string
}

export interface TreatmentView extends TreatmentListItem {
  id: number
  body: RichTextValue | null
  howItWorks?: string
  sessions: { count?: string; spacing?: string }
  timeline: TimelineView
  sideEffects: string[]
  contraindications: string[]
  topics: TopicRef[]
  faqs: FaqView[]
  articles: ArticleCard[]
  updatedAt: string
  createdAt: string
  seo: SeoView
  signOff?: SignOffView
}

export interface FaqGroup {
  /** Stable fragment id of the group. */
  id: string
  title: string
  /** Where the group's subject lives, if it has a page. */
  href?: string
  faqs: FaqView[]
}

/** One page of a paginated list (treatments, tips, FAQs). */
export interface ListPageView {
  page: number
  totalPages: number
  totalDocs: number
}

export interface TreatmentListView extends ListPageView {
  treatments: TreatmentListItem[]
}

/** A page of tips in routine order, shown by time of day; "morning and evening" tips sit in both. */
export interface TipRoutineView extends ListPageView {
  morning: TipCard[]
  evening: TipCard[]
  anytime: TipCard[]
}

export interface FaqListView extends ListPageView {
  groups: FaqGroup[]
}

/** One FAQ's own page: the question, its answer and what it belongs to. */
export interface FaqPageView extends FaqView {
  treatments: TreatmentCard[]
  topics: TopicRef[]
  articles: ArticleCard[]
  updatedAt: string
  createdAt: string
}

export interface TipView extends TipCard {
  body: RichTextValue | null
  image?: ImageView
  medical: boolean
  treatments: TreatmentCard[]
  topics: TopicRef[]
  articles: ArticleCard[]
  updatedAt: string
  createdAt: string
  seo: SeoView
}

export interface TopicView extends TopicRef {
  description?: string
  articles: ArticleCard[]
  treatments: TreatmentCard[]
  tips: TipCard[]
}

export interface AuthorPageView extends AuthorView {
  articles: ArticleCard[]
}

export interface SitemapEntry {
  path: string
  lastModified?: string
}

export interface FeedItem {
  slug: string
  title: string
  excerpt?: string
  publishedAt: string
  updatedAt: string
  authors: string[]
  topics: string[]
}

/** An old URL and where it leads now. */
export interface RedirectView {
  from: string
  to: string
  status: 301 | 302
}
