import { readFileSync } from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import {
  blocksToPlainText,
  lexicalToPlainText,
  parseDocument,
  toLexical,
  type Block,
  type ParsedDocument,
} from '@/import/parse'

import { keptSourceSentences, normaliseText, SEED_DIR, seedSource } from '../helpers/seed'

const MED_SPA = '000_d383ad221bb47451.txt'
const DERMATOLOGIST = '001_f71a46d45cdf4ebb.txt'
const KOREAN_ROUTINE = '002_8c5433be48fa9506.txt'
const BEAUTY_SECRETS = '003_9c52c2d3c49fe0b9.txt'
const ALL_SEEDS = [MED_SPA, DERMATOLOGIST, KOREAN_ROUTINE, BEAUTY_SECRETS]

const sourceOf = seedSource
const parseSeed = (file: string) => parseDocument({ fileName: file, bytes: readFileSync(path.join(SEED_DIR, file)) })
const refs = {
  faqId: (i: number) => `faq-${i}`,
  tipId: (i: number) => `tip-${i}`,
  treatmentId: (k: string) => `t-${k}`,
}
const richText = (blocks: Block[]) => lexicalToPlainText(toLexical(blocks, refs))
const normalise = normaliseText

function blocksOf<K extends Block['kind']>(doc: ParsedDocument, kind: K): Extract<Block, { kind: K }>[] {
  return doc.body.filter((b): b is Extract<Block, { kind: K }> => b.kind === kind)
}

describe('medical-spa article (plain text with numbered treatment sections and FAQ)', () => {
  const doc = parseSeed(MED_SPA)

  it('is read as plain text and flags its missing title line', () => {
    expect(doc.format).toBe('text')
    expect(doc.title.length).toBeGreaterThan(10)
    expect(doc.slug).toMatch(/^[a-z0-9-]+$/)
    expect(doc.warnings.some((w) => /title/.test(w.message))).toBe(true)
  })

  it('yields exactly its five FAQ questions, with answers, once', () => {
    expect(doc.faqs.map((f) => f.question)).toEqual([
      'How soon will I see results from medical spa treatments for glass skin?',
      'Which treatments are best for glass skin?',
      'Will I need ongoing treatments to maintain glass skin?',
      'Are there risks or side effects?',
      'Can home care speed up or support my results?',
    ])
    expect(doc.faqs.every((f) => blocksToPlainText(f.answer).length > 20)).toBe(true)
    expect(blocksOf(doc, 'faqList')).toEqual([{ kind: 'faqList', faqIndexes: [0, 1, 2, 3, 4] }])
    expect(blocksToPlainText(doc.body)).not.toContain('Which treatments are best for glass skin?')
  })

  it('turns the numbered sections into h3 headings under their h2', () => {
    const headings = blocksOf(doc, 'heading')
    const parent = headings.findIndex((h) => h.text === 'How Medical Spa Treatments Make a Difference')
    expect(headings[parent].level).toBe(2)
    expect(headings.slice(parent + 1, parent + 6).map((h) => [h.level, h.text])).toEqual([
      [3, '1. HydraFacial MD Elite and Advanced Facials'],
      [3, '2. Microneedling and RF Microneedling (Sylfirm X)'],
      [3, '3. Laser Resurfacing (Clear + Brilliant®, Fraxel Dual)'],
      [3, '4. Chemical Peels'],
      [3, '5. Ongoing Professional Skincare and Home Support'],
    ])
    expect(headings.find((h) => h.text === 'What is Glass Skin?')?.level).toBe(2)
    expect(doc.headings).toBe(headings.length)
  })

  it('links the treatments of its numbered sections, most specific first, with their timelines', () => {
    const keys = doc.treatments.map((t) => t.key)
    expect(keys).toEqual(
      expect.arrayContaining([
        'hydrafacial',
        'microneedling',
        'rf-microneedling',
        'laser-resurfacing',
        'chemical-peel',
      ]),
    )
    const byKey = Object.fromEntries(doc.treatments.map((t) => [t.key, t]))
    expect(byKey['rf-microneedling'].matchedText).toEqual(expect.arrayContaining(['RF Microneedling', 'Sylfirm X']))
    expect(byKey.hydrafacial.timeline).toMatchObject({ firstVisible: 'immediately', fullResult: 'after 2–4 sessions' })
    expect(byKey.microneedling.timeline).toMatchObject({
      firstVisible: 'within 2–3 weeks',
      fullResult: 'over 2–3 months',
    })
    expect(byKey['rf-microneedling'].timeline?.raw).toBe(byKey.microneedling.timeline?.raw)
    expect(byKey['laser-resurfacing'].timeline?.raw).toMatch(/^Results start to show in about 1–2 weeks/)
    expect(byKey['chemical-peel'].timeline).toMatchObject({ firstVisible: 'within days', fullResult: 'in 2–4 weeks' })
    expect(blocksOf(doc, 'treatmentCard').map((c) => c.treatmentKey)).toEqual([
      'hydrafacial',
      'microneedling',
      'rf-microneedling',
      'laser-resurfacing',
      'chemical-peel',
    ])
  })

  it('keeps "Timeline:" lines as labelled text', () => {
    const labelled = blocksOf(doc, 'labelled')
    expect(labelled).toHaveLength(4)
    expect(labelled.every((b) => b.label === 'Timeline')).toBe(true)
  })

  it('puts the TL;DR and key takeaways lists in info callouts', () => {
    const callouts = blocksOf(doc, 'callout')
    expect(callouts.map((c) => [c.tone, c.title])).toEqual([
      ['info', 'TLDR – Quick Guide'],
      ['info', 'Key Takeaways'],
    ])
    const lists = callouts.map((c) => c.body.find((b) => b.kind === 'list'))
    expect(lists.map((l) => (l?.kind === 'list' ? l.items.length : 0))).toEqual([5, 4])
  })

  it('bolds the "Label:" leads of label-style bullet lists', () => {
    const list = blocksOf(doc, 'list')[0]
    expect(list.items[0][0]).toEqual({ text: 'Extreme clarity:', bold: true })
  })

  it('removes and reports the "Jump To:" navigation line', () => {
    expect(doc.removed).toEqual([{ line: 3, text: 'Jump To:', reason: 'navigation' }])
  })
})

describe('dermatologist article (paragraphs only, scraped teasers at the end)', () => {
  const doc = parseSeed(DERMATOLOGIST)

  it('removes and reports every trailing teaser line, duplicates included', () => {
    expect(doc.removed.map((r) => [r.line, r.reason])).toEqual([19, 20, 21, 22, 23, 24].map((line) => [line, 'teaser']))
    expect(doc.removed[0].text).toBe(
      'The Science Behind Stress and Your Skin When you experience stress, your body goes into…',
    )
    expect(blocksToPlainText(doc.body)).not.toMatch(/…/)
  })

  it('keeps the article as paragraphs and finds the treatments named in prose', () => {
    expect(doc.headings).toBe(0)
    expect(blocksOf(doc, 'paragraph')).toHaveLength(18)
    expect(doc.treatments.map((t) => t.key)).toEqual(
      expect.arrayContaining(['chemical-peel', 'microdermabrasion', 'microneedling', 'led-therapy']),
    )
  })

  it('uses the first paragraph, cut at a sentence, as the excerpt', () => {
    expect(doc.excerpt).toMatch(/^Originating as a korean skin trend/)
    expect(doc.excerpt!.length).toBeLessThanOrEqual(300)
    expect(doc.excerpt).toMatch(/[.!?]$/)
  })
})

describe('Korean routine article (bare-line headings, a link promised without a URL)', () => {
  const doc = parseSeed(KOREAN_ROUTINE)

  it('takes the first line as the title and heading-shaped lines as h2, colons included', () => {
    expect(doc.title).toBe('Korean Skincare: Achieving the "Glass Skin" Look')
    expect(doc.slug).toBe('korean-skincare-achieving-the-glass-skin-look')
    expect(blocksOf(doc, 'heading').map((h) => [h.level, h.text])).toEqual([
      [2, 'Double Cleansing: The First Step in Achieving Glass Skin'],
      [2, 'Exfoliation: Unclogging Pores for a Smooth Complexion'],
      [2, "Toning: Balancing the Skin's pH"],
      [2, 'Layering: Nourishing and Protecting the Skin'],
      [2, 'Consistency is Key'],
    ])
  })

  it('keeps the sentence that promises a link and warns with its line', () => {
    expect(doc.warnings).toEqual([
      expect.objectContaining({ line: 30, message: expect.stringContaining('check out this link') }),
    ])
    expect(blocksToPlainText(doc.body)).toContain('you can check out this link which includes expert advice')
  })
})

describe('beauty-secrets article (Markdown with front matter and a shortcode)', () => {
  const doc = parseSeed(BEAUTY_SECRETS)

  it('uses the front-matter title, date, description and image', () => {
    expect(doc.format).toBe('markdown-frontmatter')
    expect(doc.title).toBe('Korean Skincare: Unlock the Secrets to Achieving Glass Skin')
    expect(doc.slug).toBe('korean-skincare-unlock-the-secrets-to-achieving-glass-skin')
    expect(doc.publishedAt).toBe('2024-12-14T10:06:00.000Z')
    expect(doc.excerpt).toBe('9 Proven Korean Beauty Secrets for Flawless, Luminous Skin')
    expect(doc.metaDescription).toBe(doc.excerpt)
    expect(doc.heroImage).toBe('images/pexels-arina-krasnikova-7752449.jpg')
  })

  it('yields the nine secrets as tips, in place of the list and not duplicated in the body', () => {
    expect(doc.tips.map((t) => t.title)).toEqual([
      'Indulge in a Steam Session',
      'Practice Daily Facial Exercises',
      'Double Cleanse Your Skin',
      'Exfoliate with a Damp Washcloth',
      'Tone Your Skin with Natural Ingredients',
      'Moisturize from Head to Toe',
      'Treat Yourself to Face Masks',
      'Master the Tapping Technique',
      'Drink Your Way to Radiance',
    ])
    expect(doc.tips.map((t) => t.category)).toEqual([
      'cleansing',
      'lifestyle',
      'cleansing',
      'exfoliation',
      'toning',
      'hydration',
      'masks',
      'application-technique',
      'nutrition',
    ])
    expect(doc.tips[0].body).toHaveLength(1)
    const kinds = doc.body.map((b) => b.kind)
    expect(kinds).toEqual([
      'heading',
      'paragraph',
      'paragraph',
      'heading',
      'paragraph',
      'routineSteps',
      'heading',
      'paragraph',
      'paragraph',
    ])
    expect(blocksOf(doc, 'routineSteps')[0].tipIndexes).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8])
    expect(blocksToPlainText(doc.body)).not.toContain('Indulge in a Steam Session')
  })

  it('reports the shortcode and leaves no trace of it in the body', () => {
    expect(doc.removed).toEqual([{ line: 69, text: '{{< skin-analysis >}}', reason: 'shortcode' }])
    expect(richText(doc.body)).not.toMatch(/\{\{|skin-analysis/)
  })

  it('keeps inline bold from the Markdown', () => {
    const bold = blocksOf(doc, 'paragraph')
      .flatMap((p) => p.content)
      .filter((r) => r.bold)
    expect(bold.map((r) => r.text)).toContain('Cosmi’s cutting-edge AI skincare technology')
  })
})

describe('no body text is lost', () => {
  it.each(ALL_SEEDS)('every kept sentence of %s is stored in body, FAQs or tips', (file) => {
    const doc = parseSeed(file)
    const stored = normalise(
      [
        doc.title,
        richText(doc.body),
        ...doc.faqs.flatMap((f) => [f.question, richText(f.answer)]),
        ...doc.tips.flatMap((t) => [t.title, richText(t.body)]),
      ].join('\n'),
    )
    const sentences = keptSourceSentences(sourceOf(file), doc)
    expect(sentences.length).toBeGreaterThan(10)
    expect(sentences.filter((s) => !stored.includes(s))).toEqual([])
  })
})

describe('seed summary', () => {
  it('gives stable counts for all four files', () => {
    const summary = ALL_SEEDS.map((file) => {
      const d = parseSeed(file)
      return [d.headings, d.faqs.length, d.tips.length, d.treatments.length, d.removed.length, d.warnings.length]
    })
    expect(summary).toEqual([
      [11, 5, 0, 5, 1, 1],
      [0, 0, 0, 6, 6, 1],
      [5, 0, 0, 0, 0, 1],
      [3, 0, 9, 0, 1, 0],
    ])
  })

  it('gives the same document for the same bytes', () => {
    for (const file of ALL_SEEDS) expect(parseSeed(file)).toEqual(parseSeed(file))
  })
})
