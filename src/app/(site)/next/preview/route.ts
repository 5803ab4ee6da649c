import config from '@payload-config'
import { draftMode } from 'next/headers'
import { getPayload } from 'payload'

import { isStaffUser } from '@/access'
import { resolvePayloadSecret } from '@/server/env'
import { isPreviewCollection, isPreviewSecret, previewTarget } from '@/site/preview/link'

/**
 * GET /next/preview?collection=&slug=&secret= — turns on Next's draft mode for a signed-in
 * staff member and sends them to the document's page, which then renders its latest draft.
 * The admin's Preview button and Live Preview build these links (`src/site/preview/link.ts`).
 * Checks run cheapest first, and nothing about a document is read before all pass.
 */
export const dynamic = 'force-dynamic'

const refuse = (status: number, message: string) =>
  new Response(`${message}\n`, { status, headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' } })

export async function GET(request: Request): Promise<Response> {
  const params = new URL(request.url).searchParams
  if (!isPreviewSecret(params.get('secret'), resolvePayloadSecret())) {
    return refuse(401, 'This preview link is not valid. Open the preview from the document in the admin.')
  }
  const payload = await getPayload({ config })
  const { user } = await payload.auth({ headers: request.headers })
  if (!user || !isStaffUser(user)) {
    return refuse(401, 'Sign in to the admin (/admin) to preview drafts, then open the preview again.')
  }
  const collection = params.get('collection')
  const target = previewTarget(collection ?? '', params.get('slug'))
  if (!isPreviewCollection(collection) || !target) {
    return refuse(400, 'Give "collection" (articles, treatments or beauty-tips) and the document\'s "slug".')
  }
  ;(await draftMode()).enable()
  return new Response(null, { status: 307, headers: { location: target, 'cache-control': 'no-store' } })
}
