import type { Metadata } from 'next'

import { BlogList, blogListMetadata } from '@/site/blogList'

type Params = Promise<{ n: string }>

// Rendered on the first request, then cached until an article or topic change expires it.
export const dynamicParams = true
export const revalidate = false
export async function generateStaticParams(): Promise<{ n: string }[]> {
  return []
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { n } = await params
  return blogListMetadata({ page: n })
}

export default async function BlogListPage({ params }: { params: Params }) {
  const { n } = await params
  return <BlogList params={{ page: n }} />
}
