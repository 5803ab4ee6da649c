/** FAQs: the paginated list (grouped by what each is about), and one FAQ's own page. */
import type { Payload } from 'payload'
import { cache } from 'react'

import { CACHE_TAGS, docTags } from '../cacheTags'
import { sitePaths } from '../paths'
import type { FaqGroup, FaqListView, FaqPageView } from '../types'
import { cardsWithImages } from './articles'
import { CITING_ARTICLES, FAQ_FIELDS, LINK_TARGETS, RELATED_CARDS, TOPIC_FIELDS } from './projections'
import { AS_VISITOR, cachedRead, validSlug, visitorApi } from './reader'
import { toFaqView } from './richText'
import { docs, toTopicRef, toTreatmentCard } from './views'

/**
 * Questions per page of /faqs. Fewer than the treatment cards: with its answer, slug-long
 * anchor and permalink, each in the HTML and again in Next's RSC payload, a question with a
 * launch-content answer (~200 characters) measured 1.9 KiB against a card's ~1.5 KiB
 * (2026-12-06, the test server: 30 of them made a 72 KiB page, the empty page shell 16 KiB).
 * 20 made 57 KiB, under the 59 KiB article page the bench compares it with.
 */
export const FAQS_PER_PAGE = 20

/** What an FAQ list read depends on: its answers link to and group under the other collections. */
const FAQ_LIST_TAGS = [CACHE_TAGS.faqs, CACHE_TAGS.treatments, CACHE_TAGS.topics, CACHE_TAGS.articles, CACHE_TAGS.tips, CACHE_TAGS.authors]

/**
 * A page of FAQs in editorial order (order, question, id), grouped on the page: each under its
 * first treatment, else its first topic, else "General". One group per FAQ, so a question
 * never shows twice on a page. Null past the last page (page 1 always exists).
 */
export const getFaqList = cache(
  (page: number): Promise<FaqListView | null> =>
    cachedRead(
      ['faqs', String(page)],
      FAQ_LIST_TAGS,
      async () => {
        if (!Number.isInteger(page) || page < 1) return null
        const payload = await visitorApi()
        const result = await payload.find({
          collection: 'faqs',
          ...AS_VISITOR,
          select: { ...FAQ_FIELDS, treatments: true, topics: true, order: true },
          populate: { ...LINK_TARGETS, treatments: { name: true, slug: true }, topics: TOPIC_FIELDS },
          depth: 1,
          sort: ['order', 'question', 'id'],
          limit: FAQS_PER_PAGE,
          page,
        })
        if (page > 1 && page > result.totalPages) return null
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
        return {
          groups: [...groups.values()]
            .sort((a, b) => a.rank - b.rank || a.title.localeCompare(b.title))
            .map(({ rank: _rank, ...group }) => group),
          page,
          totalPages: Math.max(1, result.totalPages),
          totalDocs: result.totalDocs,
        }
      },
      // Only /faqs itself is prerendered; its other pages have params.
      page === 1 ? { groups: [], page: 1, totalPages: 1, totalDocs: 0 } : undefined,
    ),
)

/** One FAQ with its treatments, topics and the articles that cite it (the `articles` join). */
async function loadFaq(payload: Payload, slug: string): Promise<FaqPageView | null> {
  if (!validSlug(slug)) return null
  const found = await payload.find({
    collection: 'faqs',
    ...AS_VISITOR,
    where: { slug: { equals: slug } },
    select: { ...FAQ_FIELDS, treatments: true, topics: true, articles: true, updatedAt: true, createdAt: true },
    depth: 1,
    limit: 1,
    pagination: false,
    joins: { articles: CITING_ARTICLES },
    populate: RELATED_CARDS,
  })
  const faq = found.docs[0]
  if (!faq) return null
  return {
    ...toFaqView(faq),
    treatments: docs(faq.treatments).map(toTreatmentCard),
    topics: docs(faq.topics).map(toTopicRef),
    articles: await cardsWithImages(payload, faq.articles?.docs),
    updatedAt: faq.updatedAt,
    createdAt: faq.createdAt,
  }
}

export const getFaq = cache(
  (slug: string): Promise<FaqPageView | null> =>
    cachedRead(
      ['faq', slug],
      [docTags.faq(slug), ...FAQ_LIST_TAGS, CACHE_TAGS.media],
      async () => loadFaq(await visitorApi(), slug),
    ),
)
