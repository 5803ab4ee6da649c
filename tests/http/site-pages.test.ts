import type { Where } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { api, serverUrl } from '../helpers/http'
import { usePayload } from '../helpers/payload'
import { TRICKY_TITLE_SUFFIX, useSiteFixtures } from '../helpers/site-fixtures'
import {
  canonical,
  child,
  children,
  getPage,
  jsonLdOf,
  jsonLdOfType,
  meta,
  parseXml,
  purgeSiteCache,
  textOf,
  type SiteDocument,
} from '../helpers/site-pages'

const ctx = usePayload()
const f = useSiteFixtures(ctx)

const url = (path: string) => `${serverUrl()}${path}`

/** What every page of the site has: one h1, the language, landmarks, a working skip link. */
function expectSiteShell(doc: SiteDocument) {
  expect(doc.documentElement.getAttribute('lang')).toBe('en')
  expect(doc.querySelectorAll('h1')).toHaveLength(1)
  expect(doc.querySelector('header')).not.toBeNull()
  expect(doc.querySelector('footer')).not.toBeNull()
  expect(doc.querySelector('main#main')).not.toBeNull()
  expect(doc.querySelector('a.skip-link')?.getAttribute('href')).toBe('#main')
}

function expectSocialMeta(doc: SiteDocument, path: string, title: string) {
  expect(canonical(doc)).toBe(url(path))
  expect(meta(doc, 'og:url')).toBe(url(path))
  expect(meta(doc, 'og:title')).toContain(title)
  expect(meta(doc, 'description')).toBeTruthy()
  expect(meta(doc, 'twitter:card')).toBeTruthy()
  expect(doc.querySelector('title')?.textContent).toContain('Glassworks')
}

/** A BreadcrumbList whose last item is this page. */
function expectBreadcrumbs(doc: SiteDocument, path: string) {
  const crumbs = jsonLdOfType<{ itemListElement: { position: number; item: string }[] }>(doc, 'BreadcrumbList')
  expect(crumbs).toBeDefined()
  expect(crumbs!.itemListElement[0].item).toBe(url('/'))
  expect(crumbs!.itemListElement.at(-1)!.item).toBe(url(path))
  expect(crumbs!.itemListElement.map((i) => i.position)).toEqual(crumbs!.itemListElement.map((_, i) => i + 1))
}

/** What a visitor's query returns, in the site's order: the pages must show exactly this. */
async function visibleArticleSlugs(limit: number, page = 1, where?: Where): Promise<string[]> {
  const result = await ctx.payload.find({
    collection: 'articles',
    overrideAccess: false,
    where,
    sort: ['-publishedAt', '-createdAt'],
    depth: 0,
    limit,
    page,
  })
  return result.docs.map((d) => d.slug)
}

const cardLinks = (doc: SiteDocument, scope = '') =>
  [...doc.querySelectorAll(`${scope} a.card__link`)].map((a) => a.getAttribute('href') ?? '').filter((h) => h.startsWith('/blog/'))

describe('the home page', () => {
  it('shows the newest articles, treatments and tips with its metadata', async () => {
    const { status, doc } = await getPage('/')
    expect(status).toBe(200)
    expectSiteShell(doc)
    expect(cardLinks(doc)).toEqual((await visibleArticleSlugs(7)).map((slug) => `/blog/${slug}`))
    const treatments = await ctx.payload.find({ collection: 'treatments', overrideAccess: false, sort: 'name', limit: 6, depth: 0 })
    for (const t of treatments.docs) expect(doc.querySelector(`a[href="/treatments/${t.slug}"]`), t.slug).not.toBeNull()
    expect(doc.querySelectorAll('ul.tips > li').length).toBeGreaterThan(0)
    // Next writes the root URL without its trailing slash; both name the same URL.
    expect(new URL(canonical(doc) ?? '').href).toBe(url('/'))
    expect(jsonLdOfType(doc, 'WebSite')).toMatchObject({ url: url('/') })
    expect(doc.querySelector('link[rel="alternate"][type="application/rss+xml"]')?.getAttribute('href')).toBe(url('/feed.xml'))
  })
})

describe('the blog list', () => {
  it('lists published articles newest first, with canonical and breadcrumbs', async () => {
    const { status, doc } = await getPage('/blog')
    expect(status).toBe(200)
    expectSiteShell(doc)
    expectSocialMeta(doc, '/blog', 'Blog')
    expectBreadcrumbs(doc, '/blog')
    expect(cardLinks(doc, '.grid')).toEqual((await visibleArticleSlugs(12)).map((slug) => `/blog/${slug}`))
  })

  it('pages through every published article', async () => {
    const seen: string[] = []
    for (let page = 1; page <= 50; page++) {
      const { status, doc } = await getPage(page === 1 ? '/blog' : `/blog/page/${page}`)
      expect(status).toBe(200)
      if (page > 1) expect(canonical(doc)).toBe(url(`/blog/page/${page}`))
      seen.push(...cardLinks(doc, '.grid'))
      if (!doc.querySelector('.pagination a[rel="next"]')) break
    }
    expect(seen).toEqual(expect.arrayContaining([f.article, f.related, f.plainArticle].map((a) => `/blog/${a.slug}`)))
    expect(new Set(seen).size).toBe(seen.length)
  })

  it('filters by topic (/blog/topic/…), newest first, and marks the filter as current', async () => {
    const { status, doc } = await getPage(`/blog/topic/${f.topic.slug}`)
    expect(status).toBe(200)
    expect(cardLinks(doc, '.grid')).toEqual([`/blog/${f.article.slug}`, `/blog/${f.related.slug}`])
    expect(doc.querySelector('h1')?.textContent).toContain(f.topic.name)
    expect(doc.querySelector(`.filters a[aria-current="page"]`)?.textContent).toBe(f.topic.name)
    expect(canonical(doc)).toBe(url(`/blog/topic/${f.topic.slug}`))
  })

  it('moves the old query URLs permanently to the list paths, keeping other parameters', async () => {
    const moved = async (path: string) => {
      const response = await api(path, { redirect: 'manual' })
      expect(response.status, path).toBe(308)
      return response.headers.get('location')
    }
    expect(await moved('/blog?page=2')).toBe('/blog/page/2')
    expect(await moved('/blog?page=1')).toBe('/blog')
    expect(await moved(`/blog?topic=${f.topic.slug}`)).toBe(`/blog/topic/${f.topic.slug}`)
    expect(await moved(`/blog?topic=${f.topic.slug}&page=3&utm_source=mail`)).toBe(
      `/blog/topic/${f.topic.slug}/page/3?utm_source=mail`,
    )
    // The first page has one canonical URL.
    expect(canonical((await getPage('/blog/page/1')).doc)).toBe(url('/blog'))
    expect(canonical((await getPage(`/blog/topic/${f.topic.slug}/page/1`)).doc)).toBe(url(`/blog/topic/${f.topic.slug}`))
  })

  it('answers 404 for a page past the end, a malformed page and an unknown topic', async () => {
    expect((await getPage('/blog/page/999')).status).toBe(404)
    expect((await getPage('/blog/page/abc')).status).toBe(404)
    expect((await getPage('/blog/page/0')).status).toBe(404)
    expect((await getPage(`/blog/topic/no-such-topic-${f.marker}`)).status).toBe(404)
    expect((await getPage(`/blog/topic/${f.topic.slug}/page/999`)).status).toBe(404)
  })
})

describe('an article page', () => {
  let doc: SiteDocument
  let html: string
  beforeAll(async () => {
    const page = await getPage(`/blog/${f.article.slug}`)
    expect(page.status).toBe(200)
    doc = page.doc
    html = page.html
  })

  it('has the title, byline with credentials, dates, reading time and breadcrumbs', () => {
    expectSiteShell(doc)
    expect(doc.querySelector('h1')?.textContent).toBe(f.article.title)
    const byline = doc.querySelector('.byline')!
    expect(byline.querySelector(`a[href="/authors/${f.author.slug}"]`)?.textContent).toBe(f.author.name)
    expect(byline.textContent).toContain('MD, dermatologist')
    expect(byline.querySelector('time')?.getAttribute('datetime')).toBe('2026-01-15T09:00:00.000Z')
    expect(byline.textContent).toMatch(/Updated/)
    expect(byline.textContent).toMatch(/\d+ min read/)
    expectBreadcrumbs(doc, `/blog/${f.article.slug}`)
  })

  it('shows the hero image with a srcset of the generated sizes and its intrinsic size', () => {
    const img = doc.querySelector('.article__hero img')!
    const srcset = img.getAttribute('srcset') ?? ''
    // Two sizes of one picture: every candidate has the shape of the box (16:9), so the
    // browser's choice never changes the framing.
    const candidates = srcset.split(', ').map((candidate) => candidate.split(' '))
    expect(candidates.map(([, w]) => w)).toEqual(['800w', '1600w'])
    for (const [url] of candidates) {
      const [, w, h] = /-(\d+)x(\d+)\.\w+$/.exec(url!)!
      expect(Number(w) / Number(h)).toBeCloseTo(16 / 9, 2)
    }
    expect(img.getAttribute('sizes')).toBeTruthy()
    expect(Number(img.getAttribute('width'))).toBeGreaterThan(0)
    expect(Number(img.getAttribute('height'))).toBeGreaterThan(0)
    expect(img.getAttribute('alt')).toBe(`Pearl gradient ${f.marker}`)
  })

  it('lists the h2s in a table of contents that links to them', () => {
    const entries = [...doc.querySelectorAll('nav.toc a')]
    expect(entries.map((a) => a.textContent)).toEqual([`First section ${f.marker}`, `Second section ${f.marker}`])
    for (const a of entries) {
      const id = a.getAttribute('href')!.slice(1)
      expect(doc.getElementById(id)?.tagName).toBe('H2')
    }
  })

  it('renders every rich-text block', () => {
    const callout = doc.querySelector('.callout--takeaways')!
    expect(callout.textContent).toContain(`Callout ${f.marker}`)
    const routine = doc.querySelector('.routine')!
    expect(routine.querySelector(`a[href="/tips/${f.tipPm.slug}"]`)).not.toBeNull()
    expect(routine.querySelector(`a[href="/tips/${f.tipBoth.slug}"]`)).not.toBeNull()
    expect(routine.textContent).toContain(`Written step ${f.marker}`)
    expect(doc.querySelectorAll('.routine__step')).toHaveLength(3)
    expect(doc.querySelector(`.treatment-card a[href="/treatments/${f.treatment.slug}"]`)).not.toBeNull()
    expect(doc.querySelectorAll('.treatment-card')).toHaveLength(1)
    const timeline = doc.querySelector('.block-timeline')!
    expect(timeline.textContent).toContain(`Block first ${f.marker}`)
    expect(timeline.querySelectorAll('.timeline__stage')).toHaveLength(3)
    const figure = doc.querySelector('figure.figure')!
    expect(figure.querySelector('img')?.getAttribute('width')).toBe('2000')
    expect(figure.querySelector('figcaption')?.textContent).toContain(`Figure caption ${f.marker}`)
    const faqBlock = doc.querySelector('.faq-block')!
    expect(faqBlock.textContent).toContain(`FAQ block ${f.marker}`)
    expect(faqBlock.querySelectorAll('details > summary')).toHaveLength(1)
  })

  it('resolves internal links to site URLs and drops unreadable or unsafe ones', () => {
    const body = doc.querySelector('.article__body')!
    const hrefs = [...body.querySelectorAll('a')].map((a) => a.getAttribute('href') ?? '')
    expect([...body.querySelectorAll('a')].find((a) => a.textContent === `the treatment link ${f.marker}`)?.getAttribute('href')).toBe(
      `/treatments/${f.treatment.slug}`,
    )
    expect(hrefs.some((h) => h.startsWith('javascript:'))).toBe(false)
    expect(hrefs).not.toContain('#')
    // The words of the dropped links stay.
    expect(body.textContent).toContain(`unresolved ${f.marker}`)
    expect(body.textContent).toContain(`unsafe ${f.marker}`)
    expect(hrefs).toContain('https://example.org/skin')
    // Links inside FAQ answers resolve too.
    expect(doc.querySelector(`details a[href="/treatments/${f.treatment.slug}"]`)).not.toBeNull()
  })

  it('shows its FAQs as disclosures, its treatments, tips and related articles, and the medical disclaimer', () => {
    // The article's FAQ is already shown by the FAQ block: not repeated in the FAQ section.
    expect(doc.querySelector('#article-faqs')).toBeNull()
    expect(doc.querySelector(`#treatments ~ .grid a[href="/treatments/${f.treatment.slug}"]`)).not.toBeNull()
    expect(doc.querySelector(`#tips ~ .tips a[href="/tips/${f.tipAm.slug}"]`)).not.toBeNull()
    const related = [...doc.querySelectorAll('[aria-labelledby="related"] a.card__link')].map((a) => a.getAttribute('href'))
    expect(related[0]).toBe(`/blog/${f.related.slug}`)
    expect(related).not.toContain(`/blog/${f.article.slug}`)
    expect(doc.querySelector('[aria-label="Medical disclaimer"]')).not.toBeNull()
  })

  it('has canonical, OpenGraph and Twitter metadata with the 1200×630 social card', () => {
    expectSocialMeta(doc, `/blog/${f.article.slug}`, `Article ${f.marker}`)
    expect(meta(doc, 'og:type')).toBe('article')
    // The generated card (site-social-cards.test.ts); JSON-LD keeps the photo's 1200×630 crop.
    expect(meta(doc, 'og:image')).toMatch(new RegExp(`/blog/${f.article.slug}/opengraph-image`))
    expect(meta(doc, 'og:image:width')).toBe('1200')
    expect(meta(doc, 'og:image:height')).toBe('630')
    expect(meta(doc, 'twitter:card')).toBe('summary_large_image')
    expect(meta(doc, 'article:published_time')).toBe('2026-01-15T09:00:00.000Z')
  })

  it('describes itself in JSON-LD: BlogPosting, MedicalWebPage, FAQPage', () => {
    const posting = jsonLdOfType<{ author: { name: string; url: string }[]; dateModified: string; image: string[] }>(doc, 'BlogPosting')!
    expect(posting).toMatchObject({
      headline: f.article.title,
      datePublished: '2026-01-15T09:00:00.000Z',
      url: url(`/blog/${f.article.slug}`),
    })
    expect(posting.dateModified).toBe(f.article.updatedAt)
    expect(posting.author).toEqual([expect.objectContaining({ name: f.author.name, url: url(`/authors/${f.author.slug}`) })])
    expect(posting.image[0]).toMatch(/^http.*-1200x630\.jpg$/)
    const medical = jsonLdOfType(doc, 'MedicalWebPage')
    expect(medical).toMatchObject({ url: url(`/blog/${f.article.slug}`) })
    const faqPage = jsonLdOfType<{ mainEntity: { name: string; acceptedAnswer: { text: string } }[] }>(doc, 'FAQPage')!
    expect(faqPage.mainEntity).toEqual([
      { '@type': 'Question', name: f.faq.question, acceptedAnswer: { '@type': 'Answer', text: expect.stringContaining(`Answer ${f.marker}`) } },
    ])
  })

  it('escapes JSON-LD so a title cannot close the script or open a comment', () => {
    expect(f.article.title.endsWith(TRICKY_TITLE_SUFFIX)).toBe(true)
    const scripts = [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => m[1])
    expect(scripts.length).toBeGreaterThanOrEqual(3)
    for (const body of scripts) {
      expect(body).not.toMatch(/<\/script|<!--/i)
      expect(body).not.toContain('<')
    }
    // …and the parsed JSON gives the exact title back.
    expect(jsonLdOf(doc).some((d) => d.headline === f.article.title)).toBe(true)
  })

  it('reads the medical sign-off into reviewedBy and lastReviewed when the document has one', async () => {
    const fields = ctx.payload.collections.articles.config.flattenedFields.map((field) => field.name)
    if (!fields.includes('signOff')) return // the workflow's sign-off fields are not in this schema yet
    await ctx.payload.db.updateOne({
      collection: 'articles',
      id: f.plainArticle.id,
      data: { medical: true, signOff: { name: 'Dr. Reviewer', credentials: 'MD, FAAD', at: '2026-02-01T10:00:00.000Z' } },
    })
    await purgeSiteCache()
    const { doc: signed } = await getPage(`/blog/${f.plainArticle.slug}`)
    expect(jsonLdOfType(signed, 'MedicalWebPage')).toMatchObject({
      reviewedBy: { '@type': 'Person', name: 'Dr. Reviewer', description: 'MD, FAAD' },
      lastReviewed: '2026-02-01',
    })
    expect(signed.querySelector('.reviewed')?.textContent).toContain('Dr. Reviewer')
    await ctx.payload.db.updateOne({ collection: 'articles', id: f.plainArticle.id, data: { medical: false, signOff: { name: null, credentials: null, at: null } } })
    await purgeSiteCache()
  })

  it('leaves the disclaimer and MedicalWebPage off a non-medical article', async () => {
    const { status, doc: plain } = await getPage(`/blog/${f.plainArticle.slug}`)
    expect(status).toBe(200)
    expect(plain.querySelector('[aria-label="Medical disclaimer"]')).toBeNull()
    expect(jsonLdOfType(plain, 'MedicalWebPage')).toBeUndefined()
    expect(jsonLdOfType(plain, 'BlogPosting')).toBeDefined()
    expect(plain.querySelector('nav.toc')).toBeNull()
  })
})

describe('treatment pages', () => {
  it('lists treatments', async () => {
    const { status, doc } = await getPage('/treatments')
    expect(status).toBe(200)
    expectSiteShell(doc)
    expectSocialMeta(doc, '/treatments', 'Treatments')
    expect(doc.querySelector(`a[href="/treatments/${f.treatment.slug}"]`)?.textContent).toBe(f.treatment.name)
  })

  it('shows a treatment with its facts, timeline, FAQs and articles, and MedicalProcedure JSON-LD', async () => {
    const path = `/treatments/${f.treatment.slug}`
    const { status, doc } = await getPage(path)
    expect(status).toBe(200)
    expectSiteShell(doc)
    expectSocialMeta(doc, path, f.treatment.name)
    expectBreadcrumbs(doc, path)
    const text = textOf(doc)
    for (const expected of [
      `Summary of treatment ${f.marker}.`,
      `How treatment ${f.marker} works.`,
      '3 sessions',
      '4 weeks apart',
      'Two days of redness',
      'Mild swelling',
      'Pregnancy',
      `Timeline note ${f.marker}`,
    ]) {
      expect(text).toContain(expected)
    }
    expect([...doc.querySelectorAll('.timeline .timeline__stage')].map((s) => s.querySelector('.timeline__value')?.textContent)).toEqual([
      'After one week',
      'After three months',
      'A year',
    ])
    // FAQs through the `faqs` join, articles through the `articles` join.
    expect([...doc.querySelectorAll('details summary')].map((s) => s.textContent)).toEqual([f.faq.question])
    const articles = [...doc.querySelectorAll('[aria-labelledby="treatment-articles"] a.card__link')].map((a) => a.getAttribute('href'))
    expect(articles).toEqual(expect.arrayContaining([`/blog/${f.article.slug}`, `/blog/${f.related.slug}`]))
    expect(jsonLdOfType(doc, 'MedicalProcedure')).toMatchObject({
      name: f.treatment.name,
      url: url(path),
      description: `Summary of treatment ${f.marker}.`,
      howPerformed: `How treatment ${f.marker} works.`,
    })
    expect(jsonLdOfType(doc, 'FAQPage')).toMatchObject({ mainEntity: [{ name: f.faq.question }] })
    expect(jsonLdOfType(doc, 'MedicalWebPage')).toBeDefined()
    expect(doc.querySelector('[aria-label="Medical disclaimer"]')).not.toBeNull()
  })
})

describe('the FAQ list', () => {
  it('groups FAQs by treatment as disclosure widgets with a permalink to each; FAQPage JSON-LD is on the FAQ’s own page', async () => {
    const { status, doc } = await getPage('/faqs')
    expect(status).toBe(200)
    expectSiteShell(doc)
    expectSocialMeta(doc, '/faqs', 'Frequently asked questions')
    const group = doc.getElementById(`treatment-${f.treatment.slug}`)
    expect(group?.textContent).toBe(f.treatment.name)
    const section = group!.closest('section')!
    const details = section.querySelector(`details#faq-${f.faq.slug}`)!
    expect(details.hasAttribute('open')).toBe(false)
    expect(details.querySelector('summary')?.textContent).toBe(f.faq.question)
    expect(details.textContent).toContain(`Answer ${f.marker}`)
    expect(details.querySelector('.faq__link a')?.getAttribute('href')).toBe(`/faqs/${f.faq.slug}`)
    // Each question once on the page; its structured data once on the site, on its own page.
    expect(doc.querySelectorAll(`#faq-${f.faq.slug}`)).toHaveLength(1)
    expect(jsonLdOfType(doc, 'FAQPage')).toBeUndefined()
    const own = await getPage(`/faqs/${f.faq.slug}`)
    expect(jsonLdOfType<{ mainEntity: { name: string }[] }>(own.doc, 'FAQPage')!.mainEntity.map((q) => q.name)).toEqual([f.faq.question])
  })
})

describe('tip pages', () => {
  it('shows the routine in order, in morning and evening groups', async () => {
    const { status, doc } = await getPage('/tips')
    expect(status).toBe(200)
    expectSiteShell(doc)
    const morning = [...doc.querySelectorAll('[aria-labelledby="am"] a')].map((a) => a.getAttribute('href'))
    const evening = [...doc.querySelectorAll('[aria-labelledby="pm"] a')].map((a) => a.getAttribute('href'))
    // "Both" (step 1) before the morning tip (step 2); "both" sits in both routines.
    expect(morning.indexOf(`/tips/${f.tipBoth.slug}`)).toBeLessThan(morning.indexOf(`/tips/${f.tipAm.slug}`))
    expect(morning.indexOf(`/tips/${f.tipBoth.slug}`)).toBeGreaterThanOrEqual(0)
    expect(evening).toEqual(expect.arrayContaining([`/tips/${f.tipPm.slug}`, `/tips/${f.tipBoth.slug}`]))
    expect(evening).not.toContain(`/tips/${f.tipAm.slug}`)
  })

  it('shows one tip with its treatments and metadata', async () => {
    const path = `/tips/${f.tipAm.slug}`
    const { status, doc } = await getPage(path)
    expect(status).toBe(200)
    expectSiteShell(doc)
    expectSocialMeta(doc, path, f.tipAm.title)
    expectBreadcrumbs(doc, path)
    expect(doc.querySelector('h1')?.textContent).toBe(f.tipAm.title)
    expect(doc.querySelector(`a[href="/treatments/${f.treatment.slug}"]`)).not.toBeNull()
    // The article that uses the tip, through the `articles` join.
    expect(doc.querySelector(`[aria-labelledby="related"] a[href="/blog/${f.article.slug}"]`)).not.toBeNull()
  })
})

describe('topic and author pages', () => {
  it('shows a topic with its articles, treatments and tips', async () => {
    const path = `/topics/${f.topic.slug}`
    const { status, doc } = await getPage(path)
    expect(status).toBe(200)
    expectSiteShell(doc)
    expectSocialMeta(doc, path, f.topic.name)
    expectBreadcrumbs(doc, path)
    expect(doc.querySelector(`a[href="/blog/${f.article.slug}"]`)).not.toBeNull()
    expect(doc.querySelector(`a[href="/treatments/${f.treatment.slug}"]`)).not.toBeNull()
    expect(doc.querySelector(`a[href="/tips/${f.tipAm.slug}"]`)).not.toBeNull()
  })

  it('shows an author with credentials, articles and ProfilePage JSON-LD', async () => {
    const path = `/authors/${f.author.slug}`
    const { status, doc } = await getPage(path)
    expect(status).toBe(200)
    expectSiteShell(doc)
    expectSocialMeta(doc, path, f.author.name)
    expect(textOf(doc)).toContain('MD, dermatologist')
    expect(doc.querySelector(`a[href="/blog/${f.article.slug}"]`)).not.toBeNull()
    expect(jsonLdOfType(doc, 'ProfilePage')).toMatchObject({ mainEntity: { '@type': 'Person', name: f.author.name } })
  })
})

describe('missing pages', () => {
  it('answer 404, noindex, with the site’s not-found page', async () => {
    for (const path of [
      `/blog/no-such-article-${f.marker}`,
      `/treatments/no-such-${f.marker}`,
      `/tips/no-such-${f.marker}`,
      `/faqs/no-such-${f.marker}`,
      `/treatments/page/99999`,
      `/topics/no-such-${f.marker}`,
      `/authors/no-such-${f.marker}`,
      `/no/such/page-${f.marker}`,
    ]) {
      const { status, html, doc } = await getPage(path)
      expect(status, path).toBe(404)
      expect(doc.querySelector('title')?.textContent, path).toMatch(/not found · Glassworks$/)
      expect(meta(doc, 'robots'), path).toMatch(/noindex/)
      // Next 16 streams a notFound() page as an error shell that its runtime fills in (the
      // browser test checks the rendered page); the site's not-found content is what it carries.
      expect(html, path).toContain('We couldn’t find that page')
    }
  })

  it('URLs no route claims get the full not-found page in the HTML itself, readable without JavaScript', async () => {
    const { status, doc } = await getPage(`/no/such/page-${f.marker}`)
    expect(status).toBe(404)
    expect(doc.documentElement.getAttribute('lang')).toBe('en')
    expect(doc.querySelector('main h1')?.textContent).toBe('We couldn’t find that page')
    expect(doc.querySelector('nav[aria-label="Main"]')).not.toBeNull()
    expect(doc.querySelector('link[rel="stylesheet"]')).not.toBeNull()
  })
})

describe('robots, sitemap and feed', () => {
  it('robots.txt keeps crawlers out of the admin and API and points to the sitemap', async () => {
    const { status, html, contentType } = await getPage('/robots.txt')
    expect(status).toBe(200)
    expect(contentType).toMatch(/^text\/plain/)
    expect(html).toMatch(/^User-agent: \*$/m)
    expect(html).toMatch(/^Disallow: \/admin$/m)
    expect(html).toMatch(/^Disallow: \/api$/m)
    expect(html).toMatch(new RegExp(`^Sitemap: ${url('/sitemap.xml').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`, 'm'))
  })

  it('the sitemap is well-formed XML listing every published URL with a lastmod', async () => {
    const { status, html, contentType } = await getPage('/sitemap.xml')
    expect(status).toBe(200)
    expect(contentType).toMatch(/xml/)
    const urlset = parseXml(html)
    expect(urlset.name).toBe('urlset')
    expect(urlset.attributes.xmlns).toBe('http://www.sitemaps.org/schemas/sitemap/0.9')
    const entries = new Map(children(urlset, 'url').map((u) => [child(u, 'loc')!.text, child(u, 'lastmod')?.text]))
    for (const path of [
      '/',
      '/blog',
      '/treatments',
      '/faqs',
      '/tips',
      `/blog/${f.article.slug}`,
      `/blog/${f.related.slug}`,
      `/blog/${f.plainArticle.slug}`,
      `/treatments/${f.treatment.slug}`,
      `/tips/${f.tipAm.slug}`,
      `/topics/${f.topic.slug}`,
      `/authors/${f.author.slug}`,
      `/faqs/${f.faq.slug}`,
    ]) {
      expect(entries.has(url(path)), path).toBe(true)
      expect(Number.isNaN(Date.parse(entries.get(url(path)) ?? '')), path).toBe(false)
    }
    expect(entries.get(url(`/blog/${f.article.slug}`))).toBe(f.article.updatedAt)
    // Every document a visitor can read, and nothing else.
    const visible = async (collection: 'articles' | 'treatments' | 'beauty-tips' | 'faqs' | 'topics' | 'authors', prefix: string) =>
      (await ctx.payload.find({ collection, overrideAccess: false, depth: 0, pagination: false })).docs.map((d) => url(`${prefix}/${d.slug}`))
    const expected = [
      ...(await visible('articles', '/blog')),
      ...(await visible('treatments', '/treatments')),
      ...(await visible('beauty-tips', '/tips')),
      ...(await visible('topics', '/topics')),
      ...(await visible('authors', '/authors')),
      ...(await visible('faqs', '/faqs')),
    ]
    expect([...entries.keys()].sort()).toEqual([...expected, ...['/', '/blog', '/treatments', '/tips', '/faqs'].map(url)].sort())
    for (const loc of entries.keys()) expect(loc.startsWith(`${serverUrl()}/`)).toBe(true)
  })

  it('the feed is valid RSS 2.0 of the latest articles, escaped', async () => {
    const { status, html, contentType } = await getPage('/feed.xml')
    expect(status).toBe(200)
    expect(contentType).toMatch(/^application\/rss\+xml/)
    const rss = parseXml(html)
    expect(rss.name).toBe('rss')
    expect(rss.attributes.version).toBe('2.0')
    const channel = child(rss, 'channel')!
    for (const name of ['title', 'link', 'description']) expect(child(channel, name)?.text, name).toBeTruthy()
    expect(child(channel, 'atom:link')?.attributes.href).toBe(url('/feed.xml'))
    const items = children(channel, 'item')
    expect(items.length).toBeGreaterThan(0)
    expect(items.length).toBeLessThanOrEqual(20)
    for (const item of items) {
      for (const name of ['title', 'link', 'guid', 'pubDate']) expect(child(item, name)?.text, name).toBeTruthy()
      expect(new Date(child(item, 'pubDate')!.text).toUTCString()).toBe(child(item, 'pubDate')!.text)
    }
    const ours = items.find((i) => child(i, 'link')?.text === url(`/blog/${f.article.slug}`))
    expect(ours).toBeDefined()
    // The title with <, & and quotes comes back exactly after XML decoding.
    expect(child(ours!, 'title')!.text).toBe(f.article.title)
    expect(children(ours!, 'dc:creator').map((c) => c.text)).toEqual([f.author.name])
    expect(children(ours!, 'category').map((c) => c.text)).toEqual([f.topic.name])
  })
})

describe("the site's icon", () => {
  it('is linked by the site and the admin, and /favicon.ico answers for browsers that ask on their own', async () => {
    const home = await getPage('/')
    expect(home.doc.querySelector('link[rel="icon"]')?.getAttribute('href')).toMatch(/^\/favicon\.svg/)
    const login = await getPage('/admin/login')
    expect(login.html).toMatch(/<link[^>]+rel="icon"[^>]+href="\/favicon\.svg"/)

    const svg = await api('/favicon.svg')
    expect(svg.status).toBe(200)
    expect(svg.headers.get('content-type')).toContain('image/svg+xml')
    const ico = await api('/favicon.ico')
    expect(ico.status).toBe(200)
    const bytes = Buffer.from(await ico.arrayBuffer())
    // An ICO directory (reserved 0, type 1) of PNG images, each entry pointing inside the file.
    expect([bytes.readUInt16LE(0), bytes.readUInt16LE(2)]).toEqual([0, 1])
    const count = bytes.readUInt16LE(4)
    expect(count).toBeGreaterThan(0)
    for (let i = 0; i < count; i++) {
      const [size, offset] = [bytes.readUInt32LE(6 + 16 * i + 8), bytes.readUInt32LE(6 + 16 * i + 12)]
      expect(offset + size).toBeLessThanOrEqual(bytes.length)
      expect(bytes.subarray(offset, offset + 8).toString('latin1')).toBe('\x89PNG\r\n\x1a\n')
    }
  })
})
