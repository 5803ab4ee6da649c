import { Timeline } from '../../site/components/Timeline'
import { sitePaths } from '../../site/paths'
import type { BlockComponentProps } from '../types'
import type { ResultsTimelineView } from './view'

export function ResultsTimeline({ block }: BlockComponentProps<ResultsTimelineView>) {
  const title = block.treatment ? `${block.treatment.name}: results timeline` : 'Results timeline'
  return (
    <div className="block-timeline">
      <Timeline timeline={block.timeline} title={title} />
      {block.treatment ? (
        <p className="more">
          <a href={sitePaths.treatment(block.treatment.slug)}>All about {block.treatment.name}</a>
        </p>
      ) : null}
    </div>
  )
}
