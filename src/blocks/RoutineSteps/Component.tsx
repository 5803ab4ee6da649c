import { routineLabel } from '../../site/components/Cards'
import { sitePaths } from '../../site/paths'
import type { BlockComponentProps } from '../types'
import type { RoutineStepsView } from './view'

export function RoutineSteps({ block }: BlockComponentProps<RoutineStepsView>) {
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
