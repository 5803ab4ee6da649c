import type { RoutineStepsBlock } from '../../../payload-types'
import { docs, text, toTipCard } from '../../site/data/views'
import type { TipCard } from '../../site/types'
import type { BlockViewBuilder } from '../types'

export type RoutineStepsView = {
  blockType: 'routineSteps'
  title?: string
  tips: TipCard[]
  steps: { title: string; text?: string }[]
}

export const routineStepsView: BlockViewBuilder<RoutineStepsView> = (fields) => {
  const block = fields as unknown as RoutineStepsBlock
  return {
    blockType: 'routineSteps',
    title: text(block.title),
    tips: docs(block.tips).map(toTipCard),
    steps: (block.steps ?? [])
      .filter((step) => text(step.title))
      .map((step) => ({ title: step.title.trim(), text: text(step.text) })),
  }
}
