import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

import { ImportParseError, parseDocument } from '../../src/import/parse'
import { MAX_HTML_DEPTH } from '../../src/import/parse/html'
import { fromMarkdown } from 'mdast-util-from-markdown'
import { gfmFromMarkdown } from 'mdast-util-gfm'
import { gfm } from 'micromark-extension-gfm'

import { markdownChunks, markdownToNodes, mdastToNodes } from '../../src/import/parse/mdast'

const FIXTURES = path.resolve(__dirname, '../fixtures/import')
const parse = (bytes: Uint8Array | string) =>
  parseDocument({ fileName: 'x', bytes: typeof bytes === 'string' ? Buffer.from(bytes) : bytes })
const parseError = (bytes: Uint8Array | string): ImportParseError => {
  try {
    parse(bytes)
  } catch (error) {
    if (error instanceof ImportParseError) return error
    throw error
  }
  throw new Error('expected an ImportParseError')
}

const ARTICLE = 'Morning Barrier Care\n\nA calm routine keeps the skin barrier steady through the day, and it needs only three products.\n\nWhy It Works\n\nLess friction means less redness.\n'

function utf16(text: string, endian: 'le' | 'be'): Buffer {
  const le = Buffer.from(text, 'utf16le')
  if (endian === 'le') return Buffer.concat([Buffer.from([0xff, 0xfe]), le])
  const be = Buffer.from(le)
  be.swap16()
  return Buffer.concat([Buffer.from([0xfe, 0xff]), be])
}

describe('encodings', () => {
  it('reads UTF-8 and names it', () => {
    const doc = parse(ARTICLE)
    expect([doc.encoding, doc.title]).toEqual(['utf-8', 'Morning Barrier Care'])
  })

  it.each(['le', 'be'] as const)('reads UTF-16 %s with a byte-order mark like the same text in UTF-8', (endian) => {
    const doc = parse(utf16(ARTICLE.replace(/\n/g, '\r\n'), endian))
    expect(doc.encoding).toBe(`utf-16${endian}`)
    const { encoding: _a, ...rest } = doc
    const { encoding: _b, ...same } = parse(ARTICLE)
    expect(rest).toEqual(same)
  })

  it('detects EUC-KR / CP949 Korean and names it', () => {
    const doc = parse(fs.readFileSync(path.join(FIXTURES, 'korean-euc-kr.txt')))
    expect(doc.encoding).toBe('euc-kr')
    expect(doc.title).toBe('아침 스킨케어 루틴')
    expect(JSON.stringify(doc.body) + JSON.stringify(doc.tips)).toContain('자외선 차단제')
  })

  it('still refuses Latin-1 accents that would decode as CP949 by accident, naming the line', () => {
    const error = parseError(Buffer.from('Crème Brûlée Mask\nA rich crème for dry skin.\n', 'latin1'))
    expect(error.message).toMatch(/not valid UTF-8 .*line 1/)
  })
})

describe('limits', () => {
  it('refuses HTML nested thousands deep with a clear message, not a stack overflow', () => {
    const html = `<html><body>${'<div>'.repeat(2000)}<p>deep</p>${'</div>'.repeat(2000)}</body></html>`
    const error = parseError(html)
    expect(error.message).toContain(`nested more than ${MAX_HTML_DEPTH} elements deep`)
    expect(error.line).toBe(1)
  })

  it('says a front-matter-only file has no text after its front matter', () => {
    const error = parseError('---\ntitle: Only Metadata\ndate: 2024-03-01\n---\n\n')
    expect(error.message).toBe('the file has front matter (lines 1–4) but no article text after it')
    expect(error.line).toBe(4)
  })

  it('does not claim navigation was removed when nothing was', () => {
    expect(parseError('<html><body><script>x()</script></body></html>').message).toMatch(/removing 1 line/)
  })

  it('cuts large Markdown only between top-level blocks, and parses it the same as in one piece', () => {
    const section = (i: number) =>
      `## Section ${i}\n\nA paragraph with a [reference link][ref] and **bold** words, number ${i}.\n\n- item one\n\n- item two\n  continued\n\n\`\`\`\ncode line\n\ncode after a blank line\n\`\`\`\n\n> quoted\n\n`
    const markdown = `${Array.from({ length: 900 }, (_, i) => section(i)).join('')}[ref]: https://example.com/ref\n`
    const chunks = markdownChunks(markdown)
    expect(chunks.length).toBeGreaterThan(5)
    for (const chunk of chunks.slice(1)) expect(chunk.text).toMatch(/^(?:## Section|A paragraph)/)
    const pieces = markdownToNodes(markdown, 0, { removed: [], warnings: [] })
    expect(pieces).toEqual(mdastToNodes(fromMarkdown(markdown, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] }), 0, { removed: [], warnings: [] }))
    expect(pieces.filter((n) => n.t === 'heading')).toHaveLength(900)
    expect(pieces.filter((n) => n.t === 'list')).toHaveLength(900)
    const links = pieces.flatMap((n) => (n.t === 'paragraph' ? n.content.filter((r) => r.link) : []))
    expect(links).toHaveLength(900)
    expect(new Set(links.map((l) => l.link))).toEqual(new Set(['https://example.com/ref']))
    // Line numbers survive the cut: the last heading is where it is in the source.
    const lastHeading = pieces.filter((n) => n.t === 'heading').at(-1)!
    expect(markdown.split('\n')[lastHeading.line - 1]).toBe('## Section 899')
  })
})
