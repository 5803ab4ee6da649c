import type { Sort } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { FAQS_PER_PAGE } from '../../src/site/data/faqs'
import { TIPS_PER_PAGE } from '../../src/site/data/tips'
import { TREATMENTS_PER_PAGE } from '../../src/site/data/treatments'
import { api, serverUrl } from '../helpers/http'
import { unique, usePayload } from '../helpers/payload'
import { paragraph, plain, richText, useSiteFixtures } from '../helpers/site-fixtures'
import {
  canonical,
  getPage,
  jsonLdOfType,
  purgeSiteCache,
  revalidateSite,
  type SiteDocument,
} from '../helpers/site-pages'

/*
 * The paginated index pages of treatments, tips and FAQs (/treatments, /treatments/page/2, …)
 * and an FAQ's own page. More published documents than fit on one page are made here, so every
 * list has at least two pages whatever else the database holds.
 */

const ctx = usePayload()
const f = useSiteFixtures(ctx)
const url = (path: string) => `${serverUrl()}${path}`

type ListCollection = 'treatments' | 'beauty-tips' | 'faqs'
const made: { collection: ListCollection; id: number; slug: string }[] = []
let marker = ''

beforeAll(async () => {
  marker = unique('list')
  const make = async (collection: ListCollection, count: number, data: (i: number) => Record<string, unknown>) => {
    for (let i = 0; i < count; i++) {
      const doc = await ctx.payload.create({
        collection,
        data: { ...data(i), _status: 'published' } as never,
        // Bulk fixtures: one purge at the end instead of a revalidation per document.
        context: { skipRevalidation: true },
      })
      made.push({ collection, id: doc.id, slug: (doc as { slug: string }).slug })
    }
  }
  const n = (i: number) => String(i).padStart(3, '0')
  await make('treatments', TREATMENTS_PER_PAGE + 1, (i) => ({
    name: `Listed treatment ${marker} ${n(i)}`,
    slug: `lt-${marker}-${n(i)}`,
  }))
  await make('beauty-tips', TIPS_PER_PAGE + 1, (i) => ({
    title: `Listed tip ${marker} ${n(i)}`,
    slug: `ltip-${marker}-${n(i)}`,
    routine: { time: (['am', 'pm', 'both', 'any'] as const)[i % 4], step: (i % 7) + 1 },
  }))
  await make('faqs', FAQS_PER_PAGE + 1, (i) => ({
    question: `Listed question ${marker} ${n(i)}?`,
    slug: `lfaq-${marker}-${n(i)}`,
    answer: richText(paragraph(plain(`Listed answer ${n(i)}.`))),
    order: 5,
  }))
  await purgeSiteCache()
}, 300_000)

afterAll(async () => {
  for (const doc of made)
    await ctx.payload.delete({ collection: doc.collection, id: doc.id, context: { skipRevalidation: true } })
  await purgeSiteCache()
})

/** The slugs a visitor's query returns for one page, in the list's order: what the page must show. */
async function visibleSlugs(collection: ListCollection, sort: Sort, limit: number, page: number) {
  const result = await ctx.payload.find({
    collection,
    overrideAccess: false,
    sort,
    depth: 0,
    limit,
    page,
    select: { slug: true },
  })
  return { slugs: result.docs.map((d) => (d as { slug: string }).slug), totalPages: Math.max(1, result.totalPages) }
}

interface ListSpec {
  name: string
  route: string
  collection: ListCollection
  sort: Sort
  perPage: number
  title: string
  /** The document links of a page, each document once. */
  links: (doc: SiteDocument) => string[]
  docPath: (slug: string) => string
}

const hrefs = (doc: SiteDocument, selector: string) =>
  [...doc.querySelectorAll(selector)].map((a) => a.getAttribute('href') ?? '')
const once = (list: string[]) => [...new Set(list)]

const LISTS: ListSpec[] = [
  {
    name: 'treatments',
    route: '/treatments',
    collection: 'treatments',
    sort: ['name', 'id'],
    perPage: TREATMENTS_PER_PAGE,
    title: 'Treatments',
    links: (doc) => hrefs(doc, '.grid a.card__link'),
    docPath: (slug) => `/treatments/${slug}`,
  },
  {
    name: 'tips',
    route: '/tips',
    collection: 'beauty-tips',
    sort: ['routine.step', 'title', 'id'],
    perPage: TIPS_PER_PAGE,
    title: 'Korean beauty tips',
    // "Morning and evening" tips sit in both routines of a page.
    links: (doc) => once(hrefs(doc, '.tips a')),
    docPath: (slug) => `/tips/${slug}`,
  },
  {
    name: 'FAQs',
    route: '/faqs',
    collection: 'faqs',
    sort: ['order', 'question', 'id'],
    perPage: FAQS_PER_PAGE,
    title: 'Frequently asked questions',
    links: (doc) => hrefs(doc, '.faq__link a'),
    docPath: (slug) => `/faqs/${slug}`,
  },
]

const pagePath = (route: string, page: number) => (page === 1 ? route : `${route}/page/${page}`)

describe.each(LISTS)('the $name list', (list) => {
  it('pages through every published document once, in the list’s order, each page bounded', async () => {
    const seen: string[] = []
    let totalPages = 0
    for (let page = 1; page <= 500; page++) {
      const path = pagePath(list.route, page)
      const { status, doc } = await getPage(path)
      expect(status, path).toBe(200)
      const expected = await visibleSlugs(list.collection, list.sort, list.perPage, page)
      totalPages = expected.totalPages
      const links = list.links(doc)
      expect(links.length, path).toBeLessThanOrEqual(list.perPage)
      if (list.name === 'treatments') expect(links, path).toEqual(expected.slugs.map(list.docPath))
      else expect([...links].sort(), path).toEqual(expected.slugs.map(list.docPath).sort())
      seen.push(...links)

      expect(canonical(doc), path).toBe(url(path))
      expect(doc.querySelector('title')?.textContent, path).toContain(
        page === 1 ? list.title : `${list.title} (page ${page})`,
      )
      const nav = doc.querySelector('nav.pagination[aria-label="Pages"]')
      expect(nav, path).not.toBeNull()
      expect(nav!.textContent, path).toContain(`Page ${page} of ${totalPages}`)
      expect(nav!.querySelector('a[rel="prev"]')?.getAttribute('href') ?? null, path).toBe(
        page > 1 ? pagePath(list.route, page - 1) : null,
      )
      const next = nav!.querySelector('a[rel="next"]')?.getAttribute('href') ?? null
      expect(next, path).toBe(page < totalPages ? pagePath(list.route, page + 1) : null)
      if (!next) break
    }
    expect(totalPages).toBeGreaterThanOrEqual(2)
    expect(new Set(seen).size).toBe(seen.length)
    const mine = made.filter((d) => d.collection === list.collection).map((d) => list.docPath(d.slug))
    expect(seen).toEqual(expect.arrayContaining(mine))
  })

  it('answers 404 past the end and for a malformed page, and gives page 1 one canonical URL', async () => {
    const { totalPages } = await visibleSlugs(list.collection, list.sort, list.perPage, 1)
    for (const path of [
      `${list.route}/page/${totalPages + 1}`,
      `${list.route}/page/99999`,
      `${list.route}/page/0`,
      `${list.route}/page/01`,
      `${list.route}/page/abc`,
    ]) {
      const { status, doc } = await getPage(path)
      expect(status, path).toBe(404)
      expect(doc.querySelector('meta[name="robots"]')?.getAttribute('content'), path).toMatch(/noindex/)
    }
    const first = await getPage(`${list.route}/page/1`)
    expect(first.status).toBe(200)
    expect(canonical(first.doc)).toBe(url(list.route))
  })

  it('serves its pages from the page cache', async () => {
    for (const path of [list.route, `${list.route}/page/2`]) {
      await api(path)
      const second = await api(path)
      expect(second.status, path).toBe(200)
      expect(second.headers.get('x-nextjs-cache'), path).toBe('HIT')
    }
  })
})

describe('an FAQ’s own page', () => {
  it('shows the question as its heading, the answer, its treatment and FAQPage JSON-LD', async () => {
    const path = `/faqs/${f.faq.slug}`
    const { status, doc } = await getPage(path)
    expect(status).toBe(200)
    expect(doc.querySelectorAll('h1')).toHaveLength(1)
    expect(doc.querySelector('h1')?.textContent).toBe(f.faq.question)
    expect(doc.querySelector('main')?.textContent).toContain(`Answer ${f.marker}`)
    expect(canonical(doc)).toBe(url(path))
    expect(doc.querySelector('meta[name="description"]')?.getAttribute('content')).toContain(`Answer ${f.marker}`)
    expect(doc.querySelector(`[aria-labelledby="treatments"] a[href="/treatments/${f.treatment.slug}"]`)).not.toBeNull()
    expect(jsonLdOfType(doc, 'FAQPage')).toMatchObject({ url: url(path), mainEntity: [{ name: f.faq.question }] })
    const crumbs = jsonLdOfType<{ itemListElement: { item: string }[] }>(doc, 'BreadcrumbList')!
    expect(crumbs.itemListElement.map((c) => c.item)).toEqual([url('/'), url('/faqs'), url(path)])
  })

  it('is where every link to an FAQ points: list permalinks, search hits, the sitemap', async () => {
    const path = `/faqs/${made.find((d) => d.collection === 'faqs')!.slug}`
    const search = await getPage(`/search?q=${encodeURIComponent(`Question ${f.marker}`)}`)
    expect(search.doc.querySelector(`a[href="/faqs/${f.faq.slug}"]`)).not.toBeNull()
    const sitemap = await getPage('/sitemap.xml')
    expect(sitemap.html).toContain(`<loc>${url(path)}</loc>`)
    expect(sitemap.html).toContain(`<loc>${url(`/faqs/${f.faq.slug}`)}</loc>`)
    // Numbered list pages are reached through their links, not the sitemap: they shift as documents publish.
    expect(sitemap.html).not.toContain('/page/')
  })

  it('the first list page sends old /faqs#faq-… links of FAQs it does not show to their own page', async () => {
    const first = await getPage('/faqs')
    const script = [...first.doc.querySelectorAll('script:not([type])')]
      .map((s) => s.textContent ?? '')
      .find((s) => s.includes('#faq-'))
    expect(script).toContain('location.replace')
    expect((await getPage('/faqs/page/2')).html).not.toContain('location.replace')
  })
})

describe('a change to a listed document', () => {
  it('expires every page of its list, not only the first: an unpublish on page 1 shifts page 2', async () => {
    const faqs = LISTS.find((l) => l.collection === 'faqs')!
    const before = await visibleSlugs('faqs', faqs.sort, FAQS_PER_PAGE, 2)
    await api('/faqs/page/2')
    const cachedPage = await getPage('/faqs/page/2')
    expect([...faqs.links(cachedPage.doc)].sort()).toEqual(before.slugs.map(faqs.docPath).sort())

    const mineOnFirst = (await visibleSlugs('faqs', faqs.sort, FAQS_PER_PAGE, 1)).slugs.filter((slug) =>
      made.some((d) => d.collection === 'faqs' && d.slug === slug),
    )
    const gone = made.find((d) => d.slug === mineOnFirst[0])!
    // Unpublished without telling the site, then told: the cached page 2 is stale until then.
    await ctx.payload.update({
      collection: 'faqs',
      id: gone.id,
      data: { _status: 'draft' } as never,
      context: { skipRevalidation: true },
    })
    const after = await visibleSlugs('faqs', faqs.sort, FAQS_PER_PAGE, 2)
    expect(after.slugs).not.toEqual(before.slugs)
    expect([...faqs.links((await getPage('/faqs/page/2')).doc)].sort()).toEqual(before.slugs.map(faqs.docPath).sort())

    const told = await revalidateSite({
      collection: 'faqs',
      doc: { slug: gone.slug, _status: 'draft' },
      previousDoc: { slug: gone.slug, _status: 'published' },
    })
    expect(told.status).toBe(200)
    expect([...faqs.links((await getPage('/faqs/page/2')).doc)].sort()).toEqual(after.slugs.map(faqs.docPath).sort())
    expect((await getPage('/faqs')).html).not.toContain(`/faqs/${gone.slug}"`)
    expect((await getPage(`/faqs/${gone.slug}`)).status).toBe(404)
  })
})
