import { inlineText } from './inline'
import type { Inline, ParseWarning, Removal } from './types'

/*
 * The intermediate shape every source format is lowered to before structure recovery, so the
 * debris, FAQ, tip and treatment rules are written once. Every node remembers its source line.
 */
export type SourceNode =
  | { t: 'heading'; level: number; text: string; line: number; afterDebris?: boolean }
  | { t: 'paragraph'; content: Inline[]; line: number; afterDebris?: boolean }
  | {
      t: 'list'
      ordered: boolean
      start: number
      items: Inline[][]
      itemLines: number[]
      line: number
      afterDebris?: boolean
    }
  | { t: 'quote'; content: Inline[]; line: number; afterDebris?: boolean }

/** Collects what a parse step dropped or doubts, so nothing disappears silently. */
export interface ParseLog {
  removed: Removal[]
  warnings: ParseWarning[]
}

// A set per log: scanning the warnings for each new one is quadratic on a file with thousands of images.
const seen = new WeakMap<ParseLog, Set<string>>()

export function warnOnce(log: ParseLog, message: string, line?: number): void {
  let keys = seen.get(log)
  if (!keys) seen.set(log, (keys = new Set(log.warnings.map((w) => `${w.line ?? ''}\u0000${w.message}`))))
  const key = `${line ?? ''}\u0000${message}`
  if (keys.has(key)) return
  keys.add(key)
  log.warnings.push(line === undefined ? { message } : { line, message })
}

export function nodeText(node: SourceNode): string {
  if (node.t === 'heading') return node.text
  if (node.t === 'list') return node.items.map(inlineText).join('\n')
  return inlineText(node.content)
}
