import type { FaqListBlock } from '../../../payload-types'
import { text } from '../../site/data/views'
import type { FaqView } from '../../site/types'
import type { BlockViewBuilder } from '../types'

export type FaqListView = { blockType: 'faqList'; title?: string; faqs: FaqView[] }

export const faqListView: BlockViewBuilder<FaqListView> = (fields, context) => {
  const block = fields as unknown as FaqListBlock
  return { blockType: 'faqList', title: text(block.title), faqs: context.faqs(block.faqs) }
}
