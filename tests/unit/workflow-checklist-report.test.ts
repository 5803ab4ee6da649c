import { describe, expect, it } from 'vitest'

import { checklistReport, prePublishChecklist, type Content } from '@/workflow/checklist'

const article = (overrides: Partial<Content> = {}): Content => ({
  collection: 'articles',
  version: 'v1',
  title: 'Double cleansing',
  slug: 'double-cleansing',
  excerpt: 'Oil first, then foam.',
  body: 'Start with an oil cleanser.',
  heroImage: { alt: 'Two cleansers on a shelf' },
  topics: ['skincare'],
  ...overrides,
})

describe('the checklist as the panel lists it', () => {
  it('lists every check with ✓ when the article is complete', () => {
    const lines = checklistReport(article())
    expect(lines.map((line) => [line.label, line.ok])).toEqual([
      ['Title', true],
      ['URL slug', true],
      ['Excerpt or meta description', true],
      ['Body', true],
      ['Hero image', true],
      ['Alt text of the hero image', true],
      ['A topic', true],
    ])
  })

  it('says what to do for each unmet check, in the same words the workflow refuses with', () => {
    const content = article({ heroImage: null, topics: [], medical: true })
    const lines = checklistReport(content)
    const unmet = lines.filter((line) => !line.ok).map((line) => line.message)
    expect(unmet).toEqual(prePublishChecklist(content).map((item) => item.message))
    expect(unmet).toContain('Add a hero image.')
    // No alt-text line without an image; the medical checks join for medical content.
    expect(lines.map((line) => line.id)).not.toContain('hero-image-alt')
    expect(lines.map((line) => line.id)).toEqual(expect.arrayContaining(['medical-sign-off', 'banned-claim']))
  })
})
