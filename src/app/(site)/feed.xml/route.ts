import { getFeedItems } from '@/site/data'
import { rssFeed } from '@/site/feed'

// Built on request from cached data (tag `feed`), never at build time.
export const dynamic = 'force-dynamic'

export async function GET(): Promise<Response> {
  const items = await getFeedItems()
  return new Response(rssFeed(items), {
    headers: {
      'Content-Type': 'application/rss+xml; charset=utf-8',
      // Like the sitemap: caches ask every time, so an unpublished article leaves the feed at once.
      'Cache-Control': 'public, max-age=0, must-revalidate',
    },
  })
}
