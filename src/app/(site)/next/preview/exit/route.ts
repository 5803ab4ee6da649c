import { draftMode } from 'next/headers'

import { safeReturnPath } from '@/site/preview/link'

/** GET /next/preview/exit?path= — leaves draft mode and returns to the published page. */
export const dynamic = 'force-dynamic'

export async function GET(request: Request): Promise<Response> {
  ;(await draftMode()).disable()
  const path = safeReturnPath(new URL(request.url).searchParams.get('path'))
  return new Response(null, { status: 307, headers: { location: path, 'cache-control': 'no-store' } })
}
