import type { MetadataRoute } from 'next'

import { getSitemapEntries } from '@/site/data'
import { absoluteUrl } from '@/site/seo'

// Static: empty at build (no database there), built on the first request, then cached until a
// change expires the `sitemap` tag.
export const revalidate = false

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const entries = await getSitemapEntries()
  return entries.map((entry) => ({
    url: absoluteUrl(entry.path),
    ...(entry.lastModified ? { lastModified: entry.lastModified } : {}),
  }))
}
