/**
 * The blog: article cards wherever they are shown, the list pages, and one article with its
 * related articles. Presentation rules of this family live here: the page size and how
 * related articles are scored.
 */
import { type Payload, type Where } from 'payload'
import { cache } from 'react'

import type { Article, User } from '../../../payload-types'
import { CACHE_TAGS, docTags } from '../cacheTags'
import type { ArticleCard, ArticleListView, ArticleView, ImageView, TocEntry } from '../types'
import {
  ARTICLE_CARD_FIELDS,
  byPublishedDesc,
  FAQ_FIELDS,
  LINK_TARGETS,
  MEDIA_FIELDS,
  TIP_CARD_FIELDS,
  TOPIC_FIELDS,
  TREATMENT_CARD_FIELDS,
} from './projections'
import { AS_VISITOR, asPreviewer, cachedRead, type Reader, validSlug, visitorApi } from './reader'
import { newWalk, reshapeRichText, toFaqView } from './richText'
import {
  docs,
  readSignOff,
  type Relation,
  text,
  toArticleCard,
  toAuthorRef,
  toImage,
  toSeo,
  toTipCard,
  toTopicRef,
  toTreatmentCard,
} from './views'

export const ARTICLES_PER_PAGE = 12
const RELATED_LIMIT = 3

/** Article cards for a filter, newest first, in one query with their images and topics. */
export async function findArticleCards(payload: Payload, where: Where | undefined, limit: number, page = 1) {
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
export async function cardsWithImages(
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
