import { SITE_COLLECTIONS } from '../../shared/collections'

/** Which REST requests the shared cache of anonymous reads (publicCache.ts) may answer. Pure. */

/** Collections whose anonymous reads are cached: the site's, whose changes are revalidated. */
const CACHED_COLLECTIONS = new Set(Object.keys(SITE_COLLECTIONS).filter((slug) => slug !== 'redirects'))

/** A document or a list (or its count): not versions, files, or custom endpoints. */
const CACHEABLE_PATH = /^\/api\/([a-z-]+)(?:\/(\d+|count))?$/

/** Whether the request may be answered for someone (a session cookie, an Authorization header). */
export function hasCredentials(request: Request, cookiePrefix: string): boolean {
  if (request.headers.has('authorization')) return true
  const cookies = request.headers.get('cookie')
  return Boolean(cookies && cookies.split(';').some((c) => c.trim().startsWith(`${cookiePrefix}-token=`)))
}

/** A read of a cached collection's documents, list or count (drafts or not). */
export function isContentRead(request: Request): boolean {
  if (request.method !== 'GET') return false
  const match = CACHEABLE_PATH.exec(new URL(request.url).pathname)
  return Boolean(match && CACHED_COLLECTIONS.has(match[1]))
}

export const asksForDrafts = (request: Request) => [...new URL(request.url).searchParams.keys()].some((key) => key.startsWith('draft'))
