import { describe, expect, it } from 'vitest'

import { parseDocument } from '../../src/import/parse'

const parse = (text: string) => parseDocument({ fileName: 'x', bytes: Buffer.from(text) })
const messages = (text: string) => parse(text).warnings.map((w) => w.message)

describe('warnings a reviewer needs', () => {
  it('says when an FAQ heading has no questions after it', () => {
    const text = '# Sheet Masks\n\n## FAQ\n\nWe will add answers to your questions soon, so check back later.\n'
    expect(messages(text)).toContainEqual(expect.stringMatching(/^FAQ heading "FAQ" but no questions found/))
  })

  it('says when the title was derived', () => {
    const text = 'sheet masks are best used after toner, when the skin is still slightly damp and ready to drink.\n\nMore text follows here in a second paragraph.\n'
    expect(messages(text)).toContainEqual(expect.stringMatching(/^title derived/))
  })

  it('says when an ordered list looks like tips but was kept as a list', () => {
    const text = '# Three Tips for Calm Skin\n\n## Our Best Tips\n\n1. Rinse with cool water\n2. Skip fragrance\n3. Sleep on silk\n'
    const doc = parse(text)
    expect(doc.tips).toEqual([])
    expect(doc.warnings.map((w) => w.message)).toContainEqual(expect.stringMatching(/^list looks like tips but was kept as a list/))
  })
})

describe('treatments', () => {
  it('gives one card per treatment however many headings name it', () => {
    const text = [
      '# Microneedling Guide',
      '## Microneedling Basics',
      'Microneedling uses fine needles to start repair.',
      '## Microneedling Aftercare',
      'Keep microneedling skin clean for a day.',
      '## Microneedling Costs',
      'Prices vary.',
    ].join('\n\n')
    const cards = parse(text).body.filter((b) => b.kind === 'treatmentCard')
    expect(cards).toEqual([{ kind: 'treatmentCard', treatmentKey: 'microneedling' }])
  })

  it('does not link a treatment named only in a removed related-content block', () => {
    const text = 'Sheet Mask Basics\nA sheet mask holds serum against the skin for fifteen minutes so it can soak in.\nRelated treatments\nHydraFacial: deep cleaning for busy people…\n'
    const doc = parse(text)
    expect(doc.treatments).toEqual([])
    expect(doc.removed.map((r) => r.text)).toContain('HydraFacial: deep cleaning for busy people…')
  })

  it('recognises common synonyms', () => {
    const keys = (s: string) => parse(`# T\n\n${s}\n`).treatments.map((t) => t.key)
    expect(keys('We compared a hydrofacial with an aqua peel.')).toEqual(['hydrafacial'])
    expect(keys('Laser skin resurfacing smooths deeper lines.')).toEqual(['laser-resurfacing'])
    expect(keys('Wrinkle fillers restore volume.')).toEqual(['dermal-fillers'])
    expect(keys('Light therapy calms redness.')).toEqual(['led-therapy'])
    expect(keys('보톡스를 맞은 뒤에는 눕지 마세요.')).toEqual(['neurotoxin'])
  })

  it('reports a Hugo shortcode spread over several lines, line by line', () => {
    const doc = parse('# Title Here\n\nFirst paragraph of real text.\n\n{{< figure\n  src="a.jpg"\n  caption="A" >}}\n\nLast paragraph of text.\n')
    expect(doc.removed.filter((r) => r.reason === 'shortcode').map((r) => r.line)).toEqual([5, 6, 7])
    expect(JSON.stringify(doc.body)).not.toContain('figure')
  })
})
