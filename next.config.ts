import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'

const nextConfig: NextConfig = {
  // The public pages are ours to measure: no framework header, compressed answers.
  poweredByHeader: false,
  images: { unoptimized: true },
  // Types are checked once for the whole repo by `npm test` (tests/unit/typecheck.test.ts),
  // not again inside every build.
  typescript: { ignoreBuildErrors: true },
  // The app writes its build to .next; a separate dir lets tests build without touching it.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  // Two root layouts (site, admin): unmatched URLs need app/global-not-found.tsx to get a
  // real 404 page rather than an empty error shell.
  experimental: { globalNotFound: true },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
