import { beforeAll, describe, expect, it } from 'vitest'

import type { Article } from '../../payload-types'
import { previewLink, previewSecret } from '../../src/site/preview/link'
import { richText } from '../helpers/content'
import { TEST_SECRET } from '../helpers/constants'
import { api, serverUrl } from '../helpers/http'
import { unique, usePayload } from '../helpers/payload'
import { getPage } from '../helpers/site-pages'
import { createTeam, editorDraft, reviewAndPublish, workflow, type Team } from '../helpers/team'

const ctx = usePayload()
let team: Team
let draft: Article
let published: Article
let marker: string

beforeAll(async () => {
  team = await createTeam(ctx.payload)
  marker = unique('PREVIEWONLY').replace(/[^a-z0-9]/gi, '')
  draft = await editorDraft(ctx.payload, team, {
    title: `Preview ${marker}`,
    body: richText(`Draft sentence ${marker}.`),
  })
  published = await editorDraft(ctx.payload, team)
  await reviewAndPublish(team, published.id)
})

const link = (slug: string, collection = 'articles', secret = TEST_SECRET) =>
  previewLink({ collection, slug, origin: serverUrl(), payloadSecret: secret })!.replace(serverUrl(), '')

const cookieOf = (response: Response, name: string): string | undefined =>
  response.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .find((c) => c.startsWith(`${name}=`))

/**
 * What a browser sends with a same-site navigation. With Payload's csrf list set, a session
 * cookie without Origin or Sec-Fetch-Site (a non-browser client) does not count.
 */
const BROWSER = { 'sec-fetch-site': 'same-origin' }

/** Follow the preview link as a signed-in user; returns the draft-mode cookie. */
async function enterPreview(token: string, path: string): Promise<{ response: Response; bypass?: string }> {
  const response = await api(path, { redirect: 'manual', headers: { cookie: `payload-token=${token}`, ...BROWSER } })
  return { response, bypass: cookieOf(response, '__prerender_bypass') }
}

const pageWith = (path: string, cookie: string) => api(path, { redirect: 'manual', headers: { cookie, ...BROWSER } })

describe('draft preview route', () => {
  it('refuses an anonymous visitor even with the right secret, and turns nothing on', async () => {
    const response = await api(link(draft.slug), { redirect: 'manual' })
    expect(response.status).toBe(401)
    expect(await response.text()).toMatch(/sign in to the admin/i)
    expect(cookieOf(response, '__prerender_bypass')).toBeUndefined()
  })

  it('refuses a wrong or missing secret before looking at the user', async () => {
    for (const path of [link(draft.slug, 'articles', 'another-secret'), `/next/preview?collection=articles&slug=${draft.slug}`]) {
      const { response, bypass } = await enterPreview(team.tokens.editor, path)
      expect(response.status, path).toBe(401)
      expect(await response.text()).toMatch(/not valid/)
      expect(bypass).toBeUndefined()
    }
  })

  it('answers 400 for a collection without pages or a missing slug', async () => {
    const secret = previewSecret(TEST_SECRET)
    for (const query of [`collection=faqs&slug=x&secret=${secret}`, `collection=articles&secret=${secret}`]) {
      const { response } = await enterPreview(team.tokens.editor, `/next/preview?${query}`)
      expect(response.status, query).toBe(400)
    }
  })

  it('shows a signed-in editor the draft at its URL, marked as a preview, never cached', async () => {
    const { response, bypass } = await enterPreview(team.tokens.editor, link(draft.slug))
    expect(response.status).toBe(307)
    expect(response.headers.get('location')).toBe(`/blog/${draft.slug}`)
    expect(bypass).toBeDefined()

    const page = await pageWith(`/blog/${draft.slug}`, `${bypass}; payload-token=${team.tokens.editor}`)
    expect(page.status).toBe(200)
    expect(page.headers.get('cache-control')).toMatch(/no-store|private/)
    const html = await page.text()
    expect(html).toContain(`Draft sentence ${marker}.`)
    expect(html).toContain('Draft preview.')
    // The byline says what it is: a draft, not "Published <date>".
    expect(html).toMatch(/Draft preview(<!-- -->)? · (<!-- -->)?(dated|not published)/)
    expect(html).not.toMatch(/>Published(<!-- -->)? </)

    // The visitor at the same moment: 404, nothing of the draft.
    const visitor = await getPage(`/blog/${draft.slug}`)
    expect(visitor.status).toBe(404)
    expect(visitor.html).not.toContain(marker)
  })

  it('published pages carry none of the preview code: the same scripts as a page without it', async () => {
    const scripts = (html: string) => [...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1]).sort()
    const article = await getPage(`/blog/${published.slug}`)
    expect(article.status).toBe(200)
    expect(article.html).not.toContain('payload-live-preview')
    expect(scripts(article.html)).toEqual(scripts((await getPage('/')).html))
  })

  it('ignores a copied draft-mode cookie without a session (the cookie alone is not a key)', async () => {
    const { bypass } = await enterPreview(team.tokens.editor, link(draft.slug))
    const page = await pageWith(`/blog/${draft.slug}`, bypass!)
    expect(page.status).toBe(404)
    expect(await page.text()).not.toContain(marker)
  })

  it('previews the newer draft of a published article while visitors keep the published text', async () => {
    const article = await editorDraft(ctx.payload, team, { body: richText('Published sentence.') })
    await reviewAndPublish(team, article.id)
    await workflow(team, 'editor', article.id, 'reopen')
    const edit = await api(`/api/articles/${article.id}?draft=true`, {
      method: 'PATCH',
      token: team.tokens.editor,
      body: JSON.stringify({ body: richText(`Reworked sentence ${marker}.`) }),
    })
    expect(edit.status).toBe(200)

    const { bypass } = await enterPreview(team.tokens.reviewer, link(article.slug))
    const preview = await (await pageWith(`/blog/${article.slug}`, `${bypass}; payload-token=${team.tokens.reviewer}`)).text()
    expect(preview).toContain(`Reworked sentence ${marker}.`)
    const visitor = await getPage(`/blog/${article.slug}`)
    expect(visitor.status).toBe(200)
    expect(visitor.html).toContain('Published sentence.')
    expect(visitor.html).not.toContain(marker)
  })

  it('previews treatments and tips too', async () => {
    for (const collection of ['treatments', 'beauty-tips'] as const) {
      const slug = unique(`preview-${collection}`)
      const doc = await ctx.payload.create({
        collection,
        draft: true,
        data: (collection === 'treatments'
          ? { name: `Treatment ${marker}`, slug, summary: `Summary ${marker}` }
          : { title: `Tip ${marker}`, slug, summary: `Summary ${marker}`, routine: { time: 'am', step: 1 } }) as never,
      })
      const path = collection === 'treatments' ? `/treatments/${doc.slug}` : `/tips/${doc.slug}`
      const { response, bypass } = await enterPreview(team.tokens.reviewer, link(doc.slug as string, collection))
      expect(response.headers.get('location')).toBe(path)
      const page = await pageWith(path, `${bypass}; payload-token=${team.tokens.reviewer}`)
      expect(page.status, path).toBe(200)
      expect(await page.text()).toContain(`Summary ${marker}`)
      expect((await getPage(path)).status, path).toBe(404)
    }
  })

  it('leaving preview clears draft mode and returns only to a path on this site', async () => {
    const exit = await api(`/next/preview/exit?path=${encodeURIComponent(`/blog/${draft.slug}`)}`, { redirect: 'manual' })
    expect(exit.status).toBe(307)
    expect(exit.headers.get('location')).toBe(`/blog/${draft.slug}`)
    expect(exit.headers.getSetCookie().join('\n')).toMatch(/__prerender_bypass=;.*Expires=Thu, 01 Jan 1970/i)
    // Anything that is not a path on this site is refused (tests/security/redirect-targets.test.ts).
    for (const evil of ['//evil.example', 'https://evil.example/', '/\\evil.example']) {
      const response = await api(`/next/preview/exit?path=${encodeURIComponent(evil)}`, { redirect: 'manual' })
      expect(response.status, evil).toBe(400)
      expect(response.headers.get('location'), evil).toBeNull()
    }
  })

  it('the admin’s Preview button and Live Preview point at this route', async () => {
    const articles = ctx.payload.collections.articles.config.admin
    const url = await (articles.livePreview!.url as (args: { data: unknown }) => Promise<string>)({ data: { slug: draft.slug } })
    expect(new URL(url).pathname).toBe('/next/preview')
    expect(new URL(url).searchParams.get('slug')).toBe(draft.slug)
    expect(await (articles.preview as (doc: unknown, o: unknown) => Promise<string>)({ slug: draft.slug }, {})).toBe(url)
    expect(ctx.payload.collections.faqs.config.admin.livePreview).toBeUndefined()
    // On the origin the admin was opened on, not SERVER_URL.
    const req = { headers: new Headers({ host: '10.0.0.7:8080' }) }
    const fromLan = await (articles.livePreview!.url as (args: { data: unknown; req: unknown }) => Promise<string>)({
      data: { slug: draft.slug },
      req,
    })
    expect(new URL(fromLan).origin).toBe('http://10.0.0.7:8080')
  })
})
