/** Treatments: the list, and one treatment with its FAQs and articles. */
import type { Payload } from 'payload'
import { cache } from 'react'

import type { User } from '../../../payload-types'
import { CACHE_TAGS, docTags } from '../cacheTags'
import type { TreatmentListItem, TreatmentListView, TreatmentView } from '../types'
import { cardsWithImages } from './articles'
import { ARTICLE_CARD_FIELDS, CITING_ARTICLES, FAQ_FIELDS, LINK_TARGETS, MEDIA_FIELDS, TOPIC_FIELDS, TREATMENT_CARD_FIELDS } from './projections'
import { AS_VISITOR, asPreviewer, cachedRead, type Reader, validSlug, visitorApi } from './reader'
import { newWalk, reshapeRichText, toFaqView } from './richText'
import { docs, readSignOff, text, toSeo, toTimeline, toTopicRef, toTreatmentCard } from './views'

/**
 * Cards per page of /treatments: a page stays a few tens of KiB however many treatments there
 * are (24 cards with long summaries measured 52 KiB on the test server, 2026-12-06; the bench's
 * 100 treatments made one 92 KiB page).
 */
export const TREATMENTS_PER_PAGE = 24

/** A page of the treatment list, by name. Null past the last page (page 1 always exists). */
export const getTreatmentList = cache(
  (page: number): Promise<TreatmentListView | null> =>
    cachedRead(
      ['treatments', String(page)],
      [CACHE_TAGS.treatments, CACHE_TAGS.media],
      async () => {
        if (!Number.isInteger(page) || page < 1) return null
        const payload = await visitorApi()
        const result = await payload.find({
          collection: 'treatments',
          ...AS_VISITOR,
          select: { ...TREATMENT_CARD_FIELDS, concerns: true, downtime: true },
          populate: { media: MEDIA_FIELDS },
          depth: 1,
          // The id breaks ties, so that two treatments of the same name never swap pages.
          sort: ['name', 'id'],
          limit: TREATMENTS_PER_PAGE,
          page,
        })
        if (page > 1 && page > result.totalPages) return null
        return {
          treatments: result.docs.map((doc): TreatmentListItem => ({
            ...toTreatmentCard(doc),
            concerns: (doc.concerns ?? []).filter(Boolean),
            downtime: text(doc.downtime),
          })),
          page,
          totalPages: Math.max(1, result.totalPages),
          totalDocs: result.totalDocs,
        }
      },
      // Only /treatments itself is prerendered; its other pages have params.
      page === 1 ? { treatments: [], page: 1, totalPages: 1, totalDocs: 0 } : undefined,
    ),
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
      articles: CITING_ARTICLES,
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
