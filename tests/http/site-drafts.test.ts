import { describe, expect, it } from 'vitest'

import { revalidateForChange, siteRevalidationToken } from '../../src/site/revalidate'
import { usePayload } from '../helpers/payload'
import { paragraph, plain, richText, useSiteFixtures } from '../helpers/site-fixtures'
import { getPage, jsonLdOf, purgeSiteCache, revalidateSite } from '../helpers/site-pages'

const ctx = usePayload()
const f = useSiteFixtures(ctx)

/** Every public URL that could show one of the fixtures, including machine-readable ones. */
const publicPaths = () => [
  '/',
  '/blog',
  `/blog/topic/${f.topic.slug}`,
  `/blog/${f.article.slug}`,
  `/blog/${f.related.slug}`,
  '/treatments',
  `/treatments/${f.treatment.slug}`,
  '/faqs',
  `/faqs/${f.faq.slug}`,
  '/tips',
  `/tips/${f.tipAm.slug}`,
  `/tips/${f.tipBoth.slug}`,
  `/topics/${f.topic.slug}`,
  `/authors/${f.author.slug}`,
  '/sitemap.xml',
  '/feed.xml',
  '/robots.txt',
]

describe('drafts never reach visitors', () => {
  it('no page, list, related block, sitemap, feed or JSON-LD shows a draft article, treatment, FAQ or tip', async () => {
    const draftSlugs = Object.values(f.drafts).map((d) => d.slug)
    for (const path of publicPaths()) {
      const { status, html, doc } = await getPage(path)
      expect(status, path).toBe(200)
      expect(html, path).not.toContain(f.draftMarker)
      for (const slug of draftSlugs) expect(html, `${path} mentions ${slug}`).not.toContain(slug)
      if (doc.querySelector('script[type="application/ld+json"]')) {
        expect(JSON.stringify(jsonLdOf(doc)), path).not.toContain(f.draftMarker)
      }
    }
  })

  it('the published pages around the drafts do show their published neighbours (the check above is not vacuous)', async () => {
    const article = await getPage(`/blog/${f.article.slug}`)
    expect(article.html).toContain(`/treatments/${f.treatment.slug}`)
    expect(article.html).toContain(f.faq.question)
    const treatment = await getPage(`/treatments/${f.treatment.slug}`)
    expect(treatment.html).toContain(f.faq.question)
    expect(treatment.html).toContain(`/blog/${f.article.slug}`)
    const topic = await getPage(`/topics/${f.topic.slug}`)
    expect(topic.html).toContain(`/blog/${f.article.slug}`)
    expect(topic.html).toContain(`/tips/${f.tipAm.slug}`)
  })

  it('search finds nothing of a draft, even by the words only the drafts contain', async () => {
    for (const q of [f.draftMarker, `Treatment ${f.draftMarker}`, `Question ${f.draftMarker}`]) {
      const { status, doc } = await getPage(`/search?q=${encodeURIComponent(q)}`)
      expect(status, q).toBe(200)
      expect(doc.querySelectorAll('.search-hit').length, q).toBe(0)
    }
  })

  it('a draft’s own URL answers 404', async () => {
    for (const path of [
      `/blog/${f.drafts.article.slug}`,
      `/treatments/${f.drafts.treatment.slug}`,
      `/tips/${f.drafts.tip.slug}`,
      `/faqs/${f.drafts.faq.slug}`,
    ]) {
      const { status, html } = await getPage(path)
      expect(status, path).toBe(404)
      expect(html, path).not.toContain(f.draftMarker)
    }
    // Nor is the draft FAQ on the FAQ list.
    expect((await getPage('/faqs')).html).not.toContain(`faq-${f.drafts.faq.slug}`)
  })

  it('a draft saved over a published article leaves the published version on the site', async () => {
    await ctx.payload.update({
      collection: 'articles',
      id: f.related.id,
      draft: true,
      data: {
        title: `Related ${f.draftMarker}`,
        body: richText(paragraph(plain(`Draft body ${f.draftMarker}`))),
      } as never,
    })
    await purgeSiteCache()
    const { status, doc, html } = await getPage(`/blog/${f.related.slug}`)
    expect(status).toBe(200)
    expect(doc.querySelector('h1')?.textContent).toBe(f.related.title)
    expect(html).not.toContain(f.draftMarker)
    expect((await getPage('/feed.xml')).html).not.toContain(f.draftMarker)
  })
})

describe('revalidation', () => {
  it('serves cached pages until revalidateForChange expires the unpublished article and the lists', async () => {
    const path = `/blog/${f.plainArticle.slug}`
    expect((await getPage(path)).status).toBe(200)
    expect((await getPage('/sitemap.xml')).html).toContain(path)
    // Unpublish behind the server's back: no hook, no revalidation — the cache still answers.
    await ctx.payload.update({ collection: 'articles', id: f.plainArticle.id, data: { _status: 'draft' } as never })
    expect((await getPage(path)).status).toBe(200)

    const response = await revalidateSite({
      collection: 'articles',
      doc: { slug: f.plainArticle.slug, _status: 'draft' },
      previousDoc: { slug: f.plainArticle.slug, _status: 'published' },
    })
    expect(response.status).toBe(200)
    expect(await response.json()).toMatchObject({
      revalidated: true,
      tags: expect.arrayContaining([`article:${f.plainArticle.slug}`, 'articles', 'sitemap', 'feed']),
    })
    expect((await getPage(path)).status).toBe(404)
    expect((await getPage('/sitemap.xml')).html).not.toContain(path)
    expect((await getPage('/blog')).html).not.toContain(path)
  })

  it('expires the old and the new URL when a slug changes, and the old one redirects', async () => {
    const oldSlug = f.related.slug
    const newSlug = `${oldSlug}-renamed`
    expect((await getPage(`/blog/${oldSlug}`)).status).toBe(200)
    expect((await getPage(`/blog/${newSlug}`)).status).toBe(404)
    // The published version gets the new slug (the draft saved earlier is published with it).
    await ctx.payload.update({
      collection: 'articles',
      id: f.related.id,
      data: {
        slug: newSlug,
        title: f.related.title,
        body: richText(paragraph(plain('Related body'))),
        _status: 'published',
      } as never,
    })
    await revalidateSite({
      collection: 'articles',
      doc: { slug: newSlug, _status: 'published' },
      previousDoc: { slug: oldSlug, _status: 'published' },
    })
    // The old URL now leads to the new one (a redirect written when the new slug went live).
    const moved = await getPage(`/blog/${oldSlug}`)
    expect(moved.status).toBe(308)
    expect(moved.html).not.toContain('Related body')
    expect((await getPage(`/blog/${newSlug}`)).status).toBe(200)
  })

  it('skips changes that were never public, and is a no-op outside a Next request', () => {
    expect(
      revalidateForChange({
        collection: 'articles',
        doc: { slug: 'x', _status: 'draft' },
        previousDoc: { slug: 'x', _status: 'draft' },
      }),
    ).toMatchObject({
      revalidated: false,
      reason: 'never-public',
    })
    expect(revalidateForChange({ collection: 'users', doc: {} })).toMatchObject({
      revalidated: false,
      reason: 'not-site-content',
    })
    // This test process is a CLI as far as Next is concerned: no request, no cache store.
    expect(revalidateForChange({ collection: 'articles', doc: { slug: 'x', _status: 'published' } })).toMatchObject({
      revalidated: false,
      reason: 'outside-next-request',
      tags: expect.arrayContaining(['article:x', 'articles', 'sitemap', 'feed']),
    })
  })

  it('the revalidation endpoint refuses callers without the token, and bad input', async () => {
    expect((await revalidateSite({ all: true }, '')).status).toBe(401)
    expect((await revalidateSite({ all: true }, siteRevalidationToken('not-the-secret'))).status).toBe(401)
    expect((await revalidateSite({ collection: 42 })).status).toBe(400)
    expect((await revalidateSite({ collection: 'articles', doc: { slug: 5 } })).status).toBe(400)
  })
})
