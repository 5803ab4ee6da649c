import type { Metadata } from 'next'

import { BlogList, blogListMetadata } from '@/site/blogList'

// Static: prerendered as an empty shell at build, rendered from the database on the first
// request, then cached until an article or topic change expires it.
export const revalidate = false

export function generateMetadata(): Promise<Metadata> {
  return blogListMetadata({})
}

export default function BlogPage() {
  return <BlogList params={{}} />
}
