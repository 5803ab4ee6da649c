/** The FAQ page: every FAQ once, grouped by what it is about. */
import { cache } from 'react'

import { CACHE_TAGS } from '../cacheTags'
import { sitePaths } from '../paths'
import type { FaqGroup } from '../types'
import { FAQ_FIELDS, LINK_TARGETS, TOPIC_FIELDS } from './projections'
import { AS_VISITOR, cachedRead, visitorApi } from './reader'
import { toFaqView } from './richText'
import { docs } from './views'

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
