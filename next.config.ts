import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'
import path from 'node:path'

import { cacheControlHeaders } from './src/site/cacheControl'

import { securityHeaders } from './src/server/securityHeaders'

const nextConfig: NextConfig = {
  // The public pages are ours to measure: no framework header, compressed answers.
  poweredByHeader: false,
  // Behind a proxy that compresses (the shipped nginx, a CDN), gzip in Node is wasted work:
  // about a tenth of a cached page's cost (bench/README.md). Read when the server starts.
  compress: process.env.GLASSWORKS_COMPRESS !== 'false',
  images: { unoptimized: true },
  // One copy of Payload's server packages for every route. Bundled, each Next layer (admin
  // pages, route handlers, site pages) gets its own copy, while getPayload() hands out one
  // instance to all of them: an error thrown by one copy's classes then fails the other copy's
  // `instanceof` checks, and REST answers lost their field messages and status texts ("The
  // following field is invalid", "An unknown error occurred") whenever the server's first
  // request was a page rather than an API call. Payload externalises these in development.
  serverExternalPackages: ['payload', '@payloadcms/db-postgres', '@payloadcms/drizzle', '@payloadcms/graphql'],
  // Types are checked once for the whole repo by `npm test` (tests/unit/typecheck.test.ts),
  // not again inside every build.
  typescript: { ignoreBuildErrors: true },
  // The app writes its build to .next; a separate dir lets tests build without touching it.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  // Two root layouts (site, admin): unmatched URLs need app/global-not-found.tsx to get a
  // real 404 page rather than an empty error shell.
  experimental: { globalNotFound: true },
  // Public pages: a short CDN lifetime instead of Next's year (src/site/cacheControl.ts); CSP,
  // framing, nosniff and referrer rules on the site, the admin and the API (securityHeaders).
  async headers() {
    return [...cacheControlHeaders(), ...securityHeaders()]
  },
  // With REDIS_URL every instance keeps pages and data in one shared Redis cache, so a
  // revalidation through any of them expires the page for all. Read when the server starts.
  cacheHandler: process.env.REDIS_URL ? path.join(process.cwd(), 'src/server/cache/redis-cache-handler.mjs') : undefined,
}

const withAdmin = withPayload(nextConfig, { devBundleServerPackages: false })

/**
 * Payload adds `Accept-CH`, `Critical-CH` and `Vary: Sec-CH-Prefers-Color-Scheme` to every path
 * so that its admin renders in the visitor's colour scheme from the first byte. On the public
 * site they cost: `Critical-CH` makes Chrome send every first navigation twice (once without the
 * hint, again with it), and the `Vary` splits each page into one copy per colour scheme in a CDN
 * or the nginx cache, for pages that style themselves with CSS media queries. So they stay on
 * the admin only.
 */
const payloadHeaders = withAdmin.headers
const isPayloadClientHints = (rule: { source: string; headers: { key: string }[] }) =>
  rule.source === '/:path*' && rule.headers.some((header) => header.key.toLowerCase() === 'critical-ch')

export default {
  ...withAdmin,
  async headers() {
    const rules = (await payloadHeaders?.()) ?? []
    return rules.map((rule) => (isPayloadClientHints(rule) ? { ...rule, source: '/admin/:path*' } : rule))
  },
} satisfies NextConfig
