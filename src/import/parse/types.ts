import type { TipCategory } from '../../shared/collections'

/*
 * Contract between the pure document parser (this folder) and the importer that persists into
 * Payload. Nothing here touches Payload, the database or the disk, so the same bytes always give
 * the same ParsedDocument and a re-import can be detected by `sourceHash`.
 *
 * Deviations from the original brief, each for a reason:
 * - `callout` carries `body: Block[]` instead of `content: Inline[]`, so a TL;DR or key-takeaways
 *   list keeps its list structure inside the callout.
 * - `list` may carry `start` (an ordered list that begins at 3 stays "3.").
 * - ParsedDocument adds `topics` (front-matter tags/categories/keywords, plain-text "Tags:" lines).
 * - `tips[].category` is always set ('other' when nothing matches); `removed[].reason` is a closed union.
 * - `headings` counts heading blocks in `body` only (tip bodies and FAQ answers are stored elsewhere).
 *
 * - Without front matter or HTML meta, `metaDescription` is the excerpt clipped to 160 characters.
 * - `removed[].text` is the removed text as read (for Markdown/HTML: rendered text, not raw markup).
 *
 * Inline runs never contain markup; a '\n' inside a run is a hard line break. Numbering such as
 * "1." or "Step 2:" is dropped from tip titles (it becomes the tip order / `step`) but kept in
 * ordinary headings, where it is part of what the author wrote.
 */

export type SourceFormat = 'markdown-frontmatter' | 'markdown' | 'html' | 'text'

export interface Inline {
  text: string
  bold?: boolean
  italic?: boolean
  code?: boolean
  link?: string
}

export type HeadingLevel = 2 | 3 | 4
export type CalloutTone = 'info' | 'warning' | 'disclaimer'

export type Block =
  | { kind: 'heading'; level: HeadingLevel; text: string }
  | { kind: 'paragraph'; content: Inline[] }
  | { kind: 'list'; ordered: boolean; start?: number; items: Inline[][] }
  | { kind: 'quote'; content: Inline[] }
  | { kind: 'labelled'; label: string; content: Inline[] }
  | { kind: 'callout'; tone: CalloutTone; title?: string; body: Block[] }
  | { kind: 'faqList'; faqIndexes: number[] }
  | { kind: 'treatmentCard'; treatmentKey: string }
  | { kind: 'routineSteps'; tipIndexes: number[] }

/** The categories the beauty-tips collection offers (one list, in src/shared/collections.ts). */
export type { TipCategory } from '../../shared/collections'

export type Routine = 'am' | 'pm' | 'both'

export interface Faq {
  question: string
  answer: Block[]
}

export interface Tip {
  title: string
  body: Block[]
  category: TipCategory
  routine?: Routine
  step?: number
}

export interface Timeline {
  firstVisible?: string
  fullResult?: string
  lasts?: string
  raw: string
}

export interface DetectedTreatment {
  /** Stable key from the dictionary in treatments.ts; use it to find or create the treatment. */
  key: string
  name: string
  /** Distinct spellings found in the text, in order of first appearance. */
  matchedText: string[]
  timeline?: Timeline
}

export type RemovalReason = 'navigation' | 'teaser' | 'shortcode' | 'boilerplate'

export interface Removal {
  /** 1-based line in the source file (front matter included). */
  line: number
  text: string
  reason: RemovalReason
}

export interface ParseWarning {
  line?: number
  message: string
}

export interface ParsedDocument {
  format: SourceFormat
  /** How the bytes were read; named in the report, since a wrong guess garbles every line. */
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'euc-kr'
  title: string
  slug: string
  excerpt?: string
  publishedAt?: string
  heroImage?: string
  metaDescription?: string
  topics?: string[]
  body: Block[]
  faqs: Faq[]
  tips: Tip[]
  treatments: DetectedTreatment[]
  removed: Removal[]
  warnings: ParseWarning[]
  headings: number
  sourceHash: string
}

export interface ParseInput {
  fileName: string
  bytes: Uint8Array
  /** An editor's title (from an import manifest): authoritative, like a front-matter title. */
  title?: string
}

/** The message names the problem for a person; the caller prefixes the file name. */
export class ImportParseError extends Error {
  readonly line?: number

  constructor(message: string, line?: number) {
    super(message)
    this.name = 'ImportParseError'
    if (line !== undefined) this.line = line
  }
}
