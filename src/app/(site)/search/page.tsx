import type { Metadata } from 'next'
import { connection } from 'next/server'
import type { ReactNode } from 'react'

import { Breadcrumbs } from '@/site/components/Breadcrumbs'
import { sitePaths } from '@/site/paths'
import { MATCH_END, MATCH_START, MAX_QUERY_LENGTH, searchSite, type SearchHit } from '@/site/search'
import { pageMetadata } from '@/site/seo'

type Props = { searchParams: Promise<{ q?: string | string[] }> }

const KIND: Record<SearchHit['collection'], string> = {
  articles: 'Article',
  treatments: 'Treatment',
  faqs: 'FAQ',
  'beauty-tips': 'Tip',
}

export async function generateMetadata(): Promise<Metadata> {
  const base = await pageMetadata({
    path: sitePaths.search,
    title: 'Search',
    description: 'Search articles, treatments, FAQs and tips.',
  })
  // Result pages are endless variations of one page: keep them out of the index.
  return { ...base, robots: { index: false, follow: true } }
}

/** Matches become <mark> elements; the text itself is rendered by React, so it is escaped. */
function Snippet({ text }: { text: string }) {
  const parts: ReactNode[] = []
  text.split(MATCH_START).forEach((chunk, i) => {
    if (i === 0) return void parts.push(chunk)
    const [match, rest = ''] = chunk.split(MATCH_END)
    parts.push(<mark key={i}>{match}</mark>, rest)
  })
  return <p className="search-hit__snippet">{parts}</p>
}

export default async function SearchPage({ searchParams }: Props) {
  await connection()
  const raw = (await searchParams).q
  const q = Array.isArray(raw) ? raw[0] : raw
  const result = await searchSite(q)
  return (
    <div className="wrap page page--narrow">
      <Breadcrumbs
        crumbs={[
          { name: 'Home', path: sitePaths.home },
          { name: 'Search', path: sitePaths.search },
        ]}
      />
      <header className="page__header">
        <h1>Search</h1>
        <form role="search" action={sitePaths.search} method="get" className="search-form">
          <label htmlFor="q">Search articles, treatments, FAQs and tips</label>
          <input id="q" name="q" type="search" defaultValue={q ?? ''} maxLength={MAX_QUERY_LENGTH} />
          <button type="submit">Search</button>
        </form>
      </header>
      {result.status === 'empty' ? <p>Type a word or two, for example “HydraFacial” or “double cleansing”.</p> : null}
      {result.status === 'too-long' ? (
        <p role="alert">That search is too long: use at most {result.max} characters.</p>
      ) : null}
      {result.status === 'ok' && result.hits.length === 0 ? (
        <p>
          Nothing matches “{result.query}”. Try fewer or different words, or browse the{' '}
          <a href={sitePaths.blog}>blog</a>.
        </p>
      ) : null}
      {result.status === 'ok' && result.hits.length > 0 ? (
        <ol className="search-results" role="list">
          {result.hits.map((hit) => (
            <li key={`${hit.collection}-${hit.href}`} className="search-hit">
              <span className="search-hit__kind">{KIND[hit.collection]}</span>
              <h2 className="search-hit__title">
                <a href={hit.href}>{hit.title}</a>
              </h2>
              <Snippet text={hit.snippet} />
            </li>
          ))}
        </ol>
      ) : null}
    </div>
  )
}
