import type { CollectionBeforeOperationHook, CollectionSlug } from 'payload'

import { forbidden } from '../../../src/server/errors'
import { hasRole } from '../../../src/shared/roles'

/** Where a media document can appear on a published page without a review of the change. */
const USES: { collection: CollectionSlug; field: string; live: boolean }[] = [
  { collection: 'articles', field: 'heroImage', live: true },
  { collection: 'treatments', field: 'heroImage', live: true },
  { collection: 'beauty-tips', field: 'heroImage', live: true },
  { collection: 'authors', field: 'photo', live: false },
]

/**
 * An image on a live page is part of what a reviewer published: replacing its file or
 * rewriting its alt text would change the page with no review. Editors upload a new image
 * instead (and put it in their draft); reviewers and admins may change it in place.
 */
export const guardLiveMedia: CollectionBeforeOperationHook<'media'> = async ({ args, operation, req }) => {
  if (operation !== 'update' || !req.user || hasRole(req.user, 'admin', 'reviewer')) return args
  const id = (args as { id?: number | string }).id
  if (id === undefined) return args
  for (const use of USES) {
    const where = use.live
      ? { and: [{ [use.field]: { equals: id } }, { _status: { equals: 'published' } }] }
      : { [use.field]: { equals: id } }
    const { totalDocs } = await req.payload.count({ collection: use.collection, where, req, overrideAccess: true })
    if (totalDocs > 0) {
      throw forbidden(
        `This image is on a published page (${use.collection}); only a reviewer or admin may change it. Upload a new image for your draft instead.`,
      )
    }
  }
  return args
}
