/**
 * The public site's only way to content. Every read goes through Payload's Local API as an
 * anonymous visitor (`overrideAccess: false`, no user), so the collections' access rules —
 * not the pages — decide what is visible: drafts never come back, and a relation to a draft
 * stays an unpopulated id, which the reshaping below drops.
 *
 * Raw documents are reshaped here into the small view types of `types.ts`; pages never see a
 * Payload document. Reads are cached with Next's `unstable_cache` under the tags of
 * `cacheTags.ts` (expired by `revalidate.ts`), and deduplicated per request with React's `cache`.
 */
import config from '@payload-config'
import { unstable_cache } from 'next/cache'
import { getPayload, type Payload, type Where } from 'payload'
import { cache } from 'react'

import type {
  Article,
  Author,
  BeautyTip,
  CalloutBlock,
  Faq,
  FaqListBlock,
  FigureBlock,
  Media,
  ResultsTimelineBlock,
  RoutineStepsBlock,
  Topic,
  Treatment,
  TreatmentCardBlock,
  User,
} from '../../payload-types'
import { lexicalPlainText } from '../content/lexicalText'
import { TIP_CATEGORIES } from '../shared/collections'
import { readFromReplica } from '../server/db/replicas'
import { CACHE_TAGS, docTags, SITE_TAG } from './cacheTags'
import { pathForDocument, sitePaths } from './paths'
import { normalizeRedirectPath } from './redirectPaths'
import type {
  ArticleCard,
  ArticleListView,
  ArticleView,
  AuthorPageView,
  AuthorRef,
  BlockView,
  FaqGroup,
  FaqView,
  FeedItem,
  HomeView,
  ImageSource,
  ImageView,
  RedirectView,
  RichTextValue,
  SeoView,
  SignOffView,
  SitemapEntry,
  TimelineView,
  TipCard,
  TipRoutineView,
  TipView,
  TocEntry,
  TopicRef,
  TopicView,
  TreatmentCard,
  TreatmentListItem,
  TreatmentView,
} from './types'

export const ARTICLES_PER_PAGE = 12
export const FEED_SIZE = 20
const RELATED_LIMIT = 3
/** Longer slugs cannot exist (and would only bloat cache keys). */
const MAX_SLUG_LENGTH = 200

/* ------------------------------------------------------------------------------------------ */
/* Payload and the cache                                                                       */
/* ------------------------------------------------------------------------------------------ */

/**
 * `next build` must not need a database (the Docker build has none). A read at build time
 * means a page was left static by mistake: fail the build loudly with the fix, rather than
 * bake whatever the build machine's database holds into the site.
 */
const isBuildPhase = (): boolean => process.env.NEXT_PHASE === 'phase-production-build'

async function visitorApi(): Promise<Payload> {
  if (isBuildPhase()) {
    throw new Error(
      'A site page read content during `next build`. Pages must render on request: export ' +
        '`generateStaticParams` returning [] for [slug] pages, or give a list read its empty `atBuild` value.',
    )
  }
  return getPayload({ config })
}

/**
 * Who reads. Always with access control on: the anonymous visitor gets published documents
 * only; a signed-in staff member previewing gets the latest drafts, because the collections'
 * read rules let staff see drafts — never because a page asked for them.
 */
interface Reader {
  overrideAccess: false
  user?: User
  draft?: boolean
}

/** The anonymous visitor: access control applies, no user, published documents only. */
const AS_VISITOR: Reader = { overrideAccess: false }

const asPreviewer = (user: User): Reader => ({ overrideAccess: false, user, draft: true })

/**
 * How long the build's empty shell of a list page may be served. `unstable_cache`'s
 * revalidate lowers the page's, so the first request after this re-renders the page from the
 * database even when nothing expired the site tag (start-up does: scripts/start.ts).
 */
const BUILD_SHELL_SECONDS = 1

/**
 * A cached read. `atBuild` is for pages without params (home, the lists, feed, sitemap):
 * Next prerenders those during `next build`, which has no database, so there they render
 * from this empty value under the same tags instead; the entry is replaced on the first
 * request (start-up expires every site tag, and BUILD_SHELL_SECONDS bounds it otherwise).
 */
function cachedRead<T>(key: string[], tags: string[], read: () => Promise<T>, atBuild?: NoInfer<T>): Promise<T> {
  const options = { tags: [SITE_TAG, ...tags] }
  if (atBuild !== undefined && isBuildPhase()) {
    return unstable_cache(async () => atBuild, ['glassworks-build-shell', ...key], { ...options, revalidate: BUILD_SHELL_SECONDS })()
  }
  // Published content for the cache: a read replica may serve it (DATABASE_REPLICA_URLS).
  return unstable_cache(() => readFromReplica(read), ['glassworks-site', ...key], { ...options, revalidate: false })()
}

const validSlug = (slug: string): boolean => typeof slug === 'string' && slug.length > 0 && slug.length <= MAX_SLUG_LENGTH

/* ------------------------------------------------------------------------------------------ */
/* Selects and populates: what each read asks for                                              */
/* ------------------------------------------------------------------------------------------ */

// `url` is computed from `filename`: both must be selected.
const MEDIA_FIELDS = {
  alt: true,
  caption: true,
  credit: true,
  url: true,
  filename: true,
  width: true,
  height: true,
  sizes: true,
} as const
const TOPIC_FIELDS = { name: true, slug: true } as const
const TREATMENT_CARD_FIELDS = { name: true, slug: true, summary: true, heroImage: true } as const
const TIP_CARD_FIELDS = { title: true, slug: true, summary: true, category: true, routine: true } as const
const FAQ_FIELDS = { question: true, slug: true, answer: true, medical: true } as const
const ARTICLE_CARD_FIELDS = {
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
/** Populated documents behind internal rich-text links: only what a URL needs. */
const LINK_TARGETS = {
  articles: { slug: true },
  treatments: { slug: true },
  faqs: { slug: true },
  'beauty-tips': { slug: true },
  topics: { slug: true },
  authors: { slug: true },
} as const

/* ------------------------------------------------------------------------------------------ */
/* Reshaping: raw documents → views                                                           */
/* ------------------------------------------------------------------------------------------ */

type Relation<T> = number | T | null | undefined

/** A populated relation. An id means "not populated": beyond depth, or a document the visitor may not read. */
const isDoc = <T extends object>(value: Relation<T>): value is T => typeof value === 'object' && value !== null

const docs = <T extends object>(values: readonly Relation<T>[] | null | undefined): T[] => (values ?? []).filter(isDoc)

const text = (value: string | null | undefined): string | undefined => {
  const trimmed = value?.trim()
  return trimmed ? trimmed : undefined
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null

function imageSource(size: { url?: string | null; width?: number | null; height?: number | null } | undefined | null) {
  return size?.url && size.width && size.height ? { url: size.url, width: size.width, height: size.height } : undefined
}

/** The media fields the site selects (MEDIA_FIELDS). */
type MediaDoc = Pick<Media, 'alt' | 'caption' | 'credit' | 'url' | 'width' | 'height' | 'sizes'>

/**
 * A responsive image from the generated sizes (thumbnail 400w, card 800w, hero 1600w). Falls
 * back to the original when no size exists (an upload smaller than every size).
 */
function toImage(media: Relation<MediaDoc>): ImageView | undefined {
  if (!isDoc(media)) return undefined
  const original = imageSource(media)
  const generated = [media.sizes?.thumbnail, media.sizes?.card, media.sizes?.hero]
    .map(imageSource)
    .filter((s): s is ImageSource => s !== undefined)
    .sort((a, b) => a.width - b.width)
  // Sizes are never enlarged: an upload narrower than 1600 px has no hero, so its original
  // (wider than the sizes it has) serves wide screens. With a hero, the original (possibly
  // a multi-megabyte camera file) is never offered.
  const largest = generated.at(-1)
  const widerOriginal = !imageSource(media.sizes?.hero) && original && largest && original.width > largest.width
  const sizes = widerOriginal ? [...generated, original] : generated
  const main = sizes.at(-1) ?? original
  if (!main) return undefined
  return {
    ...main,
    alt: media.alt ?? '',
    srcSet: sizes.map((s) => `${s.url} ${s.width}w`).join(', '),
    caption: text(media.caption),
    credit: text(media.credit),
    og: imageSource(media.sizes?.og),
  }
}

/** The original upload, uncropped: for figures, whose framing is the author's. */
function toNaturalImage(media: Relation<MediaDoc>): ImageView | undefined {
  if (!isDoc(media)) return undefined
  const original = imageSource(media)
  if (!original) return undefined
  return { ...original, alt: media.alt ?? '', srcSet: '', caption: text(media.caption), credit: text(media.credit) }
}

const toTopicRef = (topic: Pick<Topic, 'name' | 'slug'>): TopicRef => ({ name: topic.name, slug: topic.slug })

const toAuthorRef = (author: Pick<Author, 'name' | 'slug' | 'credentials'>): AuthorRef => ({
  name: author.name,
  slug: author.slug,
  credentials: text(author.credentials),
})

type ArticleCardDoc = Pick<
  Article,
  'id' | 'slug' | 'title' | 'excerpt' | 'heroImage' | 'publishedAt' | 'updatedAt' | 'createdAt' | 'readingTime' | 'medical' | 'topics'
>

function toArticleCard(doc: ArticleCardDoc, image?: ImageView): ArticleCard {
  return {
    id: doc.id,
    slug: doc.slug,
    title: doc.title,
    excerpt: text(doc.excerpt),
    image: image ?? toImage(doc.heroImage),
    publishedAt: doc.publishedAt ?? doc.createdAt,
    updatedAt: doc.updatedAt,
    readingTime: doc.readingTime ?? undefined,
    medical: doc.medical === true,
    topics: docs(doc.topics).map(toTopicRef),
  }
}

const toTreatmentCard = (doc: Pick<Treatment, 'name' | 'slug' | 'summary' | 'heroImage'>): TreatmentCard => ({
  slug: doc.slug,
  name: doc.name,
  summary: text(doc.summary),
  image: toImage(doc.heroImage),
})

const CATEGORY_LABELS = new Map<string, string>(TIP_CATEGORIES)

const toTipCard = (doc: Pick<BeautyTip, 'title' | 'slug' | 'summary' | 'category' | 'routine'>): TipCard => ({
  slug: doc.slug,
  title: doc.title,
  summary: text(doc.summary),
  category: doc.category ? CATEGORY_LABELS.get(doc.category) : undefined,
  time: doc.routine?.time ?? 'any',
  step: doc.routine?.step ?? undefined,
})

const toFaqView = (doc: Pick<Faq, 'question' | 'slug' | 'answer' | 'medical'>): FaqView => ({
  slug: doc.slug,
  question: doc.question,
  answer: reshapeRichText(doc.answer, newWalk()),
  answerText: lexicalPlainText(doc.answer),
  medical: doc.medical === true,
})

const toTimeline = (t: { firstVisible?: string | null; fullResult?: string | null; lasts?: string | null; note?: string | null } | undefined): TimelineView => ({
  firstVisible: text(t?.firstVisible),
  fullResult: text(t?.fullResult),
  lasts: text(t?.lasts),
  note: text(t?.note),
})

function toSeo(meta: { title?: string | null; description?: string | null; image?: Relation<MediaDoc> } | undefined): SeoView {
  const image = toImage(meta?.image)
  return {
    // The SEO plugin's generated titles end with the site name; the layout's template adds it.
    title: text(meta?.title?.replace(/\s*·\s*Glassworks\s*$/, '')),
    description: text(meta?.description),
    image: image?.og ?? (image ? { url: image.url, width: image.width, height: image.height } : undefined),
  }
}

/* The medical sign-off ---------------------------------------------------------------------- */

interface SignOffFields {
  name?: unknown
  credentials?: unknown
  at?: unknown
  version?: unknown
}

/** A sign-off as the workflow stores it: an object with at least a name or a date, as strings. */
function isSignOff(value: unknown): value is SignOffFields {
  if (!isRecord(value)) return false
  const { name, credentials, at } = value
  const optionalString = (v: unknown) => v === undefined || v === null || typeof v === 'string'
  return optionalString(name) && optionalString(credentials) && optionalString(at) && Boolean(name || at)
}

/**
 * HOOK POINT for the medical sign-off (`signOff: { name, credentials, at, version, … }`, added
 * to the editorial documents by the workflow). Read defensively, from `unknown`: the field may
 * be missing from the schema, empty on an unsigned document, or hidden from visitors by field
 * access; in each case this returns undefined and the pages leave reviewedBy/lastReviewed out.
 * A sign-off of another content version than the published one is not shown: it would claim
 * a review of text the reviewer never saw.
 */
export function readSignOff(doc: unknown): SignOffView | undefined {
  if (!isRecord(doc) || !isSignOff(doc.signOff)) return undefined
  const { name, credentials, at, version } = doc.signOff
  if (typeof version === 'string' && typeof doc.contentVersion === 'string' && version !== doc.contentVersion) return undefined
  const str = (v: unknown) => (typeof v === 'string' ? text(v) : undefined)
  const when = str(at)
  return {
    name: str(name),
    credentials: str(credentials),
    at: when && !Number.isNaN(Date.parse(when)) ? when : undefined,
  }
}

/* Rich text --------------------------------------------------------------------------------- */

interface Walk {
  /** Collects h2s for the table of contents (the body only, not callouts or FAQ answers). */
  toc?: TocEntry[]
  ids: Set<string>
  /** FAQs shown by FAQ blocks, for FAQPage JSON-LD and to avoid showing them twice. */
  faqs: FaqView[]
}

const newWalk = (toc?: TocEntry[]): Walk => ({ toc, ids: new Set(RESERVED_IDS), faqs: [] })

/** Ids the page templates use themselves; headings never take them. */
const RESERVED_IDS = ['main', 'toc', 'article-faqs', 'related', 'treatments', 'tips', 'content', 'top']

/** Links visitors may follow; anything else (javascript:, data:, …) is rendered as plain text. */
const SAFE_URL = /^(https?:\/\/|mailto:|tel:|\/|#)/i

function anchorFor(label: string, ids: Set<string>): string {
  const base =
    label
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'section'
  let id = base
  for (let n = 2; ids.has(id); n++) id = `${base}-${n}`
  ids.add(id)
  return id
}

function nodeText(node: unknown): string {
  if (!isRecord(node)) return ''
  if (typeof node.text === 'string') return node.text
  return Array.isArray(node.children) ? node.children.map(nodeText).join('') : ''
}

function reshapeLinkFields(fields: unknown): Record<string, unknown> {
  const f = isRecord(fields) ? fields : {}
  const newTab = f.newTab === true
  if (f.linkType === 'internal') {
    const doc = isRecord(f.doc) ? f.doc : undefined
    const value = doc && isRecord(doc.value) ? doc.value : undefined
    // A target the visitor may not read stays an id: the link is dropped, its text kept.
    return value && typeof value.slug === 'string' && typeof doc?.relationTo === 'string'
      ? { linkType: 'internal', newTab, doc: { relationTo: doc.relationTo, value: { id: value.id, slug: value.slug } } }
      : { linkType: 'internal', newTab, doc: null }
  }
  const url = typeof f.url === 'string' ? f.url.trim() : ''
  return { linkType: 'custom', newTab, url: SAFE_URL.test(url) ? url : '' }
}

function reshapeBlock(fields: unknown, walk: Walk): BlockView | undefined {
  if (!isRecord(fields)) return undefined
  switch (fields.blockType) {
    case 'callout': {
      const block = fields as unknown as CalloutBlock
      return {
        blockType: 'callout',
        tone: block.tone ?? 'info',
        title: text(block.title),
        content: reshapeRichText(block.content, { ids: walk.ids, faqs: walk.faqs }),
      }
    }
    case 'routineSteps': {
      const block = fields as unknown as RoutineStepsBlock
      return {
        blockType: 'routineSteps',
        title: text(block.title),
        tips: docs(block.tips).map(toTipCard),
        steps: (block.steps ?? [])
          .filter((step) => text(step.title))
          .map((step) => ({ title: step.title.trim(), text: text(step.text) })),
      }
    }
    case 'resultsTimeline': {
      const block = fields as unknown as ResultsTimelineBlock
      return {
        blockType: 'resultsTimeline',
        treatment: isDoc(block.treatment) ? { name: block.treatment.name, slug: block.treatment.slug } : undefined,
        timeline: toTimeline(block),
      }
    }
    case 'faqList': {
      const block = fields as unknown as FaqListBlock
      const faqs = docs(block.faqs).map(toFaqView)
      walk.faqs.push(...faqs)
      return { blockType: 'faqList', title: text(block.title), faqs }
    }
    case 'treatmentCard': {
      const block = fields as unknown as TreatmentCardBlock
      return { blockType: 'treatmentCard', treatment: isDoc(block.treatment) ? toTreatmentCard(block.treatment) : null }
    }
    case 'figure': {
      const block = fields as unknown as FigureBlock
      return { blockType: 'figure', image: toNaturalImage(block.image) ?? null, caption: text(block.caption) }
    }
    default:
      return undefined
  }
}

function reshapeNode(node: unknown, walk: Walk): Record<string, unknown> | null {
  if (!isRecord(node)) return null
  const out: Record<string, unknown> = { ...node }
  switch (node.type) {
    case 'block': {
      const view = reshapeBlock(node.fields, walk)
      // A block type the site does not know is left out rather than shown half-rendered.
      return view ? { ...out, fields: view } : null
    }
    // Not enabled in the site's editor: nothing of theirs should reach a visitor.
    case 'upload':
    case 'relationship':
    case 'inlineBlock':
      return null
    case 'link':
    case 'autolink':
      out.fields = reshapeLinkFields(node.fields)
      break
    case 'heading':
      if (walk.toc && node.tag === 'h2') {
        const label = nodeText(node).trim()
        if (label) {
          const id = anchorFor(label, walk.ids)
          walk.toc.push({ id, text: label })
          out.anchor = id
        }
      }
      break
  }
  if (Array.isArray(node.children)) {
    out.children = node.children.map((child) => reshapeNode(child, walk)).filter((c) => c !== null)
  }
  return out
}

function reshapeRichText(value: unknown, walk: Walk): RichTextValue | null {
  if (!isRecord(value) || !isRecord(value.root)) return null
  const root = reshapeNode(value.root, walk)
  if (!root || !Array.isArray(root.children) || root.children.length === 0) return null
  // Lexical's own shape with block fields swapped for BlockViews, which its types cannot express.
  return { root } as unknown as RichTextValue
}

/* ------------------------------------------------------------------------------------------ */
/* Shared queries                                                                             */
/* ------------------------------------------------------------------------------------------ */

/**
 * Newest first. An article published without a date sorts first (PostgreSQL puts NULLs first
 * in a descending sort) and shows its creation date; publishing through the workflow sets one.
 */
const byPublishedDesc = ['-publishedAt', '-createdAt']

/** Article cards for a filter, newest first, in one query with their images and topics. */
async function findArticleCards(payload: Payload, where: Where | undefined, limit: number, page = 1) {
  return payload.find({
    collection: 'articles',
    ...AS_VISITOR,
    where,
    select: ARTICLE_CARD_FIELDS,
    populate: { media: MEDIA_FIELDS, topics: TOPIC_FIELDS },
    depth: 1,
    sort: byPublishedDesc,
    limit,
    page,
  })
}

/**
 * Cards for joined articles (a join populates one level: images come back as ids). Their
 * images are fetched in ONE query, not one per card.
 */
async function cardsWithImages(
  payload: Payload,
  joined: readonly Relation<Article>[] | undefined,
  reader: Reader = AS_VISITOR,
): Promise<ArticleCard[]> {
  const articles = docs(joined)
  const imageIds = [...new Set(articles.map((a) => a.heroImage).filter((id): id is number => typeof id === 'number'))]
  const images = new Map<number, ImageView | undefined>()
  if (imageIds.length > 0) {
    const media = await payload.find({
      collection: 'media',
      ...reader,
      where: { id: { in: imageIds } },
      select: MEDIA_FIELDS,
      depth: 0,
      limit: imageIds.length,
      pagination: false,
    })
    for (const doc of media.docs) images.set(doc.id, toImage(doc))
  }
  return articles.map((a) =>
    toArticleCard(a, typeof a.heroImage === 'number' ? images.get(a.heroImage) : toImage(a.heroImage)),
  )
}

/* ------------------------------------------------------------------------------------------ */
/* Pages                                                                                       */
/* ------------------------------------------------------------------------------------------ */

export const getHomePage = cache(
  (): Promise<HomeView> =>
    cachedRead<HomeView>(['home'], [CACHE_TAGS.articles, CACHE_TAGS.treatments, CACHE_TAGS.tips, CACHE_TAGS.topics, CACHE_TAGS.media], async () => {
      const payload = await visitorApi()
      const [articles, treatments, tips] = await Promise.all([
        findArticleCards(payload, undefined, 7),
        payload.find({
          collection: 'treatments',
          ...AS_VISITOR,
          select: TREATMENT_CARD_FIELDS,
          populate: { media: MEDIA_FIELDS },
          depth: 1,
          sort: 'name',
          limit: 6,
        }),
        payload.find({
          collection: 'beauty-tips',
          ...AS_VISITOR,
          select: TIP_CARD_FIELDS,
          depth: 0,
          sort: ['routine.step', 'title'],
          limit: 6,
        }),
      ])
      const cards = articles.docs.map((doc) => toArticleCard(doc))
      return {
        featured: cards[0] ?? null,
        latest: cards.slice(1),
        treatments: treatments.docs.map(toTreatmentCard),
        tips: tips.docs.map(toTipCard),
      }
    }, { featured: null, latest: [], treatments: [], tips: [] }),
)

/** A page of the blog, optionally one topic's. Null when the topic or the page does not exist. */
export const getArticleList = cache(
  (page: number, topicSlug?: string): Promise<ArticleListView | null> =>
    cachedRead(
      ['articles', String(page), topicSlug ?? ''],
      [CACHE_TAGS.articles, CACHE_TAGS.topics, CACHE_TAGS.media, ...(topicSlug ? [docTags.topic(topicSlug)] : [])],
      async () => {
        if (!Number.isInteger(page) || page < 1 || (topicSlug !== undefined && !validSlug(topicSlug))) return null
        const payload = await visitorApi()
        const topics = await payload.find({
          collection: 'topics',
          ...AS_VISITOR,
          select: { name: true, slug: true, description: true },
          depth: 0,
          sort: 'name',
          pagination: false,
        })
        const topic = topicSlug ? topics.docs.find((t) => t.slug === topicSlug) : undefined
        if (topicSlug && !topic) return null
        const result = await findArticleCards(
          payload,
          topic ? { topics: { contains: topic.id } } : undefined,
          ARTICLES_PER_PAGE,
          page,
        )
        if (page > 1 && page > result.totalPages) return null
        return {
          articles: result.docs.map((doc) => toArticleCard(doc)),
          page,
          totalPages: Math.max(1, result.totalPages),
          totalDocs: result.totalDocs,
          topic: topic ? { ...toTopicRef(topic), description: text(topic.description) } : null,
          topics: topics.docs.map(toTopicRef),
        }
      },
      // Only /blog itself is prerendered; its other pages and topics have params.
      page === 1 && !topicSlug ? { articles: [], page: 1, totalPages: 1, totalDocs: 0, topic: null, topics: [] } : undefined,
    ),
)

/** Related articles: same topics or treatments, most shared first, then newest. One query. */
async function relatedArticles(payload: Payload, article: Article, reader: Reader): Promise<ArticleCard[]> {
  const topicIds = docs(article.topics).map((t) => t.id)
  const treatmentIds = docs(article.treatments).map((t) => t.id)
  if (topicIds.length === 0 && treatmentIds.length === 0) return []
  const or: Where[] = []
  if (topicIds.length) or.push({ topics: { in: topicIds } })
  if (treatmentIds.length) or.push({ treatments: { in: treatmentIds } })
  const candidates = await payload.find({
    collection: 'articles',
    ...reader,
    where: { and: [{ id: { not_equals: article.id } }, { or }] },
    select: { ...ARTICLE_CARD_FIELDS, treatments: true },
    populate: { media: MEDIA_FIELDS, topics: TOPIC_FIELDS, treatments: { slug: true } },
    depth: 1,
    sort: byPublishedDesc,
    limit: 24,
  })
  const score = (doc: (typeof candidates.docs)[number]) =>
    docs(doc.topics).filter((t) => topicIds.includes(t.id)).length +
    2 * docs(doc.treatments).filter((t) => treatmentIds.includes(t.id)).length
  return candidates.docs
    .map((doc, index) => ({ doc, index, score: score(doc) }))
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .slice(0, RELATED_LIMIT)
    .map(({ doc }) => toArticleCard(doc))
}

async function loadArticle(payload: Payload, slug: string, reader: Reader): Promise<ArticleView | null> {
  if (!validSlug(slug)) return null
  const found = await payload.find({
    collection: 'articles',
    ...reader,
    where: { slug: { equals: slug } },
    depth: 2,
    limit: 1,
    pagination: false,
    populate: {
      ...LINK_TARGETS,
      media: MEDIA_FIELDS,
      topics: TOPIC_FIELDS,
      authors: { name: true, slug: true, credentials: true },
      treatments: { ...TREATMENT_CARD_FIELDS, timeline: true },
      faqs: FAQ_FIELDS,
      'beauty-tips': TIP_CARD_FIELDS,
    },
  })
  const article = found.docs[0]
  if (!article) return null
  const toc: TocEntry[] = []
  const walk = newWalk(toc)
  const body = reshapeRichText(article.body, walk)
  const shownInBody = new Set(walk.faqs.map((f) => f.slug))
  const faqs = docs(article.faqs).map(toFaqView)
  const allFaqs = [...walk.faqs, ...faqs].filter((f, i, all) => all.findIndex((g) => g.slug === f.slug) === i)
  return {
    ...toArticleCard(article),
    body,
    toc,
    authors: docs(article.authors).map(toAuthorRef),
    faqs: faqs.filter((f) => !shownInBody.has(f.slug)),
    allFaqs,
    treatments: docs(article.treatments).map(toTreatmentCard),
    tips: docs(article.tips).map(toTipCard),
    related: await relatedArticles(payload, article, reader),
    seo: toSeo(article.meta),
    signOff: article.medical ? readSignOff(article) : undefined,
  }
}

/**
 * One article with everything its page shows. No `select` on purpose: fields added later
 * (the medical sign-off) must reach `readSignOff` without touching this query. Depth 2 so
 * that links inside populated FAQ answers and treatment images resolve too; every populated
 * collection is narrowed by `populate`.
 */
export const getArticle = cache(
  (slug: string): Promise<ArticleView | null> =>
    cachedRead(
      ['article', slug],
      [
        docTags.article(slug),
        // Everything the page embeds: related cards and links (articles), cards, FAQs, tips,
        // bylines, topics and images.
        CACHE_TAGS.articles,
        CACHE_TAGS.treatments,
        CACHE_TAGS.faqs,
        CACHE_TAGS.tips,
        CACHE_TAGS.topics,
        CACHE_TAGS.authors,
        CACHE_TAGS.media,
      ],
      async () => loadArticle(await visitorApi(), slug, AS_VISITOR),
    ),
)

/** The latest draft of an article as `user` may see it; never cached. */
export const getArticlePreview = cache(
  async (slug: string, user: User): Promise<ArticleView | null> => loadArticle(await visitorApi(), slug, asPreviewer(user)),
)

export const getTreatmentList = cache(
  (): Promise<TreatmentListItem[]> =>
    cachedRead(['treatments'], [CACHE_TAGS.treatments, CACHE_TAGS.media], async () => {
      const payload = await visitorApi()
      const result = await payload.find({
        collection: 'treatments',
        ...AS_VISITOR,
        select: { ...TREATMENT_CARD_FIELDS, concerns: true, downtime: true },
        populate: { media: MEDIA_FIELDS },
        depth: 1,
        sort: 'name',
        pagination: false,
      })
      return result.docs.map((doc) => ({
        ...toTreatmentCard(doc),
        concerns: (doc.concerns ?? []).filter(Boolean),
        downtime: text(doc.downtime),
      }))
    }, []),
)

/** One treatment with its FAQs and articles through the `faqs` and `articles` joins. */
async function loadTreatment(payload: Payload, slug: string, reader: Reader): Promise<TreatmentView | null> {
  if (!validSlug(slug)) return null
  const found = await payload.find({
    collection: 'treatments',
    ...reader,
    where: { slug: { equals: slug } },
    depth: 1,
    limit: 1,
    pagination: false,
    // The joins apply the joined collections' access rules too: draft FAQs and articles stay out.
    joins: {
      articles: { limit: 12, sort: '-publishedAt' },
      faqs: { limit: 100, sort: 'order' },
    },
    populate: {
      ...LINK_TARGETS,
      media: MEDIA_FIELDS,
      topics: TOPIC_FIELDS,
      articles: ARTICLE_CARD_FIELDS,
      faqs: FAQ_FIELDS,
    },
  })
  const treatment = found.docs[0]
  if (!treatment) return null
  return {
    id: treatment.id,
    ...toTreatmentCard(treatment),
    concerns: (treatment.concerns ?? []).filter(Boolean),
    downtime: text(treatment.downtime),
    body: reshapeRichText(treatment.body, newWalk()),
    howItWorks: text(treatment.howItWorks),
    sessions: { count: text(treatment.sessions?.count), spacing: text(treatment.sessions?.spacing) },
    timeline: toTimeline(treatment.timeline),
    sideEffects: (treatment.sideEffects ?? []).filter(Boolean),
    contraindications: (treatment.contraindications ?? []).filter(Boolean),
    topics: docs(treatment.topics).map(toTopicRef),
    faqs: docs(treatment.faqs?.docs).map(toFaqView),
    articles: await cardsWithImages(payload, treatment.articles?.docs, reader),
    updatedAt: treatment.updatedAt,
    createdAt: treatment.createdAt,
    seo: toSeo(treatment.meta),
    signOff: readSignOff(treatment),
  }
}

export const getTreatment = cache(
  (slug: string): Promise<TreatmentView | null> =>
    cachedRead(
      ['treatment', slug],
      [docTags.treatment(slug), CACHE_TAGS.treatments, CACHE_TAGS.articles, CACHE_TAGS.faqs, CACHE_TAGS.topics, CACHE_TAGS.tips, CACHE_TAGS.media],
      async () => loadTreatment(await visitorApi(), slug, AS_VISITOR),
    ),
)

/** The latest draft of a treatment as `user` may see it; never cached. */
export const getTreatmentPreview = cache(
  async (slug: string, user: User): Promise<TreatmentView | null> => loadTreatment(await visitorApi(), slug, asPreviewer(user)),
)

/**
 * Every FAQ, grouped: each under its first treatment, else its first topic, else "General".
 * One group per FAQ, so a question never shows (or is marked up) twice.
 */
export const getFaqGroups = cache(
  (): Promise<FaqGroup[]> =>
    cachedRead(['faqs'], [CACHE_TAGS.faqs, CACHE_TAGS.treatments, CACHE_TAGS.topics, CACHE_TAGS.articles, CACHE_TAGS.tips, CACHE_TAGS.authors], async () => {
      const payload = await visitorApi()
      const result = await payload.find({
        collection: 'faqs',
        ...AS_VISITOR,
        select: { ...FAQ_FIELDS, treatments: true, topics: true, order: true },
        populate: { ...LINK_TARGETS, treatments: { name: true, slug: true }, topics: TOPIC_FIELDS },
        depth: 1,
        sort: ['order', 'question'],
        pagination: false,
      })
      const groups = new Map<string, FaqGroup & { rank: number }>()
      for (const faq of result.docs) {
        const treatment = docs(faq.treatments)[0]
        const topic = docs(faq.topics)[0]
        const group = treatment
          ? { key: `treatment-${treatment.slug}`, title: treatment.name, href: sitePaths.treatment(treatment.slug), rank: 0 }
          : topic
            ? { key: `topic-${topic.slug}`, title: topic.name, href: sitePaths.topic(topic.slug), rank: 1 }
            : { key: 'general', title: 'General questions', href: undefined, rank: 2 }
        const entry = groups.get(group.key) ?? { id: group.key, title: group.title, href: group.href, rank: group.rank, faqs: [] }
        entry.faqs.push(toFaqView(faq))
        groups.set(group.key, entry)
      }
      return [...groups.values()]
        .sort((a, b) => a.rank - b.rank || a.title.localeCompare(b.title))
        .map(({ rank: _rank, ...group }) => group)
    }, []),
)

/** Tips in routine order: by step, then title; "morning and evening" tips sit in both routines. */
export const getTipRoutine = cache(
  (): Promise<TipRoutineView> =>
    cachedRead(['tips'], [CACHE_TAGS.tips], async () => {
      const payload = await visitorApi()
      const result = await payload.find({
        collection: 'beauty-tips',
        ...AS_VISITOR,
        select: TIP_CARD_FIELDS,
        depth: 0,
        pagination: false,
      })
      const tips = result.docs
        .map(toTipCard)
        .sort((a, b) => (a.step ?? Infinity) - (b.step ?? Infinity) || a.title.localeCompare(b.title))
      return {
        morning: tips.filter((t) => t.time === 'am' || t.time === 'both'),
        evening: tips.filter((t) => t.time === 'pm' || t.time === 'both'),
        anytime: tips.filter((t) => t.time === 'any'),
      }
    }, { morning: [], evening: [], anytime: [] }),
)

async function loadTip(payload: Payload, slug: string, reader: Reader): Promise<TipView | null> {
  if (!validSlug(slug)) return null
  const found = await payload.find({
    collection: 'beauty-tips',
    ...reader,
    where: { slug: { equals: slug } },
    depth: 1,
    limit: 1,
    pagination: false,
    joins: { articles: { limit: 12, sort: '-publishedAt' } },
    populate: {
      ...LINK_TARGETS,
      media: MEDIA_FIELDS,
      topics: TOPIC_FIELDS,
      treatments: TREATMENT_CARD_FIELDS,
      articles: ARTICLE_CARD_FIELDS,
    },
  })
  const tip = found.docs[0]
  if (!tip) return null
  return {
    ...toTipCard(tip),
    body: reshapeRichText(tip.body, newWalk()),
    image: toImage(tip.heroImage),
    medical: tip.medical === true,
    treatments: docs(tip.treatments).map(toTreatmentCard),
    topics: docs(tip.topics).map(toTopicRef),
    articles: await cardsWithImages(payload, tip.articles?.docs, reader),
    updatedAt: tip.updatedAt,
    createdAt: tip.createdAt,
    seo: toSeo(tip.meta),
  }
}

export const getTip = cache(
  (slug: string): Promise<TipView | null> =>
    cachedRead(
      ['tip', slug],
      [docTags.tip(slug), CACHE_TAGS.tips, CACHE_TAGS.treatments, CACHE_TAGS.topics, CACHE_TAGS.articles, CACHE_TAGS.faqs, CACHE_TAGS.authors, CACHE_TAGS.media],
      async () => loadTip(await visitorApi(), slug, AS_VISITOR),
    ),
)

/** The latest draft of a tip as `user` may see it; never cached. */
export const getTipPreview = cache(
  async (slug: string, user: User): Promise<TipView | null> => loadTip(await visitorApi(), slug, asPreviewer(user)),
)

export const getTopic = cache(
  (slug: string): Promise<TopicView | null> =>
    cachedRead(
      ['topic', slug],
      [docTags.topic(slug), CACHE_TAGS.topics, CACHE_TAGS.articles, CACHE_TAGS.treatments, CACHE_TAGS.tips, CACHE_TAGS.media],
      async () => {
        if (!validSlug(slug)) return null
        const payload = await visitorApi()
        const found = await payload.find({
          collection: 'topics',
          ...AS_VISITOR,
          where: { slug: { equals: slug } },
          depth: 0,
          limit: 1,
          pagination: false,
        })
        const topic = found.docs[0]
        if (!topic) return null
        const inTopic: Where = { topics: { contains: topic.id } }
        const [articles, treatments, tips] = await Promise.all([
          findArticleCards(payload, inTopic, 24),
          payload.find({
            collection: 'treatments',
            ...AS_VISITOR,
            where: inTopic,
            select: TREATMENT_CARD_FIELDS,
            populate: { media: MEDIA_FIELDS },
            depth: 1,
            sort: 'name',
            limit: 24,
          }),
          payload.find({
            collection: 'beauty-tips',
            ...AS_VISITOR,
            where: inTopic,
            select: TIP_CARD_FIELDS,
            depth: 0,
            sort: ['routine.step', 'title'],
            limit: 24,
          }),
        ])
        return {
          ...toTopicRef(topic),
          description: text(topic.description),
          articles: articles.docs.map((doc) => toArticleCard(doc)),
          treatments: treatments.docs.map(toTreatmentCard),
          tips: tips.docs.map(toTipCard),
        }
      },
    ),
)

export const getAuthor = cache(
  (slug: string): Promise<AuthorPageView | null> =>
    cachedRead(
      ['author', slug],
      [docTags.author(slug), CACHE_TAGS.authors, CACHE_TAGS.articles, CACHE_TAGS.topics, CACHE_TAGS.media],
      async () => {
        if (!validSlug(slug)) return null
        const payload = await visitorApi()
        const found = await payload.find({
          collection: 'authors',
          ...AS_VISITOR,
          where: { slug: { equals: slug } },
          select: { name: true, slug: true, credentials: true, bio: true, photo: true },
          populate: { media: MEDIA_FIELDS },
          depth: 1,
          limit: 1,
          pagination: false,
        })
        const author = found.docs[0]
        if (!author) return null
        const articles = await findArticleCards(payload, { authors: { contains: author.id } }, 50)
        return {
          ...toAuthorRef(author),
          bio: text(author.bio),
          image: toImage(author.photo),
          articles: articles.docs.map((doc) => toArticleCard(doc)),
        }
      },
    ),
)

/* ------------------------------------------------------------------------------------------ */
/* Sitemap and feed                                                                            */
/* ------------------------------------------------------------------------------------------ */

const newest = (dates: (string | undefined)[]): string | undefined =>
  dates.filter((d): d is string => Boolean(d)).sort().at(-1)

export const getSitemapEntries = cache(
  (): Promise<SitemapEntry[]> =>
    cachedRead(['sitemap'], [CACHE_TAGS.sitemap, CACHE_TAGS.articles, CACHE_TAGS.treatments, CACHE_TAGS.faqs, CACHE_TAGS.tips, CACHE_TAGS.topics, CACHE_TAGS.authors], async () => {
      const payload = await visitorApi()
      const all = { ...AS_VISITOR, depth: 0, pagination: false } as const
      const [articles, treatments, tips, topics, authors, faqs] = await Promise.all([
        payload.find({ collection: 'articles', ...all, select: { slug: true, updatedAt: true }, sort: byPublishedDesc }),
        payload.find({ collection: 'treatments', ...all, select: { slug: true, updatedAt: true }, sort: 'name' }),
        payload.find({ collection: 'beauty-tips', ...all, select: { slug: true, updatedAt: true }, sort: 'title' }),
        payload.find({ collection: 'topics', ...all, select: { slug: true, updatedAt: true }, sort: 'name' }),
        payload.find({ collection: 'authors', ...all, select: { slug: true, updatedAt: true }, sort: 'name' }),
        payload.find({ collection: 'faqs', ...AS_VISITOR, depth: 0, select: { updatedAt: true }, sort: '-updatedAt', limit: 1 }),
      ])
      const lastOf = (list: { updatedAt: string }[]) => newest(list.map((d) => d.updatedAt))
      return [
        { path: sitePaths.home, lastModified: newest([lastOf(articles.docs), lastOf(treatments.docs), lastOf(tips.docs)]) },
        { path: sitePaths.blog, lastModified: lastOf(articles.docs) },
        { path: sitePaths.treatments, lastModified: lastOf(treatments.docs) },
        { path: sitePaths.tips, lastModified: lastOf(tips.docs) },
        { path: sitePaths.faqs, lastModified: lastOf(faqs.docs) },
        ...articles.docs.map((d) => ({ path: sitePaths.article(d.slug), lastModified: d.updatedAt })),
        ...treatments.docs.map((d) => ({ path: sitePaths.treatment(d.slug), lastModified: d.updatedAt })),
        ...tips.docs.map((d) => ({ path: sitePaths.tip(d.slug), lastModified: d.updatedAt })),
        ...topics.docs.map((d) => ({ path: sitePaths.topic(d.slug), lastModified: d.updatedAt })),
        ...authors.docs.map((d) => ({ path: sitePaths.author(d.slug), lastModified: d.updatedAt })),
      ]
    }, []),
)

export const getFeedItems = cache(
  (): Promise<FeedItem[]> =>
    cachedRead(['feed'], [CACHE_TAGS.feed, CACHE_TAGS.articles, CACHE_TAGS.authors, CACHE_TAGS.topics], async () => {
      const payload = await visitorApi()
      const result = await payload.find({
        collection: 'articles',
        ...AS_VISITOR,
        select: { title: true, slug: true, excerpt: true, publishedAt: true, createdAt: true, updatedAt: true, authors: true, topics: true },
        populate: { authors: { name: true }, topics: { name: true } },
        depth: 1,
        sort: byPublishedDesc,
        limit: FEED_SIZE,
      })
      return result.docs.map((doc) => ({
        slug: doc.slug,
        title: doc.title,
        excerpt: text(doc.excerpt),
        publishedAt: doc.publishedAt ?? doc.createdAt,
        updatedAt: doc.updatedAt,
        authors: docs(doc.authors).map((a) => a.name),
        topics: docs(doc.topics).map((t) => t.name),
      }))
    }, []),
)

/* ------------------------------------------------------------------------------------------ */
/* Redirects                                                                                   */
/* ------------------------------------------------------------------------------------------ */

/** A redirect's target path, when the document it points at is one the visitor may read. */
function redirectView(doc: NonNullable<Awaited<ReturnType<typeof findRedirectDocs>>>['docs'][number]): RedirectView | undefined {
  const from = normalizeRedirectPath(doc.from)
  const status = doc.type === '302' ? 302 : 301
  let to: string | undefined
  if (doc.to?.type === 'custom') to = text(doc.to.url)
  else if (doc.to?.reference && isDoc(doc.to.reference.value)) {
    to = pathForDocument(doc.to.reference.relationTo, (doc.to.reference.value as { slug: string }).slug)
  }
  return from && to && to !== from ? { from, to, status } : undefined
}

const findRedirectDocs = (payload: Payload, where?: Where) =>
  payload.find({
    collection: 'redirects',
    ...AS_VISITOR,
    where,
    depth: 1,
    pagination: false,
    populate: { articles: { slug: true }, treatments: { slug: true }, 'beauty-tips': { slug: true }, topics: { slug: true }, authors: { slug: true } },
  })

/**
 * Every redirect with its current target path. A reference to a document the visitor cannot
 * read (a draft, a deleted page) does not populate and is dropped: a redirect never reveals
 * or leads to unpublished content. Uncached here: the proxy keeps its own table.
 */
export async function getRedirects(): Promise<RedirectView[]> {
  const result = await findRedirectDocs(await visitorApi())
  return result.docs.map(redirectView).filter((r): r is RedirectView => r !== undefined)
}

/** Where a missing page's path has moved, if it has (a page's not-found path asks this). */
export const getRedirectFor = cache(
  (path: string): Promise<RedirectView | null> =>
    cachedRead(
      ['redirect', path],
      // Targets are documents of these collections: a rename or unpublish there changes the answer.
      [CACHE_TAGS.redirects, CACHE_TAGS.articles, CACHE_TAGS.treatments, CACHE_TAGS.tips, CACHE_TAGS.topics, CACHE_TAGS.authors],
      async () => {
        const from = normalizeRedirectPath(path)
        if (!from) return null
        const result = await findRedirectDocs(await visitorApi(), { from: { equals: from } })
        return result.docs.map(redirectView).find((r) => r !== undefined) ?? null
      },
    ),
)
