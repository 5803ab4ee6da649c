/** Rich-text blocks that hold no rich text themselves (those live in RichText.tsx). */
import { sitePaths } from '../paths'
import type { FigureView, ResultsTimelineView, RoutineStepsView, TreatmentCardView } from '../types'
import { routineLabel } from './Cards'
import { Picture } from './Picture'
import { Timeline } from './Timeline'

export function RoutineSteps({ block }: { block: RoutineStepsView }) {
  const steps = [
    ...block.tips.map((tip) => ({
      key: `tip-${tip.slug}`,
      title: <a href={sitePaths.tip(tip.slug)}>{tip.title}</a>,
      text: tip.summary,
      meta: routineLabel(tip),
    })),
    ...block.steps.map((step, i) => ({ key: `step-${i}`, title: <>{step.title}</>, text: step.text, meta: undefined })),
  ]
  if (steps.length === 0) return null
  return (
    <section className="routine" aria-label={block.title ?? 'Routine steps'}>
      {block.title ? <h3 className="routine__title">{block.title}</h3> : null}
      <ol className="routine__steps">
        {steps.map((step) => (
          <li key={step.key} className="routine__step">
            <p className="routine__name">{step.title}</p>
            {step.meta ? <p className="meta">{step.meta}</p> : null}
            {step.text ? <p className="routine__text">{step.text}</p> : null}
          </li>
        ))}
      </ol>
    </section>
  )
}

export function ResultsTimelineBlock({ block }: { block: ResultsTimelineView }) {
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

export function TreatmentCardBlock({ block }: { block: TreatmentCardView }) {
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

export function Figure({ block }: { block: FigureView }) {
  if (!block.image) return null
  const caption = block.caption ?? block.image.caption
  return (
    <figure className="figure">
      <Picture image={block.image} sizes="(min-width: 48rem) 44rem, 100vw" />
      {caption || block.image.credit ? (
        <figcaption>
          {caption}
          {block.image.credit ? <span className="credit"> {block.image.credit}</span> : null}
        </figcaption>
      ) : null}
    </figure>
  )
}
