import { NextResponse, type NextRequest } from 'next/server'

import { publicRoutePrefixes } from './shared/collections'
import { blogListPath } from './site/paths'
import { findRedirect } from './site/redirectTable'

/** The blog list's old query parameters (`/blog?topic=x&page=2`), now path segments. */
const LEGACY_BLOG_QUERY = ['topic', 'page'] as const

/**
 * `/blog?topic=x&page=2` → 308 `/blog/topic/x/page/2`: the old list URLs (bookmarks, search
 * engines) move permanently to the cacheable paths; any other query (campaign tags) stays.
 * The page number is passed on as written, so a bad one lands on a 404 as before.
 */
function legacyBlogList(request: NextRequest): URL | undefined {
  const { pathname, searchParams } = request.nextUrl
  if (pathname !== '/blog' || !LEGACY_BLOG_QUERY.some((key) => searchParams.has(key))) return undefined
  const topic = searchParams.get('topic') || undefined
  const page = searchParams.get('page') ?? undefined
  const target = new URL(blogListPath({ topic }), request.nextUrl)
  if (page !== undefined && page !== '1') target.pathname = `${target.pathname}/page/${encodeURIComponent(page)}`
  for (const [key, value] of searchParams) if (!LEGACY_BLOG_QUERY.includes(key as never)) target.searchParams.append(key, value)
  return target
}

/**
 * A path with a broken %-escape ("/blog/%E0%A4", "/api/%ZZ") names nothing. Next's own
 * dynamic-route matching throws on it and answers a bare 500 (vercel/next.js#92527), before
 * any page or route handler runs; so every path with a "%" passes through here (see the
 * matcher) and a broken one is answered as the client's mistake.
 */
function undecodable(pathname: string): boolean {
  try {
    decodeURIComponent(pathname)
    return false
  } catch {
    return true
  }
}

/**
 * The paths the first matcher entry leaves out (there it must be a literal, which
 * tests/unit/site-registry.test.ts holds to the registry): the site's page prefixes, the
 * admin, the APIs, Next's own paths, files with an extension.
 */
const OWN_PREFIXES = ['admin', 'api', '_next', 'next', ...publicRoutePrefixes().filter((prefix) => !prefix.includes('.'))]
const OWN_ROUTES = new RegExp(`^/(?:(?:${OWN_PREFIXES.join('|')})(?:/|$)|.*\\.[a-z0-9]+$)`)

const malformedAddress = () =>
  new NextResponse('Bad request: the address contains a malformed %-escape.\n', {
    status: 400,
    headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' },
  })

/**
 * Old URLs outside the site's routes (an old WordPress permalink, a print campaign's short
 * path) answer with their redirect — a literal 301 or 302 — instead of a 404. The site's own
 * routes are not matched: a proxy run costs every request (wrk A/B on a quiet machine: 30–40% of the
 * cached-page throughput), so their pages look redirects up only when their document is
 * missing (`src/site/moved.ts`). The lookup here is in memory (`redirectTable.ts`).
 */
export async function proxy(request: NextRequest): Promise<NextResponse> {
  if (undecodable(request.nextUrl.pathname)) return malformedAddress()
  // Matched only for its "%": the site's own routes keep answering for themselves.
  if (OWN_ROUTES.test(request.nextUrl.pathname) && request.nextUrl.pathname !== '/blog') return NextResponse.next()
  const legacy = legacyBlogList(request)
  if (legacy) return NextResponse.redirect(legacy, 308)
  const moved = await findRedirect(request.nextUrl.pathname)
  if (!moved) return NextResponse.next()
  const target = new URL(moved.to, request.nextUrl)
  // Keep the visitor's query (campaign tags) unless the target names its own.
  if (!target.search) target.search = request.nextUrl.search
  return NextResponse.redirect(target, moved.status)
}

export const config = {
  matcher: [
    // Everything but the home page, the site's route prefixes, the admin, the APIs, Next's own
    // paths and files with an extension.
    '/((?!(?:admin|api|_next|next|blog|treatments|tips|faqs|topics|authors|search)(?:/|$)|.*\\.[a-z0-9]+$).+)',
    // The blog list only with its old query parameters (LEGACY_BLOG_QUERY; Next reads this
    // config statically, so literals): the static /blog itself never runs the proxy.
    { source: '/blog', has: [{ type: 'query', key: 'topic' }] },
    { source: '/blog', has: [{ type: 'query', key: 'page' }] },
    // Any path with a %-escape, wherever it points, to refuse the undecodable ones (above).
    '/(.*%.*)',
  ],
}
