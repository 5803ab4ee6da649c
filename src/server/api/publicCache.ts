import { unstable_cache } from 'next/cache'
import { headersWithCors, type SanitizedConfig } from 'payload'

import { COLLECTION_TAGS, SITE_TAG } from '../../site/cacheTags'
import { PUBLIC_CACHE_CONTROL } from '../../site/cacheControl'
import { redirectsGeneration } from '../../site/redirectsGeneration'
import { etagOf, pack, unpack, type StoredAnswer } from './cacheEntry'
import { asksForDrafts, hasCredentials, isContentRead } from './publicCacheRules'

type Handler = (request: Request, context: { params: Promise<{ slug: string[] }> }) => Promise<Response>

/**
 * A shared cache of the REST API's anonymous reads of published content: what an anonymous GET
 * of `/api/<collection>` or `/api/<collection>/<id>` answered, kept under the full URL in
 * Next's data cache (so with REDIS_URL in the Redis every instance shares, like the site's
 * pages) and expired by the tags the site's revalidation already expires on every publish,
 * unpublish, slug change or delete (src/site/revalidate.ts).
 *
 * Safe by construction rather than by rules about content:
 * - only requests that carry no credentials at all (no Authorization header, no Payload
 *   session cookie) are looked up or stored, so an answer in the cache is one that access
 *   control computed for an anonymous visitor — published documents only; staff and API-key
 *   requests always go to Payload;
 * - `draft` in the query string bypasses the cache, whoever asks;
 * - only the collections the site shows (their changes are revalidated); every entry carries
 *   every collection's tag, because a depth ≥ 1 answer embeds related documents of any of them:
 *   coarse, like the site's own cache (content changes are rare);
 * - an answer read while a change was being expired is not stored: revalidation bumps a
 *   counter (the one the redirect table follows, shared between instances over Redis), and a
 *   fill that saw it move stores nothing (its answer has already left, read before the
 *   commit, as any request in flight during a publish is), so rows read just before a commit
 *   cannot outlive it in the cache.
 *
 * Answers get an ETag (a 304 for a matching If-None-Match) and the site's public Cache-Control,
 * so a CDN may keep them for the same bounded time as pages; `Vary` keeps it from handing an
 * anonymous copy to a request with credentials.
 */

/** Every entry's tags: the site tag and every collection's list tag. */
const API_TAGS = [SITE_TAG, ...new Set(Object.values(COLLECTION_TAGS))]

/** Large answers would crowd the cache out; a list of 100 articles with bodies is ~2 MB. */
const MAX_CACHED_BYTES = 4 * 1024 * 1024

/**
 * Content changes expire entries by tag at once; this lifetime only bounds what the cache holds.
 * Every distinct URL is an entry, and anyone can invent URLs: with REDIS_URL an entry without a
 * lifetime would stay for Redis's default of two weeks, so a crawler or an attacker varying a
 * query parameter could fill the shared Redis. Past this age an entry is refreshed on its next
 * read (served once more meanwhile, which is safe: without a tag expiry nothing changed).
 */
const API_ENTRY_SECONDS = 300

export const CACHE_STATUS_HEADER = 'X-Glassworks-Cache'

/** An answer as it leaves: Payload's bytes and their ETag. */
interface Entry {
  bytes: Uint8Array
  etag: string
}

/** Thrown from inside the cached function so that Next stores nothing. */
class NotStored extends Error {
  constructor(readonly answer: Response | Entry) {
    super('answer not stored')
  }
}

/** Payload's CORS headers for this request (they depend on its Origin, so they are never cached). */
const corsHeaders = (request: Request, config: SanitizedConfig, headers: Headers) =>
  headersWithCors({ headers, req: { headers: request.headers, payload: { config } } as never })

function answer(request: Request, config: SanitizedConfig, entry: Entry, status: 'hit' | 'miss' | 'uncached'): Response {
  const headers = corsHeaders(request, config, new Headers())
  headers.set('Cache-Control', PUBLIC_CACHE_CONTROL)
  headers.set('Vary', 'Authorization, Cookie')
  headers.set('ETag', entry.etag)
  headers.set(CACHE_STATUS_HEADER, status)
  if (matches(request.headers.get('if-none-match'), entry.etag)) return new Response(null, { status: 304, headers })
  headers.set('Content-Type', 'application/json')
  // Both sources (a Response's arrayBuffer, zlib) give views of plain ArrayBuffers.
  return new Response(entry.bytes as Uint8Array<ArrayBuffer>, { status: 200, headers })
}

const matches = (ifNoneMatch: string | null, etag: string) =>
  Boolean(ifNoneMatch) && ifNoneMatch!.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag || tag.trim() === '*')

/** Payload's answer to a content read the cache does not serve (credentials, drafts): no shared cache may keep it. */
function privateAnswer(response: Response): Response {
  const headers = new Headers(response.headers)
  headers.set('Cache-Control', 'private, no-store')
  headers.set(CACHE_STATUS_HEADER, 'bypass')
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers })
}

/** Answers that have left but are still being compressed and stored, by cache key. */
const filling = new Map<string, Promise<void>>()

const cacheKeyOf = (url: string) => {
  const { pathname, search } = new URL(url)
  return pathname + search
}

export const withPublicApiCache =
  (handler: Handler, config: Promise<SanitizedConfig>): Handler =>
  async (request, context) => {
    const resolved = await config
    if (!isContentRead(request)) return handler(request, context)
    if (hasCredentials(request, resolved.cookiePrefix) || asksForDrafts(request)) {
      return privateAnswer(await handler(request, context))
    }
    // Next refuses reads of its request inside unstable_cache: Payload gets a plain request
    // with the URL alone (no headers: no credentials, nothing that could vary the answer).
    const url = request.url
    const params = await context.params
    const key = cacheKeyOf(url)
    // A repeat of a URL whose answer is still being compressed and stored waits for that (a
    // millisecond or two) and then finds it, rather than reading Payload again.
    await filling.get(key)
    // A first-time URL's answer leaves as soon as Payload's bytes are in hand; compressing and
    // storing them continues after it (on a 280 KB list, gzip and base64 held the answer back
    // ~2.4 ms; bench/README.md, thirteenth pass).
    let answerReady!: (entry: Entry) => void
    const fresh = new Promise<Entry>((resolve) => (answerReady = resolve))
    const lookup = unstable_cache(
      async (): Promise<StoredAnswer> => {
        const generation = redirectsGeneration()
        const response = await handler(new Request(url, { method: 'GET' }), { params: Promise.resolve(params) })
        if (response.status !== 200) throw new NotStored(response)
        const bytes = new Uint8Array(await response.arrayBuffer())
        const entry = { bytes, etag: etagOf(bytes) }
        if (bytes.byteLength > MAX_CACHED_BYTES) throw new NotStored(entry)
        answerReady(entry)
        const packed = await pack(bytes, entry.etag)
        // Checked last, after every await: nothing read before a revalidation may be stored.
        if (generation !== redirectsGeneration()) throw new NotStored(entry)
        return packed
      },
      // Path and query only: `request.url` carries the Host the request came in with, so
      // instances reached under different names (ports, a proxy's upstream addresses) never
      // found each other's entries, and a client varying Host could add entries at will.
      // Payload's answers do not depend on it (its file URLs are relative or `serverURL`).
      // v2: the stored value became StoredAnswer (compressed).
      ['glassworks-api-v2', key],
      { tags: API_TAGS, revalidate: API_ENTRY_SECONDS },
    )()
    try {
      // Whichever comes first: a stored entry (a hit, or a stale one Next refreshes in the
      // background), or this request's own read of Payload (a miss).
      const first = await Promise.race([lookup.then((stored) => ({ stored })), fresh.then((entry) => ({ entry }))])
      if ('entry' in first) {
        const stored = lookup.then(
          () => undefined,
          (error: unknown) => {
            if (!(error instanceof NotStored)) console.warn('REST cache: an answer was not stored:', error)
          },
        )
        filling.set(key, stored)
        void stored.finally(() => filling.get(key) === stored && filling.delete(key))
        return answer(request, resolved, first.entry, 'miss')
      }
      return answer(request, resolved, { bytes: unpack(first.stored), etag: first.stored.etag }, 'hit')
    } catch (error) {
      if (!(error instanceof NotStored)) throw error
      if (!(error.answer instanceof Response)) return answer(request, resolved, error.answer, 'uncached')
      // An error or a not-found, as Payload answered it, with the CORS headers of the real request.
      const headers = corsHeaders(request, resolved, new Headers(error.answer.headers))
      return new Response(error.answer.body, { status: error.answer.status, statusText: error.answer.statusText, headers })
    }
  }
