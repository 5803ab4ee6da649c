import { describe, expect, it } from 'vitest'

import { blocksToPlainText, ImportParseError, MAX_SOURCE_BYTES, parseDocument, type ParsedDocument } from '@/import/parse'

const bytesOf = (text: string) => new TextEncoder().encode(text)
const parse = (text: string, fileName = 'article.txt') => parseDocument({ fileName, bytes: bytesOf(text) })

function parseError(bytes: Uint8Array): ImportParseError {
  try {
    parseDocument({ fileName: 'broken.txt', bytes })
  } catch (error) {
    if (error instanceof ImportParseError) return error
    throw error
  }
  throw new Error('expected an ImportParseError')
}

const ARTICLE = [
  'Barrier Repair Basics',
  'A healthy barrier keeps water in and irritants out. It is the base of every glowing routine.',
  'Why It Matters',
  'Without it, even gentle products sting. Ceramides and fatty acids rebuild it over a few weeks.',
  '',
].join('\n')

describe('refusing bad input', () => {
  it('refuses an empty file', () => {
    expect(parseError(new Uint8Array()).message).toBe('file is empty')
  })

  it('refuses a whitespace-only file', () => {
    expect(parseError(bytesOf(' \n\t\r\n  ')).message).toMatch(/only whitespace/)
  })

  it('refuses a binary file, naming the NUL byte', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d])
    expect(parseError(png).message).toMatch(/binary.*NUL/)
  })

  it('refuses text full of control characters', () => {
    const noisy = new Uint8Array(200).map((_, i) => (i % 5 === 0 ? 0x01 : 0x61))
    expect(parseError(noisy).message).toMatch(/binary/)
  })

  it('refuses invalid UTF-8 and reports the line of the first bad byte', () => {
    const bytes = new Uint8Array([...bytesOf('Title line\nfine line\nbad '), 0xff, ...bytesOf(' byte here\nmore\n')])
    const error = parseError(bytes)
    expect(error.line).toBe(3)
    expect(error.message).toMatch(/not valid UTF-8.*line 3/)
  })

  it('refuses a truncated UTF-8 sequence at the end of a line, on that line', () => {
    const bytes = new Uint8Array([...bytesOf('ok\ncaf'), 0xc3, ...bytesOf('\nnext\n')])
    expect(parseError(bytes).line).toBe(2)
  })

  it('refuses a UTF-16 byte-order mark followed by bytes that are not UTF-16', () => {
    expect(parseError(new Uint8Array([0xff, 0xfe, 0x00, 0xdc])).message).toMatch(/UTF-16/)
  })

  it('refuses broken front matter and names the line', () => {
    const error = parseError(bytesOf('---\ntitle: Fine\ndate: [2024-01-01\n---\nBody text.\n'))
    expect(error.line).toBe(3)
    expect(error.message).toMatch(/front matter is not valid YAML on line 3/)
  })

  it('refuses front matter that is never closed', () => {
    const error = parseError(bytesOf('---\ntitle: Fine\n\nBody text.\n'))
    expect(error.line).toBe(1)
    expect(error.message).toMatch(/no closing "---"/)
  })

  it('refuses a 10 MB file fast, before decoding it', () => {
    const huge = new Uint8Array(10 * 1024 * 1024).fill(0xff)
    const started = performance.now()
    const error = parseError(huge)
    expect(performance.now() - started).toBeLessThan(50)
    expect(error.message).toBe('file is 10.0 MB; the import limit is 5 MB')
    expect(MAX_SOURCE_BYTES).toBe(5 * 1024 * 1024)
  })

  it('refuses a file that is nothing but page furniture', () => {
    expect(parseError(bytesOf('Skip to content\nShare this\n')).message).toMatch(/no article text/)
  })
})

describe('normalising accepted input', () => {
  const plain = parse(ARTICLE)

  it('reads CRLF and lone CR line endings like LF, hash included', () => {
    expect(parse(ARTICLE.replace(/\n/g, '\r\n'))).toEqual(plain)
    expect(parse(ARTICLE.replace(/\n/g, '\r'))).toEqual(plain)
  })

  it('drops a UTF-8 byte-order mark', () => {
    const withBom = parseDocument({ fileName: 'bom.txt', bytes: new Uint8Array([0xef, 0xbb, 0xbf, ...bytesOf(ARTICLE)]) })
    expect(withBom).toEqual(plain)
    expect(withBom.title).toBe('Barrier Repair Basics')
  })

  it('detects the format from content, not the file name', () => {
    expect(parse(ARTICLE, 'looks-like.html').format).toBe('text')
    expect(parse('# Title\n\nSome **bold** words and a [link](https://example.com).\n', 'notes.txt').format).toBe('markdown')
  })
})

describe('Markdown without front matter', () => {
  const doc = parse(
    [
      '# Ceramides, Explained',
      '',
      'Ceramides are lipids. Read the [full study](https://example.com/study) or *skim* the `TL;DR`.',
      '',
      '## How to Use Them',
      '',
      '- Apply after **toner**',
      '- Layer under sunscreen',
      '  - even on cloudy days',
      '',
      '> Your barrier is your best friend.',
      '',
      '**Pro tip:** pair them with niacinamide.',
      '',
      '![texture shot](img/texture.jpg)',
      '',
    ].join('\n'),
  )

  it('takes the h1 as title and converts the rest to blocks with inline marks', () => {
    expect(doc.format).toBe('markdown')
    expect(doc.title).toBe('Ceramides, Explained')
    expect(doc.body[0]).toEqual({
      kind: 'paragraph',
      content: [
        { text: 'Ceramides are lipids. Read the ' },
        { text: 'full study', link: 'https://example.com/study' },
        { text: ' or ' },
        { text: 'skim', italic: true },
        { text: ' the ' },
        { text: 'TL;DR', code: true },
        { text: '.' },
      ],
    })
    expect(doc.body[1]).toEqual({ kind: 'heading', level: 2, text: 'How to Use Them' })
    expect(doc.body[2]).toMatchObject({ kind: 'list', ordered: false })
    expect(doc.body[3]).toEqual({ kind: 'quote', content: [{ text: 'Your barrier is your best friend.' }] })
    expect(doc.body[4]).toEqual({ kind: 'labelled', label: 'Pro tip', content: [{ text: 'pair them with niacinamide.' }] })
  })

  it('flattens nested lists and reports images it cannot import', () => {
    const list = doc.body[2]
    expect(list.kind === 'list' && list.items.length).toBe(3)
    expect(doc.warnings.map((w) => w.message)).toEqual(
      expect.arrayContaining([expect.stringMatching(/nested list/), expect.stringMatching(/image "texture shot"/)]),
    )
  })
})

describe('HTML documents', () => {
  const doc = parse(
    [
      '<!doctype html>',
      '<html><head><title>Peel Guide | Glassworks</title>',
      '<meta name="description" content="What a chemical peel does, week by week.">',
      '<meta property="og:image" content="/media/peel.jpg">',
      '<meta property="article:published_time" content="2024-05-01T09:00:00Z">',
      '</head><body>',
      '<nav><a href="/">Home</a> <a href="/blog">Blog</a></nav>',
      '<article>',
      '<h1>The Chemical Peel Guide</h1>',
      '<p>A <strong>chemical peel</strong> speeds up cell turnover. <a href="https://example.com/peels">More on peels</a>.</p>',
      '<h2>FAQ</h2>',
      '<h3>Does it hurt?</h3>',
      '<p>It stings for a minute or two.</p>',
      '<h3>How often can I have one?</h3>',
      '<p>Every four to six weeks for light peels.</p>',
      '</article>',
      '<div class="share-buttons">Share on Facebook</div>',
      '<footer>© 2024 Glassworks. All rights reserved.</footer>',
      '<script>track()</script>',
      '</body></html>',
    ].join('\n'),
  )

  it('reads metadata and the h1 title', () => {
    expect(doc).toMatchObject({
      format: 'html',
      title: 'The Chemical Peel Guide',
      metaDescription: 'What a chemical peel does, week by week.',
      excerpt: 'What a chemical peel does, week by week.',
      heroImage: '/media/peel.jpg',
      publishedAt: '2024-05-01T09:00:00.000Z',
    })
  })

  it('keeps inline marks and links, and lifts the FAQ out of the body', () => {
    expect(doc.body[0]).toEqual({
      kind: 'paragraph',
      content: [
        { text: 'A ' },
        { text: 'chemical peel', bold: true },
        { text: ' speeds up cell turnover. ' },
        { text: 'More on peels', link: 'https://example.com/peels' },
        { text: '.' },
      ],
    })
    expect(doc.faqs.map((f) => f.question)).toEqual(['Does it hurt?', 'How often can I have one?'])
    expect(doc.body.slice(1)).toEqual([{ kind: 'heading', level: 2, text: 'FAQ' }, { kind: 'faqList', faqIndexes: [0, 1] }])
    expect(doc.treatments.map((t) => t.key)).toEqual(['chemical-peel'])
  })

  it('removes navigation, share bars, footer and scripts, reporting each with its line', () => {
    expect(doc.removed).toEqual([
      { line: 7, text: 'Home Blog', reason: 'navigation' },
      { line: 17, text: 'Share on Facebook', reason: 'navigation' },
      { line: 18, text: '© 2024 Glassworks. All rights reserved.', reason: 'navigation' },
      { line: 19, text: '<script>', reason: 'boilerplate' },
    ])
  })
})

describe('plain-text structure recovery', () => {
  const doc = parse(
    [
      'Skip to content',
      'Home › Blog › Routines',
      'Your Night Routine, Simplified',
      'Evenings are when skin repairs itself, so this routine focuses on gentle cleansing and deep hydration.',
      'Morning Routine Steps',
      'Step 1: Cleanse',
      'Use a low-pH gel cleanser and lukewarm water.',
      'Step 2: Protect',
      'Finish with SPF 50 sunscreen every morning.',
      'Aftercare',
      'Downtime: None for most people.',
      'Best for: dry, dull skin.',
      'Frequently Asked Questions',
      'Can I skip toner?',
      'Yes, if your cleanser is gentle.',
      'Is retinol safe nightly?',
      'Start twice a week. Build up slowly.',
      'Disclaimer: This article is not medical advice.',
      'For product picks, see our guide below.',
      'Read more: The 5-minute glow routine…',
      'Why double cleansing works…',
      '{{% newsletter-signup %}}',
      '',
    ].join('\n'),
  )

  it('removes navigation, breadcrumb, teasers and shortcodes with their lines', () => {
    expect(doc.removed.map((r) => [r.line, r.reason])).toEqual([
      [1, 'navigation'],
      [2, 'navigation'],
      [20, 'navigation'],
      [21, 'teaser'],
      [22, 'shortcode'],
    ])
  })

  it('turns "Step N:" lines into tips with their step numbers and routine', () => {
    expect(doc.title).toBe('Your Night Routine, Simplified')
    expect(doc.tips).toEqual([
      expect.objectContaining({ title: 'Cleanse', step: 1, category: 'cleansing', routine: 'am' }),
      expect.objectContaining({ title: 'Protect', step: 2, category: 'sun-protection', routine: 'am' }),
    ])
  })

  it('keeps label lines as labelled blocks, even short ones', () => {
    const labels = doc.body.flatMap((b) => (b.kind === 'labelled' ? [b.label] : []))
    expect(labels).toEqual(['Downtime', 'Best for'])
  })

  it('ends the FAQ section at the page disclaimer, which stays in the body as a callout', () => {
    expect(doc.faqs.map((f) => f.question)).toEqual(['Can I skip toner?', 'Is retinol safe nightly?'])
    expect(blocksToPlainText(doc.faqs[1].answer)).toBe('Start twice a week. Build up slowly.')
    expect(doc.body).toContainEqual({
      kind: 'callout',
      tone: 'disclaimer',
      title: 'Disclaimer',
      body: [{ kind: 'paragraph', content: [{ text: 'This article is not medical advice.' }] }],
    })
  })

  it('keeps a link-promising sentence and warns with its line', () => {
    expect(doc.warnings).toContainEqual(expect.objectContaining({ line: 19, message: expect.stringContaining('see our guide below') }))
    const stored = [blocksToPlainText(doc.body), ...doc.faqs.map((f) => blocksToPlainText(f.answer))].join('\n')
    expect(stored).toContain('For product picks, see our guide below.')
  })

  it('does not warn when the promised link is there', () => {
    const linked = parse('Glow Guide\nFor product picks, click here: https://example.com/picks\nThat is all for today.\n')
    expect(linked.warnings).toEqual([])
    expect(linked.body[0]).toEqual({
      kind: 'paragraph',
      content: [{ text: 'For product picks, click here: ' }, { text: 'https://example.com/picks', link: 'https://example.com/picks' }],
    })
  })
})

describe('numbered lines', () => {
  it('stay an ordered list when they are items, not section headings', () => {
    const doc: ParsedDocument = parse('Quick Picks\nOur favourites this month:\n1. A gentle cleanser\n2. A barrier cream\n3. A mineral sunscreen\nThat is the list.\n')
    expect(doc.body).toContainEqual({
      kind: 'list',
      ordered: true,
      items: [[{ text: 'A gentle cleanser' }], [{ text: 'A barrier cream' }], [{ text: 'A mineral sunscreen' }]],
    })
  })
})
