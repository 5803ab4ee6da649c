/** The sitemap's entries and the RSS feed's items. */
import { cache } from 'react'

import { CACHE_TAGS } from '../cacheTags'
import { sitePaths } from '../paths'
import type { FeedItem, SitemapEntry } from '../types'
import { byPublishedDesc } from './projections'
import { AS_VISITOR, cachedRead, visitorApi } from './reader'
import { docs, text } from './views'

export const FEED_SIZE = 20

const newest = (dates: (string | undefined)[]): string | undefined =>
  dates.filter((d): d is string => Boolean(d)).sort().at(-1)

/**
 * The list pages (first pages only: later ones are reached through their rel=next links and
 * shift as documents publish) and every document's own page.
 */
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
        payload.find({ collection: 'faqs', ...all, select: { slug: true, updatedAt: true }, sort: 'question' }),
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
        ...faqs.docs.map((d) => ({ path: sitePaths.faq(d.slug), lastModified: d.updatedAt })),
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
