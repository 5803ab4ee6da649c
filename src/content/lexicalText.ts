/** Plain text of a Lexical document: for reading time, search and excerpts. */
interface Node {
  type?: string
  text?: string
  children?: Node[]
  fields?: Record<string, unknown>
}

const BLOCK_TYPES = new Set(['paragraph', 'heading', 'listitem', 'quote', 'list'])

function walk(node: Node, out: string[]): void {
  if (typeof node.text === 'string') out.push(node.text)
  if (node.type === 'block' && node.fields) {
    for (const value of Object.values(node.fields)) {
      if (typeof value === 'string' && value.length > 0 && !/^[0-9a-f]{24}$/.test(value)) out.push(` ${value} `)
      if (value && typeof value === 'object' && 'root' in (value as object)) walk((value as { root: Node }).root, out)
    }
  }
  for (const child of node.children ?? []) walk(child, out)
  if (node.type && BLOCK_TYPES.has(node.type)) out.push('\n')
}

export function lexicalPlainText(state: unknown): string {
  const root = (state as { root?: Node } | null | undefined)?.root
  if (!root) return ''
  const out: string[] = []
  walk(root, out)
  return out
    .join('')
    .replace(/[ \t]+/g, ' ')
    .replace(/\n{2,}/g, '\n')
    .trim()
}

export function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length
}

/** Minutes at 220 words a minute, at least one. */
export function readingMinutes(words: number): number {
  return Math.max(1, Math.round(words / 220))
}
