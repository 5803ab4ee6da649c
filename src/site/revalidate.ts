import { revalidatePath, revalidateTag } from 'next/cache'
import { workAsyncStorage } from 'next/dist/server/app-render/work-async-storage.external'
import { workUnitAsyncStorage } from 'next/dist/server/app-render/work-unit-async-storage.external'
import { after } from 'next/server'

import {
  CACHE_TAGS,
  COLLECTION_TAGS,
  docTagFor,
  FEED_COLLECTIONS,
  isSiteCollection,
  SITE_TAG,
  SITEMAP_COLLECTIONS,
} from './cacheTags'
import { pathForDocument, sitePaths } from './paths'
import { bumpRedirectsGeneration } from './redirectsGeneration'
import { replicasCaughtUp } from '../server/db/replicas'
import { resolvePayloadSecret, serverPort } from '../server/env'
import { SITE_COLLECTIONS } from '../shared/collections'
import { derivedToken } from '../shared/tokens'

/**
 * On-demand revalidation of the public site: the one mechanism every writer goes through.
 *
 * Collection hooks call `revalidateChange(change, req)` from wherever the write happened, and
 * Next allows `revalidateTag`/`revalidatePath` in only some of those places:
 *
 * | where the write runs                                   | what happens                             |
 * |--------------------------------------------------------|------------------------------------------|
 * | a route handler or server action (REST, GraphQL, the   | expire directly, and again in `after()`  |
 * |   admin's server functions), or an `after()` callback  |   once the response (so the commit) is out |
 * | a render (the admin's Create New creates the document  | never call Next there: it throws "can't  |
 * |   while rendering the page)                            |   be called during render". POST below  |
 * | the job queue (its cron timer inherits the context of  | POST below: the inherited request is     |
 * |   whatever request first started Payload), CLI, seed,  |   long finished, tags put on it would    |
 * |   the importer, tests' Local API                       |   never be applied                       |
 *
 * "POST below" is `POST /next/revalidate` on this server (signed with a token derived from
 * PAYLOAD_SECRET), sent once the write's transaction has committed, so a visitor request in
 * between cannot re-cache the old rows, and once more shortly after (REPEAT_EXPIRY_AFTER_MS).
 * The route handler then expires the tags itself.
 *
 * Revalidation never fails a write: the content is stored either way, and a failure to
 * expire is logged as a warning (the page then updates when its cache entry ages out or the
 * next change expires it).
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
  | ({
      revalidated: false
      reason: 'not-site-content' | 'never-public' | 'outside-next-request' | 'not-allowed-here'
    } & RevalidationPlan)

/**
 * Immediate expiry instead of Next 16's default stale-while-revalidate ('max'): after an
 * unpublish the very next visitor must not get the old page (a withdrawn medical claim).
 */
const EXPIRE_NOW = { expire: 0 } as const

/** Versioned documents count when published; topics, authors and media have no status and always count. */
const isPublic = (doc: ChangedDoc | null | undefined): boolean =>
  Boolean(doc) &&
  !isEmpty(doc!) &&
  (doc!._status === undefined || doc!._status === null || doc!._status === 'published')

/** A create's `previousDoc` is `{}`: nothing existed before, so nothing was public. */
const isEmpty = (doc: object): boolean => Object.values(doc).every((value) => value === undefined)

/**
 * What a change expires, without touching Next: pure, so it can be checked anywhere.
 * A save that neither was nor is published (an autosave of a draft) changes nothing public.
 */
export function planRevalidation(
  change: SiteChange,
): RevalidationPlan & { skip?: 'not-site-content' | 'never-public' } {
  const { collection, doc, previousDoc } = change
  if (!isSiteCollection(collection)) return { tags: [], paths: [], skip: 'not-site-content' }
  if (!isPublic(doc) && !isPublic(previousDoc)) return { tags: [], paths: [], skip: 'never-public' }

  const tags = new Set<string>([COLLECTION_TAGS[collection]])
  // The lists showing the collection (the tags already cover them; paths are for the page cache).
  const paths = new Set<string>(SITE_COLLECTIONS[collection].shownOn)
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

/** Where the current code runs, as far as Next's cache APIs are concerned. */
export type NextScope =
  /** A live route handler, server action or after() callback: revalidateTag works. */
  | 'handler'
  /** Inside Next, but where Next forbids revalidation (a render, a cached function). */
  | 'forbidden'
  /** No Next request at all (CLI, job runner marked as such, tests). */
  | 'outside'

/**
 * Read Next's request stores (the same ones `revalidateTag` checks) instead of calling it and
 * catching the error: Next's own rule, asked before, not after.
 */
export function nextScope(): NextScope {
  const work = workAsyncStorage.getStore()
  if (!work?.incrementalCache) return 'outside'
  const unit = workUnitAsyncStorage.getStore()
  if (!unit) return 'handler'
  if (unit.type !== 'request') return 'forbidden'
  return unit.phase === 'render' ? 'forbidden' : 'handler'
}

/** Expire a plan in this process. Only call in scope 'handler'. */
function applyHere(plan: RevalidationPlan, layout = false): void {
  // Any published change may move a URL (a new slug, a deleted target): the proxy re-reads its table.
  bumpRedirectsGeneration()
  for (const tag of plan.tags) revalidateTag(tag, EXPIRE_NOW)
  for (const path of plan.paths) revalidatePath(path)
  if (layout) revalidatePath('/', 'layout')
}

function apply(plan: RevalidationPlan, layout = false): RevalidationResult {
  const scope = nextScope()
  if (scope === 'outside') return { revalidated: false, reason: 'outside-next-request', ...plan }
  if (scope === 'forbidden') return { revalidated: false, reason: 'not-allowed-here', ...plan }
  applyHere(plan, layout)
  return { revalidated: true, ...plan }
}

/**
 * Expire what a content change affects, here and now: the old and new slug, the lists, the
 * sitemap and feed. For POST /next/revalidate and code that knows it is in a route handler;
 * hooks use `revalidateChange`, which also handles every other place.
 */
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
  return apply(
    { tags: [SITE_TAG, ...Object.values(CACHE_TAGS)].filter((t, i, all) => all.indexOf(t) === i), paths: [] },
    true,
  )
}

/**
 * The app instance that writers outside a Next request ask: GLASSWORKS_APP_URL (a worker on
 * another machine; with the shared Redis cache one instance expires the page for all), else
 * the app on this machine's PORT (or the `port` given).
 */
const appUrl = (port?: number): string =>
  port === undefined && process.env.GLASSWORKS_APP_URL
    ? process.env.GLASSWORKS_APP_URL.replace(/\/+$/, '')
    : `http://127.0.0.1:${port ?? serverPort()}`

type PostResult = 'done' | 'no-app' | 'failed'

async function post(body: SiteChange | { all: true }, port?: number): Promise<PostResult> {
  try {
    const response = await fetch(`${appUrl(port)}/next/revalidate`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${siteRevalidationToken(resolvePayloadSecret())}`,
        'content-type': 'application/json',
      },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(5_000),
    })
    return response.ok ? 'done' : 'failed'
  } catch (error) {
    // No app listening (a CLI run while it is down, tests' Local API): nothing is cached.
    const code = (error as { cause?: { code?: string } }).cause?.code
    return code === 'ECONNREFUSED' ? 'no-app' : 'failed'
  }
}

/**
 * Ask the running app to expire its cache. True when it did, or when no app is listening
 * (then nothing is cached); false when the app answered with an error or did not answer.
 */
export async function postRevalidation(body: SiteChange | { all: true }, port?: number): Promise<boolean> {
  return (await post(body, port)) !== 'failed'
}

/** Set on `req.context` by writers whose Next context (if any) is not their own: the job queue. */
export const OUTSIDE_NEXT_REQUEST = 'outsideNextRequest' as const

/** What the hooks know about their write. Payload deletes `transactionID` once it has committed. */
export interface WriteRequest {
  transactionID?: unknown
  context?: Record<string, unknown>
  payload?: { logger: { warn: (entry: { err?: unknown; msg: string }) => void } }
}

const COMMIT_POLL_MS = 25
const COMMIT_WAIT_MS = 30_000

/** Run `task` once Payload has committed (or dropped) the write's transaction. */
function whenCommitted(req: WriteRequest, task: () => void): void {
  if (!req.transactionID) return task()
  const started = Date.now()
  const timer = setInterval(() => {
    if (req.transactionID && Date.now() - started < COMMIT_WAIT_MS) return
    clearInterval(timer)
    task()
  }, COMMIT_POLL_MS)
  timer.unref?.()
}

function warn(req: WriteRequest | undefined, err: unknown, msg: string): void {
  if (req?.payload) req.payload.logger.warn({ err, msg })
  else console.warn(msg, err)
}

/**
 * A page render that read the rows before the commit can store its page after the first expiry,
 * and that old page would then stay (these pages have no time limit): a taken-down medical page
 * kept online. So the app is asked once more, after renders in flight have finished.
 */
export const REPEAT_EXPIRY_AFTER_MS = 1_500

/** Through the app's signed route, once committed, and once more shortly after; failures are logged, never thrown. */
function postOnceCommitted(change: SiteChange, req: WriteRequest): void {
  const failed = () =>
    warn(
      req,
      undefined,
      `The site could not be told about a change to ${change.collection}; its pages refresh when their cache expires.`,
    )
  whenCommitted(req, () => {
    void replicasReady(req)
      .then(() => post(change))
      .then((result) => {
        if (result === 'failed') return failed()
        if (result !== 'done') return
        setTimeout(
          () => void post(change).then((again) => again === 'failed' && failed()),
          REPEAT_EXPIRY_AFTER_MS,
        ).unref?.()
      })
  })
}

/**
 * With read replicas (DATABASE_REPLICA_URLS) the site re-reads from them: expiring before they
 * replay the write would let the next visitor re-cache the old page. Waits a bounded time.
 */
async function replicasReady(req: WriteRequest): Promise<void> {
  if (!(await replicasCaughtUp()))
    warn(req, undefined, 'The read replicas did not catch up in time; expiring the site cache anyway.')
}

/**
 * Expire what a change affects, from anywhere (see the table at the top). Returns at once;
 * never throws.
 */
export async function revalidateChange(change: SiteChange, req: WriteRequest = {}): Promise<void> {
  const { skip, ...plan } = planRevalidation(change)
  if (skip) return
  const scope = req.context?.[OUTSIDE_NEXT_REQUEST] ? 'outside' : nextScope()
  if (scope !== 'handler') return postOnceCommitted(change, req)
  try {
    // At once, so the answer to this request already sees the change when there is no transaction...
    applyHere(plan)
    // ...and again after the commit: a visitor request that landed between the hook and the
    // commit re-rendered from the old rows and cached them. Payload answers only after committing.
    if (req.transactionID) {
      after(async () => {
        try {
          await replicasReady(req)
          applyHere(plan)
        } catch (error) {
          warn(req, error, `Site revalidation after the commit failed for ${change.collection}`)
        }
      })
    }
  } catch (error) {
    warn(req, error, `Site revalidation failed for ${change.collection}; asking the app again once committed`)
    postOnceCommitted(change, req)
  }
}

/**
 * The bearer token of POST /next/revalidate, derived from PAYLOAD_SECRET so that any process
 * holding the secret (the importer, a deploy script, the tests) can call it and nothing new
 * has to be configured.
 */
export const siteRevalidationToken = (secret: string): string => derivedToken(secret, 'glassworks:site-revalidate')
