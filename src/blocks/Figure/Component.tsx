import { Picture } from '../../site/components/Picture'
import type { BlockComponentProps } from '../types'
import type { FigureView } from './view'

export function Figure({ block }: BlockComponentProps<FigureView>) {
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
