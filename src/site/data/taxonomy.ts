/** The pages of the taxonomy: a topic (its articles, treatments and tips) and an author (their articles). */
import type { Where } from 'payload'
import { cache } from 'react'

import { CACHE_TAGS, docTags } from '../cacheTags'
import type { AuthorPageView, TopicView } from '../types'
import { findArticleCards } from './articles'
import { MEDIA_FIELDS, TIP_CARD_FIELDS, TREATMENT_CARD_FIELDS } from './projections'
import { AS_VISITOR, cachedRead, validSlug, visitorApi } from './reader'
import { text, toArticleCard, toAuthorRef, toImage, toTipCard, toTopicRef, toTreatmentCard } from './views'

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
