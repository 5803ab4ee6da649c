/*
 * The one Lexical builder for tests: nodes as Payload's editor stores them, and `richText` for
 * a whole document. A string where a node goes is a paragraph of that text (in `richText`) or
 * a text node (in `paragraph`), so `richText('One.', 'Two.')` is two plain paragraphs.
 */

type Node = Record<string, unknown>
type Child = string | Node

export type Lexical = {
  root: { type: 'root'; children: unknown[]; direction: 'ltr'; format: ''; indent: number; version: number }
}

export const text = (value: string, format = 0) => ({ type: 'text', version: 1, detail: 0, format, mode: 'normal', style: '', text: value })
export const plain = text

const element = (type: string, children: unknown[], extra: Record<string, unknown> = {}) => ({
  type,
  version: 1,
  children,
  direction: 'ltr',
  format: '',
  indent: 0,
  ...extra,
})

export const paragraph = (...children: Child[]) =>
  element('paragraph', children.map((child) => (typeof child === 'string' ? text(child) : child)), { textFormat: 0, textStyle: '' })
export const heading = (tag: 'h2' | 'h3', value: string) => element('heading', [text(value)], { tag })

let ids = 0
const blockId = () => `${Date.now().toString(16)}${(++ids).toString(16).padStart(8, '0')}`.padEnd(24, '0').slice(0, 24)

export const block = (blockType: string, fields: Record<string, unknown>) => ({
  type: 'block',
  version: 2,
  format: '',
  fields: { id: blockId(), blockName: '', blockType, ...fields },
})
export const link = (fields: Record<string, unknown>, label: string) => ({
  ...element('link', [text(label)]),
  version: 3,
  id: blockId(),
  fields: { newTab: false, ...fields },
})
export const internalLink = (relationTo: string, id: number, label: string) =>
  link({ linkType: 'internal', doc: { relationTo, value: id } }, label)

/** A Lexical document of `children`; each string is a paragraph of that text. */
export const richText = (...children: Child[]): Lexical => ({
  root: {
    type: 'root',
    children: children.map((child) => (typeof child === 'string' ? paragraph(child) : child)),
    direction: 'ltr',
    format: '',
    indent: 0,
    version: 1,
  },
})
