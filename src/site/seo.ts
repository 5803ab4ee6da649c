import type { Metadata } from 'next'

import { serverUrl } from '../server/env'
import type { ImageView, SeoView } from './types'

export const SITE_NAME = 'Glassworks'
/** The site's and the admin's icon (public/), one file for both. */
export const SITE_ICON = { url: '/favicon.svg', type: 'image/svg+xml' }
export const SITE_DESCRIPTION = 'Korean beauty and medical-spa treatments, explained and medically reviewed.'

/** Absolute URL on the public origin (SERVER_URL), read at request time, never baked in at build. */
export function absoluteUrl(path: string): string {
  return new URL(path, `${serverUrl()}/`).toString()
}

export interface PageMetaInput {
  /** Path of the page, e.g. /blog/glass-skin; the canonical URL. */
  path: string
  title: string
  description?: string
  seo?: SeoView
  /** The page's image: its 1200×630 crop is the social card when the SEO fields name none. */
  image?: ImageView
  type?: 'website' | 'article'
  publishedTime?: string
  modifiedTime?: string
  authors?: string[]
  /** Pages that exist but should not be indexed (a filtered list). */
  noindex?: boolean
  /**
   * The page has a generated card (an `opengraph-image` route beside it), which Next puts in
   * og:image over the image named here; Twitter then takes og:image too.
   */
  generatedCard?: boolean
}

/** Title, description, canonical, OpenGraph and Twitter for one page, from one input. */
export function pageMetadata(input: PageMetaInput): Metadata {
  const title = input.seo?.title ?? input.title
  const description = input.seo?.description ?? input.description ?? SITE_DESCRIPTION
  const url = absoluteUrl(input.path)
  const image = input.seo?.image ?? input.image?.og ?? input.image
  const images = image
    ? [{ url: absoluteUrl(image.url), width: image.width, height: image.height, alt: input.image?.alt || title }]
    : undefined
  return {
    title,
    description,
    alternates: { canonical: url, types: { 'application/rss+xml': absoluteUrl('/feed.xml') } },
    robots: input.noindex ? { index: false, follow: true } : undefined,
    openGraph: {
      type: input.type ?? 'website',
      siteName: SITE_NAME,
      locale: 'en_US',
      url,
      title,
      description,
      // A generated card is added by Next from the `opengraph-image` file; naming an image here would replace it.
      ...(input.generatedCard ? {} : { images }),
      ...(input.type === 'article'
        ? { publishedTime: input.publishedTime, modifiedTime: input.modifiedTime, authors: input.authors }
        : {}),
    },
    twitter: {
      card: images || input.generatedCard ? 'summary_large_image' : 'summary',
      title,
      description,
      // Without its own image Twitter uses og:image, so both always show the same card.
      ...(input.generatedCard ? {} : { images: images?.map((i) => i.url) }),
    },
  }
}
