import { NextResponse, type NextRequest } from 'next/server'

import { findRedirect } from './site/redirectTable'

/**
 * Moved pages answer 301 (Next's redirect() in a page can only send 307/308). Every site path
 * passes through here; the check is an in-memory lookup (`redirectTable.ts`).
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
  // Not the admin, the APIs, Next's assets and internal routes, or files with an extension.
  matcher: ['/((?!admin|api|_next|next/|.*\\.[a-z0-9]+$).*)'],
}
