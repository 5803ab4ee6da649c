import { draftMode } from 'next/headers'

import { sameSitePath } from '@/shared/safePath'

/** GET /next/preview/exit?path= — leaves draft mode and returns to the published page. */
export const dynamic = 'force-dynamic'

export async function GET(request: Request): Promise<Response> {
  const requested = new URL(request.url).searchParams.get('path')
  const path = requested === null || requested === '' ? '/' : sameSitePath(requested)
  if (!path) {
    return new Response('"path" must be a path on this site, such as /blog/glass-skin.\n', {
      status: 400,
      headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' },
    })
  }
  ;(await draftMode()).disable()
  return new Response(null, { status: 307, headers: { location: path, 'cache-control': 'no-store' } })
}
