import { reportSearchFailure, searchSite } from '@/site/search'
import { fillSearchTemplate, type SearchResultView } from '@/site/searchHtml'
import { searchShell } from '@/site/searchShell'

/**
 * GET /search?q= — the site search, as server-rendered HTML without client code. A route
 * handler rather than a page: the frame is Next's render of the site layout, taken once per
 * process (`@/site/searchShell`), and each request only fills in the query and the escaped
 * results (`@/site/searchHtml`). What search may show is decided in `@/site/search`: published
 * rows only, ranked in SQL, from a tagged cache for repeated queries. Cache-Control comes from
 * next.config (`src/site/cacheControl.ts`), as for every public page; `robots` noindex is in
 * the shell's metadata.
 */
export const dynamic = 'force-dynamic'

export async function GET(request: Request): Promise<Response> {
  const q = new URL(request.url).searchParams.get('q') ?? ''
  const [template, result] = await Promise.all([
    searchShell(),
    // A failure is the site's page with a message and a 500, not Next's empty error answer.
    searchSite(q).catch(async (error: unknown): Promise<SearchResultView> => {
      await reportSearchFailure(error)
      return { status: 'failed' }
    }),
  ])
  const failed = result.status === 'failed'
  return new Response(fillSearchTemplate(template, q, result), {
    status: failed ? 500 : 200,
    headers: { 'content-type': 'text/html; charset=utf-8', ...(failed ? { 'cache-control': 'no-store' } : {}) },
  })
}
