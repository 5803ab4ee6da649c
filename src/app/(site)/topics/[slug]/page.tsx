import type { Metadata } from 'next'

import { Breadcrumbs } from '@/site/components/Breadcrumbs'
import { ArticleGrid, TipList, TreatmentGrid } from '@/site/components/Cards'
import { getTopic } from '@/site/data'
import { blogListPath, sitePaths } from '@/site/paths'
import { pageMetadata } from '@/site/seo'
import { notFoundOrMoved } from '@/site/moved'
import { PAGE_IDS } from '@/site/pageIds'

type Params = Promise<{ slug: string }>

export const dynamicParams = true
export const revalidate = false
export async function generateStaticParams(): Promise<{ slug: string }[]> {
  return []
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { slug } = await params
  const topic = await getTopic(slug)
  if (!topic) return { title: 'Topic not found', robots: { index: false } }
  return pageMetadata({
    path: sitePaths.topic(topic.slug),
    title: topic.name,
    description: topic.description ?? `Articles, treatments and tips about ${topic.name}.`,
  })
}

export default async function TopicPage({ params }: { params: Params }) {
  const { slug } = await params
  const topic = await getTopic(slug)
  if (!topic) return notFoundOrMoved(sitePaths.topic(slug))
  const empty = !topic.articles.length && !topic.treatments.length && !topic.tips.length
  return (
    <div className="wrap page">
      <Breadcrumbs
        crumbs={[
          { name: 'Home', path: sitePaths.home },
          { name: 'Blog', path: sitePaths.blog },
          { name: topic.name, path: sitePaths.topic(topic.slug) },
        ]}
      />
      <header className="page__header">
        <p className="eyebrow">Topic</p>
        <h1>{topic.name}</h1>
        {topic.description ? <p className="lead">{topic.description}</p> : null}
      </header>
      {empty ? <p className="empty">Nothing published on this topic yet.</p> : null}
      {topic.articles.length > 0 ? (
        <section className="section" aria-labelledby="topic-articles">
          <div className="section__head">
            <h2 id="topic-articles" className="section__title">
              Articles
            </h2>
            <a className="more" href={blogListPath({ topic: topic.slug })}>
              All articles on {topic.name}
            </a>
          </div>
          <ArticleGrid articles={topic.articles} />
        </section>
      ) : null}
      {topic.treatments.length > 0 ? (
        <section className="section" aria-labelledby="treatments">
          <h2 id={PAGE_IDS.treatments} className="section__title">
            Treatments
          </h2>
          <TreatmentGrid treatments={topic.treatments} />
        </section>
      ) : null}
      {topic.tips.length > 0 ? (
        <section className="section" aria-labelledby="tips">
          <h2 id={PAGE_IDS.tips} className="section__title">
            Tips
          </h2>
          <TipList tips={topic.tips} />
        </section>
      ) : null}
    </div>
  )
}
