import type { FigureBlock } from '../../../payload-types'
import { text, toNaturalImage } from '../../site/data/views'
import type { ImageView } from '../../site/types'
import type { BlockViewBuilder } from '../types'

export type FigureView = { blockType: 'figure'; image: ImageView | null; caption?: string }

export const figureView: BlockViewBuilder<FigureView> = (fields) => {
  const block = fields as unknown as FigureBlock
  return { blockType: 'figure', image: toNaturalImage(block.image) ?? null, caption: text(block.caption) }
}
