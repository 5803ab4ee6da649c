import type { Metadata } from 'next'

import { NotFoundContent } from '@/site/components/NotFoundContent'

export const metadata: Metadata = {
  title: 'Page not found',
  robots: { index: false, follow: true },
}

/** notFound() in a site page: the 404 inside the site layout. */
export default function NotFound() {
  return <NotFoundContent />
}
