import type { TreatmentCardBlock } from '../../../payload-types'
import { isDoc, toTreatmentCard } from '../../site/data/views'
import type { TreatmentCard } from '../../site/types'
import type { BlockViewBuilder } from '../types'

export type TreatmentCardView = { blockType: 'treatmentCard'; treatment: TreatmentCard | null }

export const treatmentCardView: BlockViewBuilder<TreatmentCardView> = (fields) => {
  const block = fields as unknown as TreatmentCardBlock
  return { blockType: 'treatmentCard', treatment: isDoc(block.treatment) ? toTreatmentCard(block.treatment) : null }
}
