import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { revalidateChange } from '../site/notifyServer'

import '../shared/requestContext'

/** `context: { skipRevalidation: true }` (src/shared/requestContext.ts): bulk writes purge the site once at the end. */
export const revalidateAfterChange: CollectionAfterChangeHook = async ({ collection, doc, previousDoc, req }) => {
  if (!req.context.skipRevalidation) {
    await revalidateChange({ collection: collection.slug, doc, previousDoc }, req)
  }
  return doc
}

export const revalidateAfterDelete: CollectionAfterDeleteHook = async ({ collection, doc, req }) => {
  if (!req.context.skipRevalidation) {
    await revalidateChange({ collection: collection.slug, doc: null, previousDoc: doc }, req)
  }
  return doc
}
