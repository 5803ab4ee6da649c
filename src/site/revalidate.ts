import { revalidatePath, revalidateTag } from 'next/cache'

import { CACHE_TAGS, COLLECTION_TAGS, docTagFor, FEED_COLLECTIONS, isSiteCollection, SITE_TAG, SITEMAP_COLLECTIONS } from './cacheTags'
import { pathForDocument, sitePaths } from './paths'
import { bumpRedirectsGeneration } from './redirectsGeneration'
import { derivedToken } from '../shared/tokens'

/**
 * On-demand revalidation of the public site. `revalidateForChange` is meant for collection
 * `afterChange` / `afterDelete` hooks (pass `req.context` checks before calling it); it is a
 * no-op, not a crash, outside a Next request (CLI scripts, the importer, tests' Local API).
 */

/** What the hooks hand over: any Payload document works, only `slug` and `_status` are read. */
export interface ChangedDoc {
  slug?: string | null
  _status?: 'draft' | 'published' | null
}

export interface SiteChange {
  /** Payload collection slug, e.g. 'articles'. Collections the site does not show are ignored. */
  collection: string
  /** The document after the change; null/undefined when it was deleted. */
  doc?: ChangedDoc | null
  /** The document before the change (afterChange's `previousDoc`; afterDelete: pass the deleted doc here or as `doc`). */
  previousDoc?: ChangedDoc | null
}

export interface RevalidationPlan {
  tags: string[]
  paths: string[]
}

export type RevalidationResult =
  | ({ revalidated: true } & RevalidationPlan)
  | ({ revalidated: false; reason: 'not-site-content' | 'never-public' | 'outside-next-request' } & RevalidationPlan)

/**
 * Immediate expiry instead of Next 16's default stale-while-revalidate ('max'): after an
 * unpublish the very next visitor must not get the old page (a withdrawn medical claim).
 */
const EXPIRE_NOW = { expire: 0 } as const

/** Versioned documents count when published; topics, authors and media have no status and always count. */
const isPublic = (doc: ChangedDoc | null | undefined): boolean =>
  Boolean(doc) && (doc!._status === undefined || doc!._status === null || doc!._status === 'published')

/** Lists whose page paths show a collection (the tags already cover them; paths are for the page cache). */
const LIST_PATHS: Record<string, readonly string[]> = {
  articles: [sitePaths.home, sitePaths.blog],
  treatments: [sitePaths.home, sitePaths.treatments, sitePaths.faqs],
  faqs: [sitePaths.faqs],
  'beauty-tips': [sitePaths.home, sitePaths.tips],
  topics: [sitePaths.blog],
  authors: [],
  media: [],
  redirects: [],
}

/**
 * What a change expires, without touching Next: pure, so it can be checked anywhere.
 * A save that neither was nor is published (an autosave of a draft) changes nothing public.
 */
export function planRevalidation(change: SiteChange): RevalidationPlan & { skip?: 'not-site-content' | 'never-public' } {
  const { collection, doc, previousDoc } = change
  if (!isSiteCollection(collection)) return { tags: [], paths: [], skip: 'not-site-content' }
  if (!isPublic(doc) && !isPublic(previousDoc)) return { tags: [], paths: [], skip: 'never-public' }

  const tags = new Set<string>([COLLECTION_TAGS[collection]])
  const paths = new Set<string>(LIST_PATHS[collection] ?? [])
  // Both slugs: the old URL must stop answering, the new one may have a cached 404.
  const slugs = new Set([doc?.slug, previousDoc?.slug].filter((s): s is string => typeof s === 'string' && s !== ''))
  for (const slug of slugs) {
    const tag = docTagFor(collection, slug)
    if (tag) tags.add(tag)
    const path = pathForDocument(collection, slug)
    if (path) paths.add(path.split('#')[0])
  }
  if (SITEMAP_COLLECTIONS.includes(collection)) {
    tags.add(CACHE_TAGS.sitemap)
    paths.add(sitePaths.sitemap)
  }
  if (FEED_COLLECTIONS.includes(collection)) {
    tags.add(CACHE_TAGS.feed)
    paths.add(sitePaths.feed)
  }
  return { tags: [...tags], paths: [...paths] }
}

/** Next throws this (a plain Error) when revalidation runs without a request's cache store. */
const isOutsideNextRequest = (error: unknown): boolean =>
  error instanceof Error && error.message.startsWith('Invariant: static generation store missing')

function apply(plan: RevalidationPlan, layout = false): RevalidationResult {
  // Any published change may move a URL (a new slug, a deleted target): the proxy re-reads its table.
  bumpRedirectsGeneration()
  try {
    for (const tag of plan.tags) revalidateTag(tag, EXPIRE_NOW)
    for (const path of plan.paths) revalidatePath(path)
    if (layout) revalidatePath('/', 'layout')
  } catch (error) {
    if (isOutsideNextRequest(error)) return { revalidated: false, reason: 'outside-next-request', ...plan }
    throw error
  }
  return { revalidated: true, ...plan }
}

/** Expire what a content change affects: the old and new slug, the lists, the sitemap and feed. */
export function revalidateForChange(change: SiteChange): RevalidationResult {
  const { skip, ...plan } = planRevalidation(change)
  if (skip) return { revalidated: false, reason: skip, ...plan }
  return apply(plan)
}

/**
 * Expire everything the site has cached. For changes the hooks never saw: a CLI import, a
 * restored database, a server restart (Next's default cache handler keeps revalidation marks
 * in memory, while cached pages and data stay on disk).
 */
export function revalidateWholeSite(): RevalidationResult {
  return apply({ tags: [SITE_TAG, ...Object.values(CACHE_TAGS)].filter((t, i, all) => all.indexOf(t) === i), paths: [] }, true)
}

/**
 * The bearer token of POST /next/revalidate, derived from PAYLOAD_SECRET so that any process
 * holding the secret (the importer, a deploy script, the tests) can call it and nothing new
 * has to be configured.
 */
export const siteRevalidationToken = (secret: string): string => derivedToken(secret, 'glassworks:site-revalidate')
