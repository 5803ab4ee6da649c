import { describe, expect, it } from 'vitest'

import { sameContent } from '../../src/import/lookup'

/* Whether a batch's FAQ/tip update would change anything (src/import/lookup.ts, ImportBatch.flush). */
describe('sameContent', () => {
  const answer = { root: { type: 'root', children: [{ type: 'paragraph', children: [{ type: 'text', text: 'A little.' }] }] } }
  const data = { question: 'Does it hurt?', slug: 'does-it-hurt', generateSlug: false, answer, treatments: [3], order: 0, medical: true }

  it('sees a stored document as unchanged whatever jsonb did to its key order and empty values', () => {
    const stored = {
      id: 7,
      updatedAt: '2026-12-05T22:00:00.000Z',
      medical: true,
      order: 0,
      treatments: [3],
      answer: { root: { children: [{ children: [{ text: 'A little.', type: 'text' }], type: 'paragraph', format: null }], type: 'root' } },
      slug: 'does-it-hurt',
      question: 'Does it hurt?',
      generateSlug: true,
    }
    expect(sameContent(stored, data)).toBe(true)
  })

  it('sees a changed answer, relation or flag', () => {
    const stored = { ...data }
    expect(sameContent(stored, { ...data, answer: { root: { ...answer.root, children: [] } } })).toBe(false)
    expect(sameContent(stored, { ...data, treatments: [3, 4] })).toBe(false)
    expect(sameContent(stored, { ...data, medical: false })).toBe(false)
    expect(sameContent({ ...stored, _status: 'published' }, { ...data, _status: 'draft' })).toBe(false)
  })
})
