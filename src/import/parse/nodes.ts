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

export function warnOnce(log: ParseLog, message: string, line?: number): void {
  if (log.warnings.some((w) => w.message === message && w.line === line)) return
  log.warnings.push(line === undefined ? { message } : { line, message })
}

export function nodeText(node: SourceNode): string {
  if (node.t === 'heading') return node.text
  if (node.t === 'list') return node.items.map(inlineText).join('\n')
  return inlineText(node.content)
}
