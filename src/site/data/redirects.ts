/** Redirects with their current target paths, as the visitor may follow them. */
import type { Payload, Where } from 'payload'
import { cache } from 'react'

import { CACHE_TAGS } from '../cacheTags'
import { pathForDocument } from '../paths'
import { normalizeRedirectPath } from '../redirectPaths'
import type { RedirectView } from '../types'
import { REDIRECT_TARGETS } from './projections'
import { AS_VISITOR, cachedRead, visitorApi } from './reader'
import { isDoc, text } from './views'

/** A redirect's target path, when the document it points at is one the visitor may read. */
function redirectView(doc: NonNullable<Awaited<ReturnType<typeof findRedirectDocs>>>['docs'][number]): RedirectView | undefined {
  const from = normalizeRedirectPath(doc.from)
  const status = doc.type === '302' ? 302 : 301
  let to: string | undefined
  if (doc.to?.type === 'custom') to = text(doc.to.url)
  else if (doc.to?.reference && isDoc(doc.to.reference.value)) {
    to = pathForDocument(doc.to.reference.relationTo, (doc.to.reference.value as { slug: string }).slug)
  }
  return from && to && to !== from ? { from, to, status } : undefined
}

const findRedirectDocs = (payload: Payload, where?: Where) =>
  payload.find({
    collection: 'redirects',
    ...AS_VISITOR,
    where,
    depth: 1,
    pagination: false,
    populate: REDIRECT_TARGETS,
  })

/**
 * Every redirect with its current target path. A reference to a document the visitor cannot
 * read (a draft, a deleted page) does not populate and is dropped: a redirect never reveals
 * or leads to unpublished content. Uncached here: the proxy keeps its own table.
 */
export async function getRedirects(): Promise<RedirectView[]> {
  const result = await findRedirectDocs(await visitorApi())
  return result.docs.map(redirectView).filter((r): r is RedirectView => r !== undefined)
}

/** Where a missing page's path has moved, if it has (a page's not-found path asks this). */
export const getRedirectFor = cache(
  (path: string): Promise<RedirectView | null> =>
    cachedRead(
      ['redirect', path],
      // Targets are documents of these collections: a rename or unpublish there changes the answer.
      [CACHE_TAGS.redirects, CACHE_TAGS.articles, CACHE_TAGS.treatments, CACHE_TAGS.tips, CACHE_TAGS.topics, CACHE_TAGS.authors],
      async () => {
        const from = normalizeRedirectPath(path)
        if (!from) return null
        const result = await findRedirectDocs(await visitorApi(), { from: { equals: from } })
        return result.docs.map(redirectView).find((r) => r !== undefined) ?? null
      },
    ),
)
