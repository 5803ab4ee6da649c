/** The home page: the newest articles (the first one featured), some treatments and tips. */
import { cache } from 'react'

import { CACHE_TAGS } from '../cacheTags'
import type { HomeView } from '../types'
import { findArticleCards } from './articles'
import { MEDIA_FIELDS, TIP_CARD_FIELDS, TREATMENT_CARD_FIELDS } from './projections'
import { AS_VISITOR, cachedRead, visitorApi } from './reader'
import { toArticleCard, toTipCard, toTreatmentCard } from './views'

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
