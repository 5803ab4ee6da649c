import type { Block, Inline } from './types'

export function inlineText(runs: Inline[]): string {
  return runs.map((r) => r.text).join('')
}

function sameMarks(a: Inline, b: Inline): boolean {
  return a.bold === b.bold && a.italic === b.italic && a.code === b.code && a.link === b.link
}

/** Joins neighbouring runs with identical marks and drops empty ones, so equal text gives equal JSON. */
export function mergeRuns(runs: Inline[]): Inline[] {
  const out: Inline[] = []
  for (const run of runs) {
    if (run.text === '') continue
    const last = out[out.length - 1]
    if (last && sameMarks(last, run)) last.text += run.text
    else out.push({ ...run })
  }
  return out
}

export function trimInline(runs: Inline[]): Inline[] {
  const out = mergeRuns(runs)
  while (out.length && out[0].text.trim() === '') out.shift()
  while (out.length && out[out.length - 1].text.trim() === '') out.pop()
  if (out.length) {
    out[0] = { ...out[0], text: out[0].text.replace(/^\s+/, '') }
    const last = out.length - 1
    out[last] = { ...out[last], text: out[last].text.replace(/\s+$/, '') }
  }
  return out
}

/** Drops the first `count` characters across runs (used to cut a "Label:" off a paragraph). */
export function dropChars(runs: Inline[], count: number): Inline[] {
  const out: Inline[] = []
  let left = count
  for (const run of runs) {
    if (left >= run.text.length) {
      left -= run.text.length
      continue
    }
    out.push({ ...run, text: run.text.slice(left) })
    left = 0
  }
  return trimInline(out)
}

/** Makes the first `count` characters bold, e.g. the "Skin type:" lead of a list item. */
export function boldLead(runs: Inline[], count: number): Inline[] {
  const out: Inline[] = []
  let left = count
  for (const run of runs) {
    if (left <= 0) out.push(run)
    else if (left >= run.text.length) {
      out.push({ ...run, bold: true })
      left -= run.text.length
    } else {
      out.push({ ...run, text: run.text.slice(0, left), bold: true }, { ...run, text: run.text.slice(left) })
      left = 0
    }
  }
  return mergeRuns(out)
}

const URL_RE = /https?:\/\/[^\s<>()"'“”]+[^\s<>()"'“”.,;:!?’]/g

/** Plain text has no link syntax, but a bare URL is still a link worth keeping. */
export function linkify(text: string): Inline[] {
  const runs: Inline[] = []
  let at = 0
  for (const m of text.matchAll(URL_RE)) {
    const index = m.index ?? 0
    runs.push({ text: text.slice(at, index) }, { text: m[0], link: m[0] })
    at = index + m[0].length
  }
  runs.push({ text: text.slice(at) })
  return trimInline(runs)
}

// A sentence ends at . ! ? … followed by space; lower-case starts are allowed because scraped text often has them.
export function splitSentences(text: string): string[] {
  return text
    .split(/(?<=[.!?…]["'”’)\]]?)\s+/)
    .map((s) => s.trim())
    .filter(Boolean)
}

/** Shortens to at most `max` characters, preferring a sentence boundary, then a word boundary. */
export function clip(text: string, max: number): string {
  const clean = text.replace(/\s+/g, ' ').trim()
  if (clean.length <= max) return clean
  let out = ''
  for (const sentence of splitSentences(clean)) {
    const next = out ? `${out} ${sentence}` : sentence
    if (next.length > max) break
    out = next
  }
  if (out) return out
  const cut = clean.slice(0, max - 1)
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 1)).replace(/[\s,;:–—-]+$/, '')}…`
}

export function blockText(block: Block): string {
  switch (block.kind) {
    case 'heading':
      return block.text
    case 'paragraph':
    case 'quote':
      return inlineText(block.content)
    case 'labelled':
      return `${block.label}: ${inlineText(block.content)}`
    case 'list':
      return block.items.map(inlineText).join('\n')
    case 'callout':
      return [block.title ?? '', ...block.body.map(blockText)].filter(Boolean).join('\n')
    default:
      return ''
  }
}

/** Plain text of blocks; reference blocks (faqList, routineSteps, treatmentCard) carry no text of their own. */
export function blocksToPlainText(blocks: Block[]): string {
  return blocks.map(blockText).filter(Boolean).join('\n')
}
