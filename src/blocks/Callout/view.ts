import type { CalloutBlock } from '../../../payload-types'
import { text } from '../../site/data/views'
import type { RichTextValue } from '../../site/types'
import type { BlockViewBuilder } from '../types'

export type CalloutView = {
  blockType: 'callout'
  tone: CalloutBlock['tone']
  title?: string
  content: RichTextValue | null
}

export const calloutView: BlockViewBuilder<CalloutView> = (fields, context) => {
  const block = fields as unknown as CalloutBlock
  return {
    blockType: 'callout',
    tone: block.tone ?? 'info',
    title: text(block.title),
    content: context.richText(block.content),
  }
}
