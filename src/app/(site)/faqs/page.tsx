import type { Metadata } from 'next'

import { FaqListPage, faqListMetadata } from '@/site/indexLists'

// Static: an empty shell at build (no database there), rendered on the first request, then
// cached until a change of its collection's tag expires it. Later pages: ./page/[n].
export const revalidate = false

export function generateMetadata(): Promise<Metadata> {
  return faqListMetadata()
}

export default function ListPage() {
  return <FaqListPage />
}
