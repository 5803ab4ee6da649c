import type { MetadataRoute } from 'next'

import { getSitemapEntries } from '@/site/data'
import { absoluteUrl } from '@/site/seo'

// Built on request from cached data (tag `sitemap`), never at build time.
export const dynamic = 'force-dynamic'

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const entries = await getSitemapEntries()
  return entries.map((entry) => ({
    url: absoluteUrl(entry.path),
    ...(entry.lastModified ? { lastModified: entry.lastModified } : {}),
  }))
}
