import { CONTENT_COLLECTIONS } from '../../shared/collections'

type Handler = (request: Request, context: { params: Promise<{ slug: string[] }> }) => Promise<Response>

const RESTORE = new RegExp(`^/api/(${CONTENT_COLLECTIONS.join('|')})/versions/[^/]+/?$`)

/**
 * Restoring a version of editorial content always makes a draft (issue #11): the admin's plain
 * "Restore" asks for `?draft=false`, which in Payload overwrites the live page. The request is
 * turned into the draft restore here; the collection hook refuses other routes' non-draft
 * restores (src/workflow/payload/liveGuard.ts).
 */
export const restoreAsDraft =
  (handler: Handler): Handler =>
  async (request, context) => {
    const url = new URL(request.url)
    if (request.method !== 'POST' || !RESTORE.test(url.pathname)) return handler(request, context)
    url.searchParams.set('draft', 'true')
    const body = await request.arrayBuffer()
    return handler(new Request(url, { method: 'POST', headers: request.headers, body, signal: request.signal }), context)
  }
