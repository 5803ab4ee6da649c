import { notFound } from 'next/navigation'

import { getTreatment } from '@/site/data'
import { OG_CONTENT_TYPE, OG_SIZE, ogImageResponse } from '@/site/ogImage'

// The social card of the page: published content only, like the page (a draft slug is a 404).
export const size = OG_SIZE
export const contentType = OG_CONTENT_TYPE
export const alt = 'Treatment card'
export const dynamicParams = true
export const revalidate = false
export async function generateStaticParams(): Promise<{ slug: string }[]> {
  return []
}

export default async function Image({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params
  const treatment = await getTreatment(slug)
  if (!treatment) notFound()
  return ogImageResponse({ eyebrow: 'Treatment', title: treatment.name, image: treatment.image?.og })
}
