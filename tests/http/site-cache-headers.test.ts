import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { CDN_FRESH_SECONDS, CDN_STALE_SECONDS, PUBLIC_CACHE_CONTROL } from '../../src/site/cacheControl'
import { previewLink } from '../../src/site/preview/link'
import { TEST_SECRET } from '../helpers/constants'
import { api, serverUrl } from '../helpers/http'
import { nginxMissing, startShippedNginx, type RunningNginx } from '../helpers/nginx'
import { usePayload } from '../helpers/payload'
import { useSiteFixtures } from '../helpers/site-fixtures'
import { createTeam, editorDraft, reviewAndPublish, workflow, type Team } from '../helpers/team'

const ctx = usePayload()
const f = useSiteFixtures(ctx)

/** The article's generated social card, as its page names it (the route's file name has a hash). */
let socialCard = ''
beforeAll(async () => {
  const html = await (await api(`/blog/${f.article.slug}`)).text()
  const card = /<meta property="og:image" content="([^"]+)"/.exec(html)?.[1]
  if (!card) throw new Error('the article page names no og:image')
  socialCard = new URL(card.replace(/&amp;/g, '&')).pathname
})

/** One URL of every public route type; `cached` when Next must answer it from its page cache. */
const routes = () => [
  { type: 'home', path: '/', cached: true },
  { type: 'blog list', path: '/blog', cached: true },
  { type: 'blog list by topic', path: `/blog/topic/${f.topic.slug}`, cached: true },
  { type: 'article', path: `/blog/${f.article.slug}`, cached: true },
  { type: 'treatment list', path: '/treatments', cached: true },
  // A numbered list page (page 1 exists whatever the number of treatments; it names /treatments as canonical).
  { type: 'treatment list page', path: '/treatments/page/1', cached: true },
  { type: 'treatment', path: `/treatments/${f.treatment.slug}`, cached: true },
  { type: 'FAQs', path: '/faqs', cached: true },
  { type: 'FAQ list page', path: '/faqs/page/1', cached: true },
  { type: 'FAQ', path: `/faqs/${f.faq.slug}`, cached: true },
  { type: 'tip list', path: '/tips', cached: true },
  { type: 'tip list page', path: '/tips/page/1', cached: true },
  { type: 'tip', path: `/tips/${f.tipAm.slug}`, cached: true },
  { type: 'topic', path: `/topics/${f.topic.slug}`, cached: true },
  { type: 'author', path: `/authors/${f.author.slug}`, cached: true },
  { type: 'feed', path: '/feed.xml', cached: true },
  { type: 'sitemap', path: '/sitemap.xml', cached: true },
  { type: 'social card', path: socialCard, cached: true },
  { type: 'search', path: `/search?q=${encodeURIComponent(f.marker)}`, cached: false },
  { type: 'robots', path: '/robots.txt', cached: false },
  { type: 'missing article', path: `/blog/no-such-article-${f.marker}`, cached: false },
  { type: 'list page past the end', path: '/treatments/page/99999', cached: false },
]

/** The s-maxage and stale-while-revalidate of a Cache-Control value, in seconds. */
function sharedLifetime(value: string): { sMaxAge?: number; swr?: number } {
  const seconds = (name: string) => {
    const match = new RegExp(`(?:^|,)\\s*${name}=(\\d+)`).exec(value)
    return match ? Number(match[1]) : undefined
  }
  return { sMaxAge: seconds('s-maxage'), swr: seconds('stale-while-revalidate') }
}

describe('Cache-Control of the public site', () => {
  it('gives every public route type a short shared lifetime, never a year', async () => {
    expect(CDN_FRESH_SECONDS + CDN_STALE_SECONDS).toBeLessThanOrEqual(120)
    const answers: Record<string, string | null> = {}
    for (const { type, path } of routes()) answers[type] = (await api(path)).headers.get('cache-control')
    expect(answers).toEqual(Object.fromEntries(routes().map(({ type }) => [type, PUBLIC_CACHE_CONTROL])))
    const { sMaxAge, swr } = sharedLifetime(PUBLIC_CACHE_CONTROL)
    expect(sMaxAge).toBe(CDN_FRESH_SECONDS)
    expect(swr).toBe(CDN_STALE_SECONDS)
    expect(PUBLIC_CACHE_CONTROL).toMatch(/(^|, )max-age=0(,|$)/)
  })

  it('asks no client hints on public pages (Chrome would send each first visit twice) but keeps them on the admin', async () => {
    const hints = (headers: Headers) => ({
      acceptCh: headers.get('accept-ch'),
      criticalCh: headers.get('critical-ch'),
      vary: (headers.get('vary') ?? '').toLowerCase().includes('sec-ch-prefers-color-scheme'),
    })
    for (const { type, path } of routes()) expect(hints((await api(path)).headers), type).toEqual({ acceptCh: null, criticalCh: null, vary: false })
    const admin = hints((await api('/admin/login')).headers)
    expect(admin).toMatchObject({ acceptCh: 'Sec-CH-Prefers-Color-Scheme', criticalCh: 'Sec-CH-Prefers-Color-Scheme' })
  })

  it('answers every page that does not depend on the visitor from the page cache', async () => {
    const misses: string[] = []
    for (const { type, path } of routes().filter((r) => r.cached)) {
      await api(path)
      const second = await api(path)
      expect(second.status, path).toBe(200)
      const cache = second.headers.get('x-nextjs-cache')
      if (cache !== 'HIT') misses.push(`${type} ${path}: ${cache}`)
    }
    expect(misses).toEqual([])
  })

  it('keeps a draft preview out of every shared cache', async () => {
    const team = await createTeam(ctx.payload)
    const link = previewLink({ collection: 'articles', slug: f.drafts.article.slug, origin: serverUrl(), payloadSecret: TEST_SECRET })!
    // A browser's navigation says it is same-origin; cookie sessions without it are not trusted (#11).
    const enter = await api(link.replace(serverUrl(), ''), {
      redirect: 'manual',
      headers: { cookie: `payload-token=${team.tokens.editor}`, 'sec-fetch-site': 'same-origin' },
    })
    const bypass = enter.headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .find((c) => c.startsWith('__prerender_bypass='))
    expect(bypass).toBeDefined()
    const preview = await api(`/blog/${f.drafts.article.slug}`, {
      headers: { cookie: `${bypass}; payload-token=${team.tokens.editor}`, 'sec-fetch-site': 'same-origin' },
    })
    expect(preview.status).toBe(200)
    expect(preview.headers.get('cache-control')).toMatch(/private/)
    expect(preview.headers.get('cache-control')).toMatch(/no-store/)
  })
})

describe.skipIf(nginxMissing())('through the shipped nginx (deploy/nginx/glassworks.conf)', () => {
  let nginx: RunningNginx
  let team: Team

  beforeAll(async () => {
    nginx = await startShippedNginx(serverUrl())
    team = await createTeam(ctx.payload)
  })
  afterAll(async () => {
    await nginx?.stop()
  })

  const viaNginx = (path: string) => fetch(`${nginx.url}${path}`, { redirect: 'manual' })

  it('passes the app’s Cache-Control on to caches further down, and caches the page itself', async () => {
    const path = `/blog/${f.article.slug}`
    await viaNginx(path)
    const second = await viaNginx(path)
    expect(second.status).toBe(200)
    expect(second.headers.get('cache-control')).toBe(PUBLIC_CACHE_CONTROL)
    expect(second.headers.get('x-cache')).toMatch(/HIT|UPDATING|STALE/)
  })

  it('shows an unpublish within 2 s', async () => {
    const article = await editorDraft(ctx.payload, team)
    await reviewAndPublish(team, article.id)
    const path = `/blog/${article.slug}`
    // Fill nginx's cache and keep it warm, as readers would.
    expect((await viaNginx(path)).status).toBe(200)
    expect((await viaNginx(path)).headers.get('x-cache')).toMatch(/HIT|UPDATING|STALE/)

    await workflow(team, 'reviewer', article.id, 'unpublish')
    const started = Date.now()
    let status = 200
    const seen: string[] = []
    while (status === 200 && Date.now() - started < 5_000) {
      await new Promise((r) => setTimeout(r, 50))
      const response = await viaNginx(path)
      status = response.status
      seen.push(`${Date.now() - started} ms ${status} ${response.headers.get('x-cache')}`)
    }
    const elapsed = Date.now() - started
    expect(status).toBe(404)
    expect(elapsed, seen.join('\n')).toBeLessThan(2_000)
  })
})
