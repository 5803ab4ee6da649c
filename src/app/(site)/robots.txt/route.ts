import { sitePaths } from '@/site/paths'
import { absoluteUrl } from '@/site/seo'

/*
 * robots.txt as a route handler: Next's `robots.ts` convention only works at the top of app/,
 * and this app's top level is split into the (payload) and (site) groups.
 */
export const dynamic = 'force-dynamic'

const DISALLOW = ['/admin', '/api', '/next']

function robotsTxt(): string {
  return [
    'User-agent: *',
    'Allow: /',
    ...DISALLOW.map((path) => `Disallow: ${path}`),
    '',
    `Sitemap: ${absoluteUrl(sitePaths.sitemap)}`,
    '',
  ].join('\n')
}

export function GET(): Response {
  return new Response(robotsTxt(), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } })
}
