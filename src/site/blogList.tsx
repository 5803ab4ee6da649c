import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { Breadcrumbs } from './components/Breadcrumbs'
import { ArticleGrid } from './components/Cards'
import { Pagination } from './components/Pagination'
import { getArticleList } from './data'
import { blogListPath, parsePageNumber, sitePaths } from './paths'
import { pageMetadata } from './seo'
import type { ArticleListView } from './types'

/**
 * The blog list behind its four routes (`/blog`, `/blog/page/[n]`, `/blog/topic/[topic]`,
 * `/blog/topic/[topic]/page/[n]`). Params, not a query string: each page is cached on its own
 * and expired by the article and topic tags like any other page.
 */
export interface BlogListParams {
  topic?: string
  /** The `[n]` segment as written; absent for the first page. */
  page?: string
}

/**
 * Null for a page that does not exist (bad number, past the end, unknown topic).
 * `/blog/page/1` renders the first page with `/blog` as its canonical URL (a redirect from a
 * cached page sends its Location twice in Next 16.4).
 */
async function load({ topic, page }: BlogListParams): Promise<ArticleListView | null> {
  const number = page === undefined ? 1 : parsePageNumber(page)
  if (number === undefined) return null
  return getArticleList(number, topic)
}

export async function blogListMetadata(params: BlogListParams): Promise<Metadata> {
  const list = await load(params)
  if (!list) return { title: 'Page not found', robots: { index: false } }
  const base = list.topic ? `${list.topic.name} articles` : 'Blog'
  return pageMetadata({
    path: blogListPath({ topic: list.topic?.slug, page: list.page }),
    title: list.page > 1 ? `${base} (page ${list.page})` : base,
    description: list.topic?.description ?? 'Articles on Korean skincare, glass skin and medical-spa treatments.',
  })
}

export async function BlogList({ params }: { params: BlogListParams }) {
  const list = await load(params)
  if (!list) notFound()
  const heading = list.topic ? `Articles about ${list.topic.name}` : 'The Glassworks blog'
  return (
    <div className="wrap page">
      <Breadcrumbs
        crumbs={[
          { name: 'Home', path: sitePaths.home },
          { name: 'Blog', path: sitePaths.blog },
          ...(list.topic ? [{ name: list.topic.name, path: blogListPath({ topic: list.topic.slug }) }] : []),
        ]}
      />
      <header className="page__header">
        <h1>{heading}</h1>
        <p className="lead">
          {list.topic?.description ?? 'Treatments, routines and skin science, explained and medically reviewed.'}
        </p>
      </header>

      {list.topics.length > 0 ? (
        <nav className="filters" aria-label="Filter by topic">
          <ul role="list">
            <li>
              <a href={sitePaths.blog} aria-current={list.topic ? undefined : 'page'}>
                All topics
              </a>
            </li>
            {list.topics.map((topic) => (
              <li key={topic.slug}>
                <a
                  href={blogListPath({ topic: topic.slug })}
                  aria-current={list.topic?.slug === topic.slug ? 'page' : undefined}
                >
                  {topic.name}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}

      {list.articles.length > 0 ? (
        <>
          <h2 className="visually-hidden">Articles</h2>
          <ArticleGrid articles={list.articles} />
        </>
      ) : (
        <p className="empty">No articles here yet.</p>
      )}
      <Pagination
        page={list.page}
        totalPages={list.totalPages}
        pathFor={(page) => blogListPath({ topic: list.topic?.slug, page })}
        labels={{ prev: '← Newer', next: 'Older →' }}
      />
    </div>
  )
}
