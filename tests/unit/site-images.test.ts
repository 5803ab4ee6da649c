import { describe, expect, it } from 'vitest'

import { toImage, type MediaDoc } from '@/site/data/views'

const size = (name: string, width: number, height: number) => ({
  url: `/api/media/file/${name}-${width}x${height}.webp`,
  width,
  height,
})

const media = (sizes: MediaDoc['sizes'], width = 2400, height = 1350): MediaDoc => ({
  alt: 'A cover',
  caption: null,
  credit: null,
  url: `/api/media/file/original-${width}x${height}.jpg`,
  width,
  height,
  sizes,
})

describe('responsive images', () => {
  it('offers the 16:9 card and hero sizes, never the admin thumbnail or the original', () => {
    const image = toImage(
      media({ thumbnail: size('c', 400, 300), card: size('c', 800, 450), hero: size('c', 1600, 900) }) as never,
    )
    expect(image?.srcSet).toBe('/api/media/file/c-800x450.webp 800w, /api/media/file/c-1600x900.webp 1600w')
    expect(image).toMatchObject({ url: '/api/media/file/c-1600x900.webp', width: 1600, height: 900 })
  })

  it('leaves out a size of another shape made before the sizes were 16:9', () => {
    const image = toImage(media({ card: size('old', 800, 500), hero: size('old', 1600, 900) }) as never)
    expect(image?.srcSet).toBe('/api/media/file/old-1600x900.webp 1600w')
  })

  it('serves a small upload by its card size and its wider original', () => {
    const image = toImage(media({ card: size('s', 800, 450) }, 1200, 675) as never)
    expect(image?.srcSet).toBe('/api/media/file/s-800x450.webp 800w, /api/media/file/original-1200x675.jpg 1200w')
  })
})
