import type { Metadata } from 'next'
import { headers } from 'next/headers'
import { notFound } from 'next/navigation'

import { Breadcrumbs } from '@/site/components/Breadcrumbs'
import { sitePaths } from '@/site/paths'
import { MAX_QUERY_LENGTH } from '@/site/search'
import { SHELL_QUERY_SLOT, SHELL_RESULTS_SLOT } from '@/site/searchHtml'
import { isSearchShellRequest, SEARCH_SHELL_HEADER } from '@/site/searchShell'
import { pageMetadata } from '@/site/seo'

/**
 * The search page's frame — the site layout (head, header, footer), the breadcrumbs and the
 * form — rendered by Next like any page, with two slots that `src/site/searchPage.ts` fills per
 * request: the query in the form and the results. `GET /search` (a route handler) asks for it
 * once per server process and answers every search from it, so a search no longer pays for a
 * whole App Router render (bench/README.md, issue #16). Only that request may see it: it sends
 * a token derived from PAYLOAD_SECRET; anyone else gets the 404 page.
 */
export const dynamic = 'force-dynamic'

export async function generateMetadata(): Promise<Metadata> {
  const base = pageMetadata({
    path: sitePaths.search,
    title: 'Search',
    description: 'Search articles, treatments, FAQs and tips.',
  })
  // Result pages are endless variations of one page: keep them out of the index.
  return { ...base, robots: { index: false, follow: true } }
}

export default async function SearchShell() {
  if (!isSearchShellRequest((await headers()).get(SEARCH_SHELL_HEADER))) notFound()
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
          <input id="q" name="q" type="search" defaultValue={SHELL_QUERY_SLOT} maxLength={MAX_QUERY_LENGTH} />
          <button type="submit">Search</button>
        </form>
      </header>
      {SHELL_RESULTS_SLOT}
    </div>
  )
}
