import type { BlockComponentProps } from '../types'
import type { CalloutView } from './view'

const TONE_LABELS: Record<CalloutView['tone'], string> = {
  info: 'Good to know',
  takeaways: 'Key takeaways',
  warning: 'Caution',
  disclaimer: 'Medical disclaimer',
}

export function Callout({ block, RichText }: BlockComponentProps<CalloutView>) {
  const title = block.title ?? TONE_LABELS[block.tone]
  return (
    <div className={`callout callout--${block.tone}`} role="note" aria-label={title}>
      <p className="callout__title">{title}</p>
      <RichText data={block.content} className="callout__body" />
    </div>
  )
}
