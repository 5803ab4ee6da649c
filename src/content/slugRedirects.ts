import type { CollectionAfterChangeHook, CollectionBeforeChangeHook, CollectionSlug, PayloadRequest } from 'payload'

import '../shared/requestContext'
import { isSiteCollection, SITE_COLLECTIONS } from '../shared/collections'
import { pathForDocument } from '../site/paths'

/**
 * A changed slug must not break the links and search results that point at the old URL:
 * when the public URL of a page changes, the old path gets a 301 to the document (by
 * reference, so later renames follow), and a redirect that sat on the new path goes away.
 *
 * What counts is the URL visitors saw. A draft may change its slug many times; only the
 * publish that makes the new slug public records a redirect. For versioned collections the
 * main table holds the published version while drafts live in versions, so the slug visitors
 * see is read from there before the write.
 */

const REDIRECTS = 'redirects' as CollectionSlug

const key = (collection: string, id: number | string) => `${collection}:${id}`

export const rememberPublicSlug: CollectionBeforeChangeHook = async ({ collection, data, originalDoc, operation, req }) => {
  if (operation !== 'update' || !originalDoc?.id) return data
  const versioned = Boolean(collection.versions?.drafts)
  // A draft save changes no public URL.
  if (versioned && data._status !== 'published') return data
  const nextSlug = data.slug ?? originalDoc.slug
  let publicSlug: unknown = originalDoc.slug
  if (versioned) {
    const live = await req.payload.findByID({
      collection: collection.slug as CollectionSlug,
      id: originalDoc.id,
      draft: false,
      depth: 0,
      overrideAccess: true,
      req,
      select: { slug: true, _status: true },
      disableErrors: true,
    })
    publicSlug = (live as { _status?: string } | null)?._status === 'published' ? (live as { slug?: unknown }).slug : undefined
  }
  if (typeof publicSlug === 'string' && typeof nextSlug === 'string' && publicSlug !== nextSlug) {
    const context = req.context
    context.movedSlugs = { ...context.movedSlugs, [key(collection.slug, originalDoc.id)]: publicSlug }
  }
  return data
}

async function deleteRedirectsFrom(req: PayloadRequest, path: string) {
  await req.payload.delete({ collection: REDIRECTS, where: { from: { equals: path } }, overrideAccess: true, req })
}

export const redirectOldSlug: CollectionAfterChangeHook = async ({ collection, doc, req }) => {
  const context = req.context
  const oldSlug = context.movedSlugs?.[key(collection.slug, doc.id)]
  if (!oldSlug) return doc
  delete context.movedSlugs![key(collection.slug, doc.id)]
  const from = pathForDocument(collection.slug, oldSlug)
  const to = pathForDocument(collection.slug, doc.slug)
  // A collection the redirects table cannot point at (the registry's redirectTarget) keeps no redirect.
  if (!from || !to || !isSiteCollection(collection.slug) || !SITE_COLLECTIONS[collection.slug].redirectTarget) return doc
  // The new URL is live now: a redirect still sitting on it would hide the page.
  await deleteRedirectsFrom(req, to)
  await deleteRedirectsFrom(req, from)
  await req.payload.create({
    collection: REDIRECTS,
    data: { from, to: { type: 'reference', reference: { relationTo: collection.slug, value: doc.id } }, type: '301' } as never,
    overrideAccess: true,
    req,
  })
  req.payload.logger.info({ msg: `Slug changed: ${from} now redirects (301) to ${to}` })
  return doc
}
