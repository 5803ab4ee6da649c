import type { Payload } from 'payload'
import sharp from 'sharp'
import { afterAll, beforeAll } from 'vitest'

import type { Article, Author, BeautyTip, Faq, Media, Topic, Treatment } from '../../payload-types'
import { unique } from './payload'
import { block, heading, internalLink, link, paragraph, plain as text, richText } from './lexical'
import { purgeSiteCache } from './site-pages'

/*
 * A small, complete corner of the site for one test file, made through the Local API as the
 * system: published documents with every relation and rich-text block, and a draft of each
 * editorial type, all with unique slugs and a unique marker in their text. `cleanup()` removes
 * everything it made.
 */

// The builders are tests/helpers/lexical.ts; re-exported for the site tests that import them from here.
export { block, heading, internalLink, link, paragraph, plain, richText } from './lexical'

async function pearlImage(width: number, height: number): Promise<Buffer> {
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">` +
    `<rect width="100%" height="100%" fill="#f7dfe6"/><circle cx="${width / 2}" cy="${height / 2}" r="${height / 3}" fill="#fff"/></svg>`
  return sharp(Buffer.from(svg)).png().toBuffer()
}

export interface SiteFixtures {
  marker: string
  /** Text that appears only in drafts: it must never reach a visitor. */
  draftMarker: string
  topic: Topic
  author: Author
  image: Media
  treatment: Treatment
  faq: Faq
  tipAm: BeautyTip
  tipPm: BeautyTip
  tipBoth: BeautyTip
  article: Article
  related: Article
  plainArticle: Article
  drafts: { article: Article; treatment: Treatment; faq: Faq; tip: BeautyTip }
  cleanup(): Promise<void>
}

/** Titles with characters that must be escaped in HTML, XML and JSON-LD. */
export const TRICKY_TITLE_SUFFIX = ' </script><!-- & "quotes" <b>'

export async function createSiteFixtures(payload: Payload): Promise<SiteFixtures> {
  const marker = unique('site')
  const draftMarker = `DRAFTLEAK${marker.replace(/[^a-z0-9]/gi, '')}`
  const created: { collection: 'articles' | 'treatments' | 'faqs' | 'beauty-tips' | 'topics' | 'authors' | 'media'; id: number }[] = []
  const track = <T extends { id: number }>(collection: (typeof created)[number]['collection'], doc: T): T => {
    created.push({ collection, id: doc.id })
    return doc
  }
  const published = { _status: 'published' as const }
  const draft = { _status: 'draft' as const }

  const png = await pearlImage(2000, 1200)
  const image = track(
    'media',
    await payload.create({
      collection: 'media',
      data: { alt: `Pearl gradient ${marker}`, caption: `Caption ${marker}`, credit: 'Test studio' },
      file: { data: png, mimetype: 'image/png', name: `${marker}.png`, size: png.length },
    }),
  )
  const topic = track('topics', await payload.create({ collection: 'topics', data: { name: `Topic ${marker}`, slug: `topic-${marker}`, description: `About ${marker}.` } }))
  const author = track(
    'authors',
    await payload.create({
      collection: 'authors',
      data: { name: `Dr. Author ${marker}`, slug: `author-${marker}`, credentials: 'MD, dermatologist', bio: `Bio of ${marker}.`, photo: image.id },
    }),
  )

  const treatment = track(
    'treatments',
    await payload.create({
      collection: 'treatments',
      data: {
        ...published,
        name: `Treatment ${marker}`,
        slug: `treatment-${marker}`,
        summary: `Summary of treatment ${marker}.`,
        howItWorks: `How treatment ${marker} works.`,
        concerns: ['Dullness'],
        sessions: { count: '3 sessions', spacing: '4 weeks apart' },
        timeline: { firstVisible: 'After one week', fullResult: 'After three months', lasts: 'A year', note: `Timeline note ${marker}` },
        downtime: 'Two days of redness',
        sideEffects: ['Mild swelling'],
        contraindications: ['Pregnancy'],
        topics: [topic.id],
        heroImage: image.id,
      } as never,
    }),
  ) as Treatment
  const draftTreatment = track(
    'treatments',
    await payload.create({
      collection: 'treatments',
      draft: true,
      data: { ...draft, name: `Treatment ${draftMarker}`, slug: `draft-treatment-${marker}`, summary: draftMarker, topics: [topic.id] } as never,
    }),
  ) as Treatment

  const faq = track(
    'faqs',
    await payload.create({
      collection: 'faqs',
      data: {
        ...published,
        question: `Question ${marker}?`,
        slug: `faq-${marker}`,
        answer: richText(paragraph(text(`Answer ${marker}. See `), internalLink('treatments', treatment.id, 'the treatment'), text('.'))),
        treatments: [treatment.id],
        order: 1,
      } as never,
    }),
  ) as Faq
  const draftFaq = track(
    'faqs',
    await payload.create({
      collection: 'faqs',
      draft: true,
      data: { ...draft, question: `Question ${draftMarker}?`, slug: `draft-faq-${marker}`, answer: richText(paragraph(text(draftMarker))), treatments: [treatment.id], topics: [topic.id] } as never,
    }),
  ) as Faq

  const tip = async (title: string, slug: string, time: 'am' | 'pm' | 'both', step: number) =>
    track(
      'beauty-tips',
      await payload.create({
        collection: 'beauty-tips',
        data: { ...published, title, slug, summary: `Summary ${title}.`, category: 'hydration', routine: { time, step }, topics: [topic.id], treatments: [treatment.id] } as never,
      }),
    ) as BeautyTip
  const tipAm = await tip(`Morning tip ${marker}`, `tip-am-${marker}`, 'am', 2)
  const tipPm = await tip(`Evening tip ${marker}`, `tip-pm-${marker}`, 'pm', 1)
  const tipBoth = await tip(`Both tip ${marker}`, `tip-both-${marker}`, 'both', 1)
  const draftTip = track(
    'beauty-tips',
    await payload.create({
      collection: 'beauty-tips',
      draft: true,
      data: { ...draft, title: `Tip ${draftMarker}`, slug: `draft-tip-${marker}`, routine: { time: 'am', step: 1 }, topics: [topic.id] } as never,
    }),
  ) as BeautyTip

  const draftArticle = track(
    'articles',
    await payload.create({
      collection: 'articles',
      draft: true,
      data: {
        ...draft,
        title: `Article ${draftMarker}`,
        slug: `draft-article-${marker}`,
        excerpt: draftMarker,
        topics: [topic.id],
        treatments: [treatment.id],
        authors: [author.id],
        publishedAt: new Date(Date.now() + 60_000).toISOString(),
      } as never,
    }),
  ) as Article

  const body = richText(
    paragraph(text(`Intro ${marker} with `), text('bold', 1), text(' text.')),
    block('callout', {
      tone: 'takeaways',
      title: `Callout ${marker}`,
      content: richText(
        paragraph(
          text('See '),
          internalLink('articles', draftArticle.id, `unresolved ${marker}`),
          text(' and '),
          link({ linkType: 'custom', url: 'javascript:alert(1)' }, `unsafe ${marker}`),
          text(' and '),
          link({ linkType: 'custom', url: 'https://example.org/skin' }, 'an outside source'),
        ),
      ),
    }),
    heading('h2', `First section ${marker}`),
    paragraph(text('Read about '), internalLink('treatments', treatment.id, `the treatment link ${marker}`), text('.')),
    block('routineSteps', {
      title: `Routine ${marker}`,
      tips: [tipPm.id, draftTip.id, tipBoth.id],
      steps: [{ title: `Written step ${marker}`, text: 'Seal it in.' }],
    }),
    heading('h2', `Second section ${marker}`),
    block('treatmentCard', { treatment: treatment.id }),
    block('treatmentCard', { treatment: draftTreatment.id }),
    block('resultsTimeline', { treatment: treatment.id, firstVisible: `Block first ${marker}`, fullResult: 'Block full', lasts: 'Block lasts', note: 'Block note' }),
    block('figure', { image: image.id, caption: `Figure caption ${marker}` }),
    block('faqList', { title: `FAQ block ${marker}`, faqs: [faq.id, draftFaq.id] }),
    heading('h3', 'A smaller heading'),
  )
  const article = track(
    'articles',
    await payload.create({
      collection: 'articles',
      data: {
        ...published,
        title: `Article ${marker}${TRICKY_TITLE_SUFFIX}`,
        slug: `article-${marker}`,
        excerpt: `Excerpt of ${marker}.`,
        heroImage: image.id,
        body,
        treatments: [treatment.id, draftTreatment.id],
        faqs: [faq.id, draftFaq.id],
        tips: [tipAm.id, draftTip.id],
        topics: [topic.id],
        authors: [author.id],
        medical: true,
        publishedAt: '2026-01-15T09:00:00.000Z',
      } as never,
    }),
  ) as Article
  const related = track(
    'articles',
    await payload.create({
      collection: 'articles',
      data: {
        ...published,
        title: `Related ${marker}`,
        slug: `related-${marker}`,
        excerpt: `Related excerpt ${marker}.`,
        topics: [topic.id],
        treatments: [treatment.id],
        authors: [author.id],
        body: richText(paragraph(text(`Related body ${marker}`))),
        publishedAt: '2026-01-10T09:00:00.000Z',
      } as never,
    }),
  ) as Article
  const plainArticle = track(
    'articles',
    await payload.create({
      collection: 'articles',
      data: {
        ...published,
        title: `Plain ${marker}`,
        slug: `plain-${marker}`,
        body: richText(paragraph(text(`Plain body ${marker}`))),
        medical: false,
        publishedAt: '2026-01-05T09:00:00.000Z',
      } as never,
    }),
  ) as Article

  return {
    marker,
    draftMarker,
    topic,
    author,
    image,
    treatment,
    faq,
    tipAm,
    tipPm,
    tipBoth,
    article,
    related,
    plainArticle,
    drafts: { article: draftArticle, treatment: draftTreatment, faq: draftFaq, tip: draftTip },
    async cleanup() {
      // Referrers first, so nothing is left pointing at a deleted document.
      for (const { collection, id } of created.reverse()) {
        await payload.delete({ collection, id }).catch((error: unknown) => {
          if ((error as { status?: number }).status !== 404) throw error
        })
      }
    },
  }
}

/**
 * The fixtures for one test file: created before its tests with the site cache emptied,
 * removed after them. Read it like the fixtures themselves (`f.article.slug`) once tests run.
 */
export function useSiteFixtures(ctx: { payload: Payload }): SiteFixtures {
  let current: SiteFixtures | undefined
  beforeAll(async () => {
    current = await createSiteFixtures(ctx.payload)
    await purgeSiteCache()
  })
  afterAll(async () => {
    await current?.cleanup()
    await purgeSiteCache()
  })
  return new Proxy({} as SiteFixtures, {
    get(_, key) {
      if (!current) throw new Error('Site fixtures are created in beforeAll: read them inside a test')
      return current[key as keyof SiteFixtures]
    },
  })
}
