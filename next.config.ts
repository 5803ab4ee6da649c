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
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
