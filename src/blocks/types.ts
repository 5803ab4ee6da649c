import type { ReactNode } from 'react'

import type { FaqView, RichTextValue } from '../site/types'

/**
 * What a block's view builder may ask of the rich-text walk that found it (src/site/data/
 * richText.ts): handed in rather than imported, so blocks depend on the view helpers only and
 * the walk can list the blocks without an import cycle.
 */
export interface BlockViewContext {
  /** Rich text nested in the block: shares the page's anchors and FAQs, never joins its table of contents. */
  richText(value: unknown): RichTextValue | null
  /** An FAQ as the site shows it, recorded for the page's FAQPage JSON-LD (and not shown twice). */
  faqs(docs: readonly unknown[] | null | undefined): FaqView[]
}

/** A block's stored fields (`fields` of a Lexical block node) → its view; undefined leaves it out. */
export type BlockViewBuilder<V> = (fields: Record<string, unknown>, context: BlockViewContext) => V | undefined

/** How a block component renders nested rich text: passed in, for the same reason as BlockViewContext. */
export type RichTextRenderer = (props: { data: RichTextValue | null; className?: string }) => ReactNode

export interface BlockComponentProps<V> {
  block: V
  RichText: RichTextRenderer
}
