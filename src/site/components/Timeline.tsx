import type { TimelineView } from '../types'

const STAGES = [
  ['firstVisible', 'First results'],
  ['fullResult', 'Full result'],
  ['lasts', 'How long it lasts'],
] as const

/** The results timeline as a visual track: first results → full result → how long it lasts. */
export function Timeline({ timeline, title, as: H = 'h3' }: { timeline: TimelineView; title?: string; as?: 'h2' | 'h3' }) {
  const stages = STAGES.filter(([key]) => timeline[key])
  if (stages.length === 0 && !timeline.note) return null
  return (
    <section className="timeline" aria-label={title ?? 'Results timeline'}>
      {title ? <H className="timeline__title">{title}</H> : null}
      {stages.length > 0 ? (
        <ol className="timeline__track">
          {stages.map(([key, label]) => (
            <li key={key} className="timeline__stage">
              <span className="timeline__dot" aria-hidden="true" />
              <span className="timeline__label">{label}</span>
              <span className="timeline__value">{timeline[key]}</span>
            </li>
          ))}
        </ol>
      ) : null}
      {timeline.note ? <p className="timeline__note">{timeline.note}</p> : null}
    </section>
  )
}
