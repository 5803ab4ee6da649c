import { describe, expect, it } from 'vitest'

import { blocksToPlainText, parseDocument } from '@/import/parse'

const parse = (text: string) => parseDocument({ fileName: 'unseen.txt', bytes: new TextEncoder().encode(text) })

describe('structure recovery on articles unlike the seeds', () => {
  it('joins hard-wrapped prose into paragraphs and reads Q:/A: pairs as FAQs', () => {
    const doc = parse(
      [
        'Why Your Skin Barrier Matters More Than Any Serum',
        '',
        'Dermatologists agree that the skin barrier is the foundation of a healthy',
        'complexion. When it is compromised, water escapes and irritants get in, which',
        'leads to redness, tightness and breakouts that no serum can fix.',
        '',
        'How to Repair It',
        '',
        'Strip your routine back to a gentle cleanser, a ceramide moisturiser and a',
        'mineral sunscreen. Reintroduce one active at a time, waiting a week between',
        'each.',
        '',
        'Q&A',
        '',
        'Q: Can I keep using retinol?',
        'A: Pause it until the stinging stops, then restart twice a week.',
        '',
      ].join('\n'),
    )
    expect(doc.body.slice(0, 3).map((b) => b.kind)).toEqual(['paragraph', 'heading', 'paragraph'])
    expect(blocksToPlainText([doc.body[0]])).toMatch(/^Dermatologists agree .* healthy complexion\. When .* no serum can fix\.$/)
    expect(doc.faqs).toEqual([
      {
        question: 'Can I keep using retinol?',
        answer: [{ kind: 'paragraph', content: [{ text: 'Pause it until the stinging stops, then restart twice a week.' }] }],
      },
    ])
  })

  it('removes a table of contents that repeats later headings and reads the byline date', () => {
    const doc = parse(
      [
        'Home > Blog > Treatments',
        'Morpheus8 vs. Ultherapy: Which Tightens Better?',
        'Posted on March 3rd, 2024 by Dr. Kim',
        'Table of Contents',
        'What Is Morpheus8?',
        'What Is Ultherapy?',
        'What Is Morpheus8?',
        'Morpheus8 combines microneedling with radiofrequency energy to remodel collagen.',
        'Timeline: Initial tightening in 3 weeks, with full results at 3 months that last about a year.',
        'What Is Ultherapy?',
        'Ultherapy uses focused ultrasound to lift the deeper layers without breaking the skin.',
        '',
      ].join('\n'),
    )
    expect(doc.title).toBe('Morpheus8 vs. Ultherapy: Which Tightens Better?')
    expect(doc.publishedAt).toBe('2024-03-03T00:00:00.000Z')
    expect(doc.removed.map((r) => r.line)).toEqual([1, 3, 4, 5, 6])
    expect(doc.body.filter((b) => b.kind === 'heading').map((b) => b.kind === 'heading' && b.text)).toEqual([
      'What Is Morpheus8?',
      'What Is Ultherapy?',
    ])
    expect(doc.treatments.find((t) => t.key === 'rf-microneedling')?.timeline).toMatchObject({
      firstVisible: 'in 3 weeks',
      fullResult: 'at 3 months',
      lasts: 'about a year',
    })
    expect(doc.body.filter((b) => b.kind === 'treatmentCard')).toEqual([
      { kind: 'treatmentCard', treatmentKey: 'rf-microneedling' },
      { kind: 'treatmentCard', treatmentKey: 'hifu' },
    ])
  })

  it('reads a Markdown ordered list of "**Title:** text" items under a routine heading as tips', () => {
    const doc = parse(
      [
        '# After Your Peel',
        '',
        'Skin is fragile for a week.',
        '',
        '## Your Evening Routine',
        '',
        '1. **Cleanse gently:** use a low-pH gel.',
        '2. **Hydrate:** apply a ceramide cream.',
        '',
        '## Questions',
        '',
        '## Can I wear makeup?',
        '',
        'After 48 hours.',
        '',
      ].join('\n'),
    )
    expect(doc.tips).toEqual([
      { title: 'Cleanse gently', body: [{ kind: 'paragraph', content: [{ text: 'use a low-pH gel.' }] }], category: 'cleansing', routine: 'pm', step: 1 },
      { title: 'Hydrate', body: [{ kind: 'paragraph', content: [{ text: 'apply a ceramide cream.' }] }], category: 'hydration', routine: 'pm', step: 2 },
    ])
    expect(doc.faqs.map((f) => f.question)).toEqual(['Can I wear makeup?'])
  })

  it('reports WordPress shortcodes and block comments in Markdown without leaving them in the text', () => {
    const doc = parse(
      [
        '# Gallery Day',
        '',
        'Our favourite looks from the week. [caption id="a1"]',
        '',
        '[gallery ids="1,2,3"]',
        '',
        '<!-- wp:paragraph -->',
        '<p>Finish with a <em>sleeping mask</em>.</p>',
        '<!-- /wp:paragraph -->',
        '',
      ].join('\n'),
    )
    expect(doc.removed).toEqual([
      { line: 3, text: '[caption id="a1"]', reason: 'shortcode' },
      { line: 5, text: '[gallery ids="1,2,3"]', reason: 'shortcode' },
      { line: 7, text: '<!-- wp:paragraph -->', reason: 'boilerplate' },
      { line: 9, text: '<!-- /wp:paragraph -->', reason: 'boilerplate' },
    ])
    expect(doc.body).toEqual([
      { kind: 'paragraph', content: [{ text: 'Our favourite looks from the week.' }] },
      { kind: 'paragraph', content: [{ text: 'Finish with a ' }, { text: 'sleeping mask', italic: true }, { text: '.' }] },
    ])
  })

  it('keeps a single trailing ellipsis that is the author’s own', () => {
    const doc = parse('Glow Notes\nThe best skin days start the night before.\nAnd that is only the beginning…\n')
    expect(doc.removed).toEqual([])
    expect(blocksToPlainText(doc.body)).toContain('And that is only the beginning…')
  })
})
