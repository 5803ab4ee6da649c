import type { Metadata } from 'next'

import { BlogList, blogListMetadata } from '@/site/blogList'

type Params = Promise<{ topic: string }>

// Rendered on the first request, then cached until an article or topic change expires it.
export const dynamicParams = true
export const revalidate = false
export async function generateStaticParams(): Promise<{ topic: string }[]> {
  return []
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { topic } = await params
  return blogListMetadata({ topic: topic })
}

export default async function BlogTopicPage({ params }: { params: Params }) {
  const { topic } = await params
  return <BlogList params={{ topic: topic }} />
}
