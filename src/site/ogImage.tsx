import path from 'node:path'

import { ImageResponse } from 'next/og'

import { readMediaFile } from '../server/storage/mediaFiles'
import { SITE_NAME } from './seo'
import type { ImageSource } from './types'

/**
 * The social card (1200×630) of a page: its title over the publication's soft glow, with the
 * page's own 1200×630 image crop beside it when it has one. Rendered by Next's ImageResponse
 * (satori + resvg, shipped with Next): no browser, no outside font.
 */
export const OG_SIZE = { width: 1200, height: 630 } as const
export const OG_CONTENT_TYPE = 'image/png'

export interface OgCard {
  /** Small line above the title: "Article · Skin care", "Treatment", "Beauty tip". */
  eyebrow: string
  title: string
  /** The page's 1200×630 crop (a JPEG written by the media collection). */
  image?: ImageSource
}

/** The crop as a data URL, read from media storage (the file name is the URL's last part). */
async function imageData(image: ImageSource | undefined): Promise<string | undefined> {
  if (!image?.url) return undefined
  const name = path.basename(decodeURIComponent(new URL(image.url, 'http://x').pathname))
  if (!/\.jpe?g$|\.png$/i.test(name)) return undefined
  const bytes = await readMediaFile(name)
  if (!bytes) return undefined
  return `data:image/${/\.png$/i.test(name) ? 'png' : 'jpeg'};base64,${bytes.toString('base64')}`
}

const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text)

export async function ogImageResponse(card: OgCard): Promise<ImageResponse> {
  const picture = await imageData(card.image)
  return new ImageResponse(
    (
      <div
        style={{
          width: '100%',
          height: '100%',
          display: 'flex',
          background: 'linear-gradient(135deg, #fcf7f5 0%, #fbe4ec 55%, #eef0fb 100%)',
          color: '#2a1f27',
        }}
      >
        <div style={{ display: 'flex', flexDirection: 'column', justifyContent: 'space-between', padding: 64, flex: 1 }}>
          <div style={{ display: 'flex', fontSize: 30, color: '#a12f57', letterSpacing: 1 }}>{clip(card.eyebrow, 60)}</div>
          <div style={{ display: 'flex', fontSize: card.title.length > 60 ? 52 : 64, lineHeight: 1.12 }}>
            {clip(card.title, 110)}
          </div>
          <div style={{ display: 'flex', alignItems: 'center', fontSize: 30 }}>
            <div style={{ width: 28, height: 28, borderRadius: 14, background: '#a12f57', marginRight: 14 }} />
            {SITE_NAME}
          </div>
        </div>
        {picture ? (
          // eslint-disable-next-line @next/next/no-img-element -- satori draws <img>, not next/image
          <img src={picture} alt="" width={420} height={630} style={{ objectFit: 'cover', width: 420, height: 630 }} />
        ) : null}
      </div>
    ),
    { ...OG_SIZE },
  )
}
