import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { revalidateChange } from '../site/notifyServer'

/** Set `context: { skipRevalidation: true }` for bulk writes that purge the site once at the end. */
interface RevalidationContext {
  skipRevalidation?: boolean
}

export const revalidateAfterChange: CollectionAfterChangeHook = async ({ collection, doc, previousDoc, req }) => {
  if (!(req.context as RevalidationContext).skipRevalidation) {
    await revalidateChange({ collection: collection.slug, doc, previousDoc }, req)
  }
  return doc
}

export const revalidateAfterDelete: CollectionAfterDeleteHook = async ({ collection, doc, req }) => {
  if (!(req.context as RevalidationContext).skipRevalidation) {
    await revalidateChange({ collection: collection.slug, doc: null, previousDoc: doc }, req)
  }
  return doc
}
