import { NextResponse, type NextRequest } from 'next/server'

import { findRedirect } from './site/redirectTable'

/**
 * Old URLs outside the site's routes (an old WordPress permalink, a print campaign's short
 * path) answer with their redirect — a literal 301 or 302 — instead of a 404. The site's own
 * routes are not matched: a proxy run costs every request (wrk A/B on a quiet machine: 30–40% of the
 * cached-page throughput), so their pages look redirects up only when their document is
 * missing (`src/site/moved.ts`). The lookup here is in memory (`redirectTable.ts`).
 */
export async function proxy(request: NextRequest): Promise<NextResponse> {
  const moved = await findRedirect(request.nextUrl.pathname)
  if (!moved) return NextResponse.next()
  const target = new URL(moved.to, request.nextUrl)
  // Keep the visitor's query (campaign tags) unless the target names its own.
  if (!target.search) target.search = request.nextUrl.search
  return NextResponse.redirect(target, moved.status)
}

export const config = {
  // Everything but the home page, the site's route prefixes, the admin, the APIs, Next's own
  // paths and files with an extension.
  matcher: ['/((?!(?:admin|api|_next|next|blog|treatments|tips|faqs|topics|authors|search)(?:/|$)|.*\\.[a-z0-9]+$).+)'],
}
