import { resolvePayloadSecret } from '@/server/env'
import { tokenMatches } from '@/shared/tokens'
import { revalidateForChange, revalidateWholeSite, siteRevalidationToken, type ChangedDoc } from '@/site/revalidate'

/**
 * POST /next/revalidate — for writers that run outside this server (the importer's CLI, a
 * deploy or restore script): `Authorization: Bearer <siteRevalidationToken(PAYLOAD_SECRET)>`
 * and either `{ "all": true }` or `{ "collection", "doc", "previousDoc" }` as a hook would pass.
 * The secret is checked first; nothing is read before it.
 */
export const dynamic = 'force-dynamic'

function authorized(request: Request): boolean {
  const header = request.headers.get('authorization') ?? ''
  const match = /^Bearer\s+(\S+)$/i.exec(header.trim())
  return tokenMatches(match?.[1], siteRevalidationToken(resolvePayloadSecret()))
}

const json = (status: number, body: unknown) => Response.json(body, { status })

function changedDoc(value: unknown): ChangedDoc | null | undefined | false {
  if (value === undefined || value === null) return value
  if (typeof value !== 'object' || Array.isArray(value)) return false
  const { slug, _status } = value as Record<string, unknown>
  if (slug !== undefined && slug !== null && typeof slug !== 'string') return false
  if (_status !== undefined && _status !== null && _status !== 'draft' && _status !== 'published') return false
  return { slug: slug ?? undefined, _status: _status ?? undefined } as ChangedDoc
}

export async function POST(request: Request): Promise<Response> {
  if (!authorized(request)) {
    return json(401, { error: 'Send the site revalidation token as "Authorization: Bearer <token>".' })
  }
  let body: unknown
  try {
    body = await request.json()
  } catch {
    return json(400, { error: 'The body must be JSON: {"all": true} or {"collection", "doc", "previousDoc"}.' })
  }
  if (typeof body !== 'object' || body === null) return json(400, { error: 'The body must be a JSON object.' })
  const input = body as Record<string, unknown>
  if (input.all === true) return json(200, revalidateWholeSite())
  const doc = changedDoc(input.doc)
  const previousDoc = changedDoc(input.previousDoc)
  if (typeof input.collection !== 'string' || doc === false || previousDoc === false) {
    return json(400, {
      error: '"collection" must be a collection slug; "doc" and "previousDoc" objects with an optional "slug" and "_status".',
    })
  }
  return json(200, revalidateForChange({ collection: input.collection, doc, previousDoc }))
}
