import type { Block } from 'payload'

import { timelineFields } from '../../fields/timeline'

export const ResultsTimelineBlock: Block = {
  slug: 'resultsTimeline',
  interfaceName: 'ResultsTimelineBlock',
  labels: { singular: 'Results timeline', plural: 'Results timelines' },
  fields: [{ name: 'treatment', type: 'relationship', relationTo: 'treatments' }, ...timelineFields],
}
