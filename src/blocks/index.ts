import type { Block } from 'payload'
import type { ReactNode } from 'react'

import { Callout } from './Callout/Component'
import { CalloutBlock } from './Callout/config'
import { calloutView } from './Callout/view'
import { FaqList } from './FaqList/Component'
import { FaqListBlock } from './FaqList/config'
import { faqListView } from './FaqList/view'
import { Figure } from './Figure/Component'
import { FigureBlock } from './Figure/config'
import { figureView } from './Figure/view'
import { ResultsTimeline } from './ResultsTimeline/Component'
import { ResultsTimelineBlock } from './ResultsTimeline/config'
import { resultsTimelineView } from './ResultsTimeline/view'
import { RoutineSteps } from './RoutineSteps/Component'
import { RoutineStepsBlock } from './RoutineSteps/config'
import { routineStepsView } from './RoutineSteps/view'
import { TreatmentCard } from './TreatmentCard/Component'
import { TreatmentCardBlock } from './TreatmentCard/config'
import { treatmentCardView } from './TreatmentCard/view'
import type { BlockComponentProps, BlockViewBuilder } from './types'

/*
 * The rich-text blocks: each folder holds its Payload config, its view builder (stored fields
 * → the view the site renders, src/site/data/richText.ts calls it) and its component. This
 * list is the only place that names them: the editor offers them in this order, and a block
 * type missing here is dropped from the site.
 */

interface BlockEntry<V> {
  config: Block
  view: BlockViewBuilder<V>
  Component: (props: BlockComponentProps<V>) => ReactNode
}

const entry = <V,>(config: Block, view: BlockViewBuilder<V>, Component: BlockEntry<V>['Component']): BlockEntry<V> => ({
  config,
  view,
  Component,
})

export const BLOCKS = {
  callout: entry(CalloutBlock, calloutView, Callout),
  routineSteps: entry(RoutineStepsBlock, routineStepsView, RoutineSteps),
  resultsTimeline: entry(ResultsTimelineBlock, resultsTimelineView, ResultsTimeline),
  faqList: entry(FaqListBlock, faqListView, FaqList),
  treatmentCard: entry(TreatmentCardBlock, treatmentCardView, TreatmentCard),
  figure: entry(FigureBlock, figureView, Figure),
}

export type BlockType = keyof typeof BLOCKS
type ViewOf<K extends BlockType> = (typeof BLOCKS)[K] extends BlockEntry<infer V> ? V : never
/** A block node's fields once reshaped for the site (`blockType` tells them apart). */
export type BlockView = { [K in BlockType]: ViewOf<K> }[BlockType]

export const isBlockType = (value: unknown): value is BlockType =>
  typeof value === 'string' && Object.prototype.hasOwnProperty.call(BLOCKS, value)

/** The Payload configs, for the site's editor (src/blocks/editor.ts). */
export const SITE_BLOCKS: Block[] = Object.values(BLOCKS).map((block) => block.config)

export type { CalloutView } from './Callout/view'
export type { FaqListView } from './FaqList/view'
export type { FigureView } from './Figure/view'
export type { ResultsTimelineView } from './ResultsTimeline/view'
export type { RoutineStepsView } from './RoutineSteps/view'
export type { TreatmentCardView } from './TreatmentCard/view'
