/**
 * Cache-Control of the public site, for next.config's `headers()` (Next keeps a header set
 * there instead of its own; draft mode and errors still get Next's `private, no-store`).
 *
 * Next's own header for a page cached until revalidated is `s-maxage=31536000`: a CDN that
 * honours it would keep an unpublished page (a withdrawn medical claim) for a year, because
 * on-demand revalidation only expires the app's cache. Instead every public answer is:
 *
 * - `max-age=0`: browsers ask again each time (a cheap 304 with the ETag);
 * - `s-maxage=CDN_FRESH_SECONDS`: a shared cache (CDN) serves its copy this long;
 * - `stale-while-revalidate=CDN_STALE_SECONDS`: then at most this much longer, and only while
 *   it fetches the new version in the background.
 *
 * So behind a CDN a publish or unpublish shows within CDN_FRESH_SECONDS + CDN_STALE_SECONDS
 * (60 s) at worst; behind the shipped nginx alone within ~2 s (its own 1 s micro-cache,
 * deploy/nginx/glassworks.conf). Faster than that at a CDN needs a purge by URL on publish.
 *
 * Pure (no Next import): next.config.ts and the tests read it.
 */

export const CDN_FRESH_SECONDS = 30
export const CDN_STALE_SECONDS = 30

export const PUBLIC_CACHE_CONTROL = `public, max-age=0, s-maxage=${CDN_FRESH_SECONDS}, stale-while-revalidate=${CDN_STALE_SECONDS}`

/**
 * The public routes, as next.config `source` patterns. Everything the site serves to
 * visitors: pages (and their 404s), search (results hold published content only), feed,
 * sitemap, robots, social cards. Not: /admin, /api, /next (preview, revalidation), /_next.
 */
export const PUBLIC_ROUTE_SOURCES = [
  '/',
  '/blog',
  '/blog/:path+',
  '/treatments',
  '/treatments/:path+',
  '/tips',
  '/tips/:path+',
  '/faqs',
  '/faqs/:path+',
  '/topics/:path+',
  '/authors/:path+',
  '/search',
  '/feed.xml',
  '/sitemap.xml',
  '/robots.txt',
] as const

export function cacheControlHeaders(): { source: string; headers: { key: string; value: string }[] }[] {
  return PUBLIC_ROUTE_SOURCES.map((source) => ({ source, headers: [{ key: 'Cache-Control', value: PUBLIC_CACHE_CONTROL }] }))
}
