import type { Metadata } from 'next'

import { BlogList, blogListMetadata } from '@/site/blogList'

type Params = Promise<{ topic: string; n: string }>

// Rendered on the first request, then cached until an article or topic change expires it.
export const dynamicParams = true
export const revalidate = false
export async function generateStaticParams(): Promise<{ topic: string; n: string }[]> {
  return []
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { topic, n } = await params
  return blogListMetadata({ topic: topic, page: n })
}

export default async function BlogTopicListPage({ params }: { params: Params }) {
  const { topic, n } = await params
  return <BlogList params={{ topic: topic, page: n }} />
}
