import type { Metadata } from 'next'

import { TipRoutineList, tipListMetadata } from '@/site/indexLists'

type Params = Promise<{ n: string }>

// Rendered on the first request, then cached until a change of its collection's tag expires it.
export const dynamicParams = true
export const revalidate = false
export async function generateStaticParams(): Promise<{ n: string }[]> {
  return []
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { n } = await params
  return tipListMetadata(n)
}

export default async function ListPage({ params }: { params: Params }) {
  const { n } = await params
  return <TipRoutineList n={n} />
}
