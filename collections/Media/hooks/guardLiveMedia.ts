import type { CollectionBeforeChangeHook, Payload, Where } from 'payload'

import { hasRole } from '../../../src/shared/roles'
import { forbidden } from '../../../src/server/errors'

/** Where a media document can appear on a public page. */
const USES: { collection: 'articles' | 'treatments' | 'beauty-tips' | 'authors'; fields: string[]; drafts: boolean }[] = [
  { collection: 'articles', fields: ['heroImage', 'meta.image'], drafts: true },
  { collection: 'treatments', fields: ['heroImage', 'meta.image'], drafts: true },
  { collection: 'beauty-tips', fields: ['heroImage', 'meta.image'], drafts: true },
  { collection: 'authors', fields: ['photo'], drafts: false },
]

/** The title of a live page that shows this media document, if any. */
export async function livePageUsing(payload: Payload, mediaId: number | string): Promise<string | undefined> {
  for (const use of USES) {
    const uses: Where = { or: use.fields.map((field) => ({ [field]: { equals: mediaId } })) }
    const where: Where = use.drafts ? { and: [uses, { _status: { equals: 'published' } }] } : uses
    const found = await payload.find({ collection: use.collection, where, limit: 1, depth: 0, overrideAccess: true, pagination: false })
    const doc = found.docs[0] as { title?: string; name?: string } | undefined
    if (doc) return doc.title ?? doc.name ?? use.collection
  }
  return undefined
}

/**
 * A file or its alt text on a live page changes what visitors see outside the review: only
 * reviewers and admins may change it. Editors upload a new image and put it in their draft,
 * which goes through review like any other change (issue #11).
 */
export const guardLiveMedia: CollectionBeforeChangeHook = async ({ data, operation, originalDoc, req }) => {
  if (operation !== 'update' || !originalDoc || !req.user) return data
  if (hasRole(req.user, 'admin', 'reviewer')) return data
  const page = await livePageUsing(req.payload, originalDoc.id)
  if (page) {
    throw forbidden(
      // No colon or comma: the admin's toast splits a message into bullets at them.
      `This image is on the live page "${page}". Only a reviewer can change it. Upload a new image and use it in your draft instead.`,
    )
  }
  return data
}
