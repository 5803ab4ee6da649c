import type { ResultsTimelineBlock } from '../../../payload-types'
import { isDoc, toTimeline } from '../../site/data/views'
import type { TimelineView } from '../../site/types'
import type { BlockViewBuilder } from '../types'

export type ResultsTimelineView = {
  blockType: 'resultsTimeline'
  treatment?: { name: string; slug: string }
  timeline: TimelineView
}

export const resultsTimelineView: BlockViewBuilder<ResultsTimelineView> = (fields) => {
  const block = fields as unknown as ResultsTimelineBlock
  return {
    blockType: 'resultsTimeline',
    treatment: isDoc(block.treatment) ? { name: block.treatment.name, slug: block.treatment.slug } : undefined,
    timeline: toTimeline(block),
  }
}
