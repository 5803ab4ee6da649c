import { sitePaths } from '../../site/paths'
import type { BlockComponentProps } from '../types'
import type { TreatmentCardView } from './view'

export function TreatmentCard({ block }: BlockComponentProps<TreatmentCardView>) {
  // A treatment the visitor may not read (a draft) leaves no trace.
  if (!block.treatment) return null
  const { treatment } = block
  return (
    <div className="treatment-card">
      <p className="eyebrow">Treatment</p>
      <p className="treatment-card__name">
        <a href={sitePaths.treatment(treatment.slug)}>{treatment.name}</a>
      </p>
      {treatment.summary ? <p>{treatment.summary}</p> : null}
    </div>
  )
}
