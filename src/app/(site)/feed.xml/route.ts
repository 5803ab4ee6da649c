import { getFeedItems } from '@/site/data'
import { rssFeed } from '@/site/feed'

// Static: an empty feed at build (no database there), built on the first request, then cached
// until a change expires the `feed` tag. Its Cache-Control is the site's (src/site/cacheControl.ts).
export const dynamic = 'force-static'
export const revalidate = false

export async function GET(): Promise<Response> {
  const items = await getFeedItems()
  return new Response(rssFeed(items), {
    headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' },
  })
}
