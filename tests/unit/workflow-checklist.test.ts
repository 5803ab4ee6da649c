import { describe, expect, it } from 'vitest'

import {
  type ChecklistItem,
  type Collection,
  type Content,
  DEFAULT_BANNED_CLAIMS,
  hasCitation,
  prePublishChecklist,
  requiresMedicalSignOff,
} from '@/workflow'

const NOW = new Date('2025-06-01T10:00:00.000Z')
const SIGN_OFF = {
  by: 'medic-1',
  name: 'Dr. Seo',
  credentials: 'MD, dermatologist',
  at: '2025-05-01T00:00:00.000Z',
  version: 'v1',
  reviewDueAt: '2026-05-01T00:00:00.000Z',
}

const COMPLETE: Record<Collection, Content> = {
  articles: {
    collection: 'articles',
    version: 'v1',
    title: 'Glass skin, explained',
    slug: 'glass-skin-explained',
    excerpt: 'The layering routine behind the look.',
    body: 'Hydrate in thin layers.',
    heroImage: { alt: 'Dewy cheek in soft light' },
    topics: ['skincare'],
  },
  treatments: {
    collection: 'treatments',
    version: 'v1',
    name: 'Laser toning',
    slug: 'laser-toning',
    metaDescription: 'Low-energy laser for uneven tone.',
    heroImage: { alt: 'Clinician holding a laser handpiece' },
    topics: ['lasers'],
    signOff: SIGN_OFF,
  },
  faqs: {
    collection: 'faqs',
    version: 'v1',
    question: 'How often should I exfoliate?',
    answer: 'Once or twice a week for most skin types.',
    topics: ['skincare'],
  },
  'beauty-tips': {
    collection: 'beauty-tips',
    version: 'v1',
    title: 'Pat, don’t rub',
    slug: 'pat-dont-rub',
    summary: 'Pressing essence in wastes less product.',
    topics: ['routine'],
  },
}

const ids = (items: ChecklistItem[]) => items.map((item) => item.id)
const check = (content: Content, options = {}) => prePublishChecklist(content, { at: NOW, ...options })

describe('checklist per collection', () => {
  it.each(Object.values(COMPLETE))('passes complete $collection', (content) => {
    expect(check(content)).toEqual([])
  })

  it.each<[Collection, string[]]>([
    ['articles', ['title', 'slug', 'excerpt', 'body', 'hero-image', 'topic']],
    ['treatments', ['name', 'slug', 'excerpt', 'hero-image', 'topic', 'medical-sign-off']],
    ['faqs', ['question', 'answer', 'topic']],
    ['beauty-tips', ['title', 'slug', 'summary', 'topic']],
  ])('lists everything an empty %s lacks', (collection, expected) => {
    expect(ids(check({ collection, version: 'v1' }))).toEqual(expected)
  })

  it.each<[Collection, keyof Content, string]>([
    ['articles', 'title', 'title'],
    ['articles', 'slug', 'slug'],
    ['articles', 'body', 'body'],
    ['articles', 'heroImage', 'hero-image'],
    ['articles', 'topics', 'topic'],
    ['treatments', 'name', 'name'],
    ['treatments', 'slug', 'slug'],
    ['treatments', 'heroImage', 'hero-image'],
    ['treatments', 'topics', 'topic'],
    ['treatments', 'signOff', 'medical-sign-off'],
    ['faqs', 'question', 'question'],
    ['faqs', 'answer', 'answer'],
    ['faqs', 'topics', 'topic'],
    ['beauty-tips', 'title', 'title'],
    ['beauty-tips', 'slug', 'slug'],
    ['beauty-tips', 'summary', 'summary'],
    ['beauty-tips', 'topics', 'topic'],
  ])('flags %s without %s as "%s"', (collection, field, id) => {
    const item = check({ ...COMPLETE[collection], [field]: null })
    expect(ids(item)).toEqual([id])
    expect(item[0].message.length).toBeGreaterThan(10)
  })

  it('treats blank text and empty topic lists as missing', () => {
    expect(ids(check({ ...COMPLETE.articles, title: '   ', topics: [] }))).toEqual(['title', 'topic'])
  })

  it('accepts an excerpt or a meta description, and asks for one when both are missing', () => {
    expect(check({ ...COMPLETE.articles, excerpt: null, metaDescription: 'From the SEO tab.' })).toEqual([])
    expect(ids(check({ ...COMPLETE.articles, excerpt: ' ', metaDescription: null }))).toEqual(['excerpt'])
    expect(ids(check({ ...COMPLETE.treatments, metaDescription: null }))).toEqual(['excerpt'])
  })

  it('requires alt text on the hero image, also where the image is optional', () => {
    expect(ids(check({ ...COMPLETE.articles, heroImage: { alt: '' } }))).toEqual(['hero-image-alt'])
    expect(ids(check({ ...COMPLETE['beauty-tips'], heroImage: {} }))).toEqual(['hero-image-alt'])
    expect(ids(check({ ...COMPLETE.faqs, heroImage: { alt: null } }))).toEqual(['hero-image-alt'])
    expect(check({ ...COMPLETE['beauty-tips'], heroImage: { alt: 'Hands pressing essence into a cheek' } })).toEqual([])
  })
})

describe('medical sign-off item', () => {
  const medicalArticle: Content = { ...COMPLETE.articles, medical: true, signOff: SIGN_OFF }

  it('is required for treatments and for flagged articles, FAQs and beauty tips only', () => {
    expect(requiresMedicalSignOff({ collection: 'treatments' })).toBe(true)
    expect(requiresMedicalSignOff({ collection: 'treatments', medical: false })).toBe(true)
    for (const collection of ['articles', 'faqs', 'beauty-tips'] as const) {
      expect(requiresMedicalSignOff({ collection })).toBe(false)
      expect(requiresMedicalSignOff({ collection, medical: true })).toBe(true)
      expect(ids(check({ ...COMPLETE[collection], medical: true }))).toEqual(['medical-sign-off'])
    }
  })

  it('distinguishes a missing, a stale and an overdue sign-off', () => {
    expect(check(medicalArticle)).toEqual([])
    const [missing] = check({ ...medicalArticle, signOff: null })
    const [stale] = check({ ...medicalArticle, version: 'v2' })
    const [overdue] = check(medicalArticle, { at: new Date('2026-05-01T00:00:00.000Z') })
    expect([missing.id, stale.id, overdue.id]).toEqual(['medical-sign-off', 'medical-sign-off', 'medical-sign-off'])
    expect(missing.message).toMatch(/must sign off/)
    expect(stale.message).toMatch(/earlier version/)
    expect(overdue.message).toMatch(/2026-05-01/)
  })
})

describe('banned claims in medical content', () => {
  const medical = (body: string, extra: Partial<Content> = {}): Content => ({
    ...COMPLETE.articles,
    medical: true,
    signOff: SIGN_OFF,
    body,
    ...extra,
  })
  const claims = (content: Content, options = {}) => check(content, options).filter((item) => item.id === 'banned-claim')

  it.each(DEFAULT_BANNED_CLAIMS)('flags "%s" without a citation', (phrase) => {
    expect(claims(medical(`Our clinic offers ${phrase} care for acne.`)).map((item) => item.phrase)).toContain(phrase)
  })

  it('returns the phrase, the field and the sentence it was found in', () => {
    const [item] = claims(medical('Hydration matters. This serum is a cure for rosacea! Apply nightly.'))
    expect(item).toMatchObject({
      id: 'banned-claim',
      field: 'body',
      phrase: 'cure',
      excerpt: 'This serum is a cure for rosacea!',
    })
    expect(item.message).toContain('"cure"')
  })

  it('shortens a long sentence around the phrase', () => {
    const long = `${'Gentle layering of essences and ampoules over several weeks '.repeat(4)}gives permanent results ${'for almost every skin type we have seen in clinic '.repeat(3)}.`
    const [item] = claims(medical(long))
    expect(item.excerpt).toContain('permanent results')
    expect(item.excerpt!.length).toBeLessThanOrEqual(162)
    expect(item.excerpt).toMatch(/^….*…$/)
  })

  it.each([
    ['a link', 'Results are permanent results for most patients (https://pubmed.ncbi.nlm.nih.gov/123456/).'],
    ['a numbered reference', 'No side effects were reported in the trial [2].'],
    ['a reference range', 'No side effects were reported in the trials [1-3].'],
    ['an author-year reference', 'No side effects were reported (Kim et al., 2021).'],
    ['an author-year pair', 'No side effects were reported (Park & Lee 2019).'],
    ['a DOI', 'No side effects were reported, doi:10.1111/jocd.14321.'],
    ['a PubMed id', 'No side effects were reported (PMID: 34567890).'],
    ['a named source', 'According to the Korean Dermatological Association, it is risk-free for most adults.'],
    ['a citation elsewhere in the paragraph', 'It is risk-free for most adults. A 2022 review agreed [4].'],
  ])('accepts the claim with %s', (_case, body) => {
    expect(claims(medical(body))).toEqual([])
  })

  it('does not count vague attributions or a citation in another paragraph', () => {
    expect(claims(medical('According to experts, it is risk-free.'))).toHaveLength(1)
    expect(claims(medical('According to a study, it is risk-free.'))).toHaveLength(1)
    expect(claims(medical('It is risk-free.\nA later paragraph cites a trial [1].'))).toHaveLength(1)
    expect(hasCitation('since 2020 we have seen it')).toBe(false)
  })

  it('matches whole words and phrases only', () => {
    const clean = medical(
      'We use a curette. Store it in a secure place. The serum was procured locally. Miracles of chemistry aside, layer thinly. Guaranteeing nothing.',
    )
    expect(claims(clean)).toEqual([])
  })

  it('ignores case, and treats spaces and hyphens in a phrase alike', () => {
    expect(claims(medical('This CURES acne.')).map((item) => item.phrase)).toEqual(['cures'])
    expect(claims(medical('It is Risk Free and has no side-effects.')).map((item) => item.phrase)).toEqual([
      'risk-free',
      'no side effects',
    ])
    expect(claims(medical('Our filler is 100% safe.')).map((item) => item.phrase)).toEqual(['100% safe'])
  })

  it('scans every text a reader sees, not only the body', () => {
    const found = claims(medical('Plain body.', { title: 'The miracle peel', excerpt: 'Guaranteed glow.' }))
    expect(found.map((item) => [item.field, item.phrase])).toEqual([
      ['title', 'miracle'],
      ['excerpt', 'guaranteed'],
    ])
    const faq: Content = { ...COMPLETE.faqs, medical: true, signOff: SIGN_OFF, answer: 'Yes, it is a permanent cure.' }
    expect(claims(faq).map((item) => [item.field, item.phrase])).toEqual([['answer', 'cure']])
  })

  it('uses the configured list instead of the default', () => {
    const content = medical('It is a cure. It is painless.')
    expect(claims(content, { bannedClaims: ['painless'] }).map((item) => item.phrase)).toEqual(['painless'])
    expect(claims(content, { bannedClaims: [] })).toEqual([])
  })

  it('leaves non-medical content alone', () => {
    expect(check({ ...COMPLETE.articles, body: 'A miracle mist, guaranteed.' })).toEqual([])
  })
})
