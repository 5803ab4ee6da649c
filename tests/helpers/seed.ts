import { readFileSync } from 'node:fs'
import path from 'node:path'

import type { ParsedDocument } from '../../src/import/parse'
import { projectRoot } from '../../src/server/paths'

/** The launch articles: the repository's own copy (content/launch), never a folder beside it. */
export const SEED_DIR = path.resolve(projectRoot, 'content', 'launch')
/** The launch team's original input; present on the development machine only, never required. */
export const UPSTREAM_SEED_DIR = path.resolve(projectRoot, '..', 'shared', 'seed-content')
export const seedSource = (file: string) => readFileSync(path.join(SEED_DIR, file), 'utf8')

export const normaliseText = (text: string) =>
  text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()

/** Source sentences minus front matter and reported removals, with Markdown and list markers stripped. */
export function keptSourceSentences(source: string, doc: ParsedDocument): string[] {
  const lines = source.replace(/\r\n?/g, '\n').split('\n')
  const frontMatterEnd = lines[0].trim() === '---' ? lines.indexOf('---', 1) + 1 : 0
  return lines
    .map((line, i) => {
      if (i < frontMatterEnd) return ''
      let kept = line
      for (const r of doc.removed.filter((r) => r.line === i + 1))
        kept = kept.trim() === r.text ? '' : kept.replace(r.text, '')
      return kept.replace(/^\s*(?:#{1,6}\s+|[-*•–]\s+|>\s*)?(?:\d{1,2}[.)]\s+|step\s+\d+\s*[:.]\s*)?/i, '')
    })
    .filter((l) => l.trim())
    .flatMap((line) => line.split(/(?<=[.!?…])\s+/))
    .map(normaliseText)
    .filter(Boolean)
}
