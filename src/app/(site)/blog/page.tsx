import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { Breadcrumbs } from '@/site/components/Breadcrumbs'
import { ArticleGrid } from '@/site/components/Cards'
import { Pagination } from '@/site/components/Pagination'
import { getArticleList } from '@/site/data'
import { blogListPath, sitePaths } from '@/site/paths'
import { pageMetadata } from '@/site/seo'

type SearchParams = Promise<Record<string, string | string[] | undefined>>

/** ?page=2&topic=slug, strictly: anything else is a page that does not exist. */
function parseQuery(query: Record<string, string | string[] | undefined>): { page: number; topic?: string } | null {
  const pageParam = query.page
  const topicParam = query.topic
  if (Array.isArray(pageParam) || Array.isArray(topicParam)) return null
  if (pageParam !== undefined && !/^[1-9][0-9]{0,4}$/.test(pageParam)) return null
  if (topicParam !== undefined && topicParam === '') return null
  return { page: pageParam ? Number(pageParam) : 1, topic: topicParam }
}

async function load(searchParams: SearchParams) {
  const query = parseQuery(await searchParams)
  if (!query) return null
  const list = await getArticleList(query.page, query.topic)
  return list ? { query, list } : null
}

export async function generateMetadata({ searchParams }: { searchParams: SearchParams }): Promise<Metadata> {
  const loaded = await load(searchParams)
  if (!loaded) return { title: 'Page not found', robots: { index: false } }
  const { list, query } = loaded
  const base = list.topic ? `${list.topic.name} articles` : 'Blog'
  return pageMetadata({
    path: blogListPath({ topic: list.topic?.slug, page: query.page }),
    title: query.page > 1 ? `${base} (page ${query.page})` : base,
    description: list.topic?.description ?? 'Articles on Korean skincare, glass skin and medical-spa treatments.',
  })
}

export default async function BlogPage({ searchParams }: { searchParams: SearchParams }) {
  const loaded = await load(searchParams)
  if (!loaded) notFound()
  const { list } = loaded
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
      <Pagination page={list.page} totalPages={list.totalPages} topic={list.topic?.slug} />
    </div>
  )
}
