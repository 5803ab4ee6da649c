import path from 'node:path'
import { readFileSync } from 'node:fs'

import { LinkNode, ServerBlockNode } from '@payloadcms/richtext-lexical'
import { createHeadlessEditor } from '@payloadcms/richtext-lexical/lexical/headless'
import { ListItemNode, ListNode } from '@payloadcms/richtext-lexical/lexical/list'
import { HeadingNode, QuoteNode } from '@payloadcms/richtext-lexical/lexical/rich-text'
import { SEED_DIR } from '../helpers/seed'
import { describe, expect, it } from 'vitest'

import { lexicalToPlainText, parseDocument, toLexical, type Block, type LexicalNode } from '@/import/parse'

const refs = {
  faqId: (i: number) => 100 + i,
  tipId: (i: number) => `tip-${i}`,
  treatmentId: (key: string) => (key === 'hydrafacial' ? 7 : undefined),
}

const blocks: Block[] = [
  { kind: 'heading', level: 2, text: 'Why It Works' },
  {
    kind: 'paragraph',
    content: [
      { text: 'Plain ' },
      { text: 'bold', bold: true },
      { text: ' and ' },
      { text: 'linked ', link: 'https://example.com' },
      { text: 'bold link', link: 'https://example.com', bold: true },
      { text: '\nnext line with ' },
      { text: 'code', code: true, italic: true },
    ],
  },
  { kind: 'list', ordered: true, start: 3, items: [[{ text: 'three' }], [{ text: 'four' }]] },
  { kind: 'quote', content: [{ text: 'Quoted.' }] },
  { kind: 'labelled', label: 'Timeline', content: [{ text: 'Two weeks.' }] },
  {
    kind: 'callout',
    tone: 'info',
    title: 'TL;DR',
    body: [{ kind: 'list', ordered: false, items: [[{ text: 'Short.' }]] }],
  },
  { kind: 'faqList', faqIndexes: [0, 1] },
  { kind: 'routineSteps', tipIndexes: [2] },
  { kind: 'treatmentCard', treatmentKey: 'hydrafacial' },
  { kind: 'treatmentCard', treatmentKey: 'not-created' },
]

const children = () => toLexical(blocks, refs).root.children

/** Lexical re-exports a state it fully understood byte for byte; key order aside. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical)
  if (value && typeof value === 'object') {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined)
    return Object.fromEntries(entries.sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => [k, canonical(v)]))
  }
  return value
}

describe('toLexical', () => {
  it('writes headings, text formats, grouped links and line breaks in Payload shapes', () => {
    const [heading, paragraph] = children()
    expect(heading).toMatchObject({ type: 'heading', tag: 'h2', version: 1 })
    const nodes = paragraph.children as LexicalNode[]
    expect(nodes.map((n) => n.type)).toEqual(['text', 'text', 'text', 'link', 'linebreak', 'text', 'text'])
    expect(nodes[1]).toEqual({
      type: 'text',
      version: 1,
      detail: 0,
      format: 1,
      mode: 'normal',
      style: '',
      text: 'bold',
    })
    expect(nodes[3]).toMatchObject({
      type: 'link',
      version: 3,
      fields: { linkType: 'custom', url: 'https://example.com', newTab: false },
    })
    expect((nodes[3].children as LexicalNode[]).map((c) => [c.text, c.format])).toEqual([
      ['linked ', 0],
      ['bold link', 1],
    ])
    expect(nodes[6]).toMatchObject({ text: 'code', format: 2 | 16 })
  })

  it('numbers list items from the list start', () => {
    const list = children()[2]
    expect(list).toMatchObject({ type: 'list', listType: 'number', tag: 'ol', start: 3 })
    expect((list.children as LexicalNode[]).map((i) => [i.type, i.value])).toEqual([
      ['listitem', 3],
      ['listitem', 4],
    ])
  })

  it('writes a labelled line as a paragraph with a bold label', () => {
    const labelled = children()[4]
    expect((labelled.children as LexicalNode[]).map((c) => [c.text, c.format])).toEqual([
      ['Timeline:', 1],
      [' Two weeks.', 0],
    ])
  })

  it('writes reference blocks with relation ids and skips cards for treatments that have no id', () => {
    const blockFields = children()
      .filter((n) => n.type === 'block')
      .map((n) => {
        const { id, ...fields } = n.fields as Record<string, unknown>
        expect(id).toMatch(/^[0-9a-f]{24}$/)
        return fields
      })
    expect(blockFields.map((f) => f.blockType)).toEqual(['callout', 'faqList', 'routineSteps', 'treatmentCard'])
    expect(blockFields[0]).toMatchObject({
      blockName: '',
      tone: 'info',
      title: 'TL;DR',
      content: { root: { type: 'root' } },
    })
    expect(blockFields.slice(1)).toEqual([
      { blockName: '', blockType: 'faqList', faqs: [100, 101] },
      { blockName: '', blockType: 'routineSteps', tips: ['tip-2'] },
      { blockName: '', blockType: 'treatmentCard', treatment: 7 },
    ])
  })

  it('gives the same ids for the same content, so a re-import changes nothing', () => {
    expect(toLexical(blocks, refs)).toEqual(toLexical(blocks, refs))
    const ids = children().flatMap((n) => (n.type === 'block' ? [(n.fields as { id: string }).id] : []))
    expect(new Set(ids).size).toBe(ids.length)
  })

  it('round-trips unchanged through the Lexical nodes Payload registers', () => {
    const editor = createHeadlessEditor({
      nodes: [HeadingNode, QuoteNode, ListNode, ListItemNode, LinkNode, ServerBlockNode],
      onError: (error: Error) => {
        throw error
      },
    })
    const seed = parseDocument({
      fileName: 'seed',
      bytes: readFileSync(path.join(SEED_DIR, '000_d383ad221bb47451.txt')),
    })
    for (const state of [toLexical(blocks, refs), toLexical(seed.body, { ...refs, treatmentId: () => 1 })]) {
      editor.setEditorState(editor.parseEditorState(JSON.stringify(state)))
      expect(canonical(editor.getEditorState().toJSON())).toEqual(canonical(state))
    }
  })
})

describe('lexicalToPlainText', () => {
  it('reads back every text block, including callout titles and bodies, one block per line', () => {
    expect(lexicalToPlainText(toLexical(blocks, refs))).toBe(
      [
        'Why It Works',
        'Plain bold and linked bold link\nnext line with code',
        'three\nfour',
        'Quoted.',
        'Timeline: Two weeks.',
        'TL;DR\nShort.',
      ].join('\n'),
    )
  })
})
