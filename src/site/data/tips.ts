/** Beauty tips: the routine (the list page), and one tip. */
import type { Payload } from 'payload'
import { cache } from 'react'

import type { User } from '../../../payload-types'
import { CACHE_TAGS, docTags } from '../cacheTags'
import type { TipRoutineView, TipView } from '../types'
import { cardsWithImages } from './articles'
import { CITING_ARTICLES, RELATED_CARDS, TIP_CARD_FIELDS } from './projections'
import { AS_VISITOR, asPreviewer, cachedRead, type Reader, validSlug, visitorApi } from './reader'
import { newWalk, reshapeRichText } from './richText'
import { docs, toImage, toSeo, toTipCard, toTopicRef, toTreatmentCard } from './views'

/**
 * Tips per page of /tips, as many as treatment cards: 30 launch-like tips measured 52 KiB
 * (2026-12-06, the test server; "morning and evening" tips are shown twice), 24 made 46 KiB.
 */
export const TIPS_PER_PAGE = 24

/**
 * A page of tips in routine order: by step (tips without one last: PostgreSQL sorts NULLs last
 * ascending), then title, then id so that equal tips never swap pages. Each page shows its tips
 * by time of day; "morning and evening" tips sit in both routines. Null past the last page.
 */
export const getTipRoutine = cache(
  (page: number): Promise<TipRoutineView | null> =>
    cachedRead(
      ['tips', String(page)],
      [CACHE_TAGS.tips],
      async () => {
        if (!Number.isInteger(page) || page < 1) return null
        const payload = await visitorApi()
        const result = await payload.find({
          collection: 'beauty-tips',
          ...AS_VISITOR,
          select: TIP_CARD_FIELDS,
          depth: 0,
          sort: ['routine.step', 'title', 'id'],
          limit: TIPS_PER_PAGE,
          page,
        })
        if (page > 1 && page > result.totalPages) return null
        const tips = result.docs.map(toTipCard)
        return {
          morning: tips.filter((t) => t.time === 'am' || t.time === 'both'),
          evening: tips.filter((t) => t.time === 'pm' || t.time === 'both'),
          anytime: tips.filter((t) => t.time === 'any'),
          page,
          totalPages: Math.max(1, result.totalPages),
          totalDocs: result.totalDocs,
        }
      },
      // Only /tips itself is prerendered; its other pages have params.
      page === 1 ? { morning: [], evening: [], anytime: [], page: 1, totalPages: 1, totalDocs: 0 } : undefined,
    ),
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
    joins: { articles: CITING_ARTICLES },
    populate: RELATED_CARDS,
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
