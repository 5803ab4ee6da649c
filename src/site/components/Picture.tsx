import type { ImageView } from '../types'

/** Layout widths per use, for the browser to pick from the srcset before layout. */
export const IMAGE_SIZES = {
  hero: '(min-width: 72rem) 68rem, 100vw',
  card: '(min-width: 72rem) 22rem, (min-width: 40rem) 45vw, 100vw',
  /** The home page's lead card: its picture takes 1.4 of the card's 2.4 columns from 48rem. */
  featured: '(min-width: 72rem) 40rem, (min-width: 48rem) 58vw, 100vw',
  avatar: '6rem',
} as const

/**
 * A plain <img> with srcset and intrinsic width/height (no layout shift, no client code).
 * Decorative images pass `decorative` and get an empty alt.
 */
export function Picture({
  image,
  sizes,
  className,
  priority = false,
  decorative = false,
}: {
  image: ImageView
  sizes: string
  className?: string
  priority?: boolean
  decorative?: boolean
}) {
  return (
    <img
      className={className}
      src={image.url}
      srcSet={image.srcSet || undefined}
      sizes={image.srcSet ? sizes : undefined}
      width={image.width}
      height={image.height}
      alt={decorative ? '' : image.alt}
      loading={priority ? 'eager' : 'lazy'}
      fetchPriority={priority ? 'high' : undefined}
      decoding="async"
    />
  )
}
