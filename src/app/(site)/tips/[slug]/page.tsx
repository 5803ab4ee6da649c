import type { Metadata } from 'next'

import { Breadcrumbs } from '@/site/components/Breadcrumbs'
import { ArticleGrid, routineLabel, TreatmentGrid } from '@/site/components/Cards'
import { JsonLd } from '@/site/components/JsonLd'
import { PreviewBanner } from '@/site/components/PreviewBanner'
import { MedicalDisclaimer } from '@/site/components/MedicalNote'
import { IMAGE_SIZES, Picture } from '@/site/components/Picture'
import { RichTextBody } from '@/site/components/RichText'
import { TopicChips } from '@/site/components/TopicChips'
import { getTip, getTipPreview } from '@/site/data'
import { readForViewer } from '@/site/preview/session'
import { medicalWebPage } from '@/site/jsonLd'
import { notFoundOrMoved } from '@/site/moved'
import { sitePaths } from '@/site/paths'
import { pageMetadata } from '@/site/seo'
import { PAGE_IDS } from '@/site/pageIds'

type Params = Promise<{ slug: string }>

export const dynamicParams = true
export const revalidate = false
export async function generateStaticParams(): Promise<{ slug: string }[]> {
  return []
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { slug } = await params
  const { doc: tip } = await readForViewer(slug, getTip, getTipPreview)
  if (!tip) return { title: 'Tip not found', robots: { index: false } }
  return pageMetadata({
    path: sitePaths.tip(tip.slug),
    title: tip.title,
    description: tip.summary,
    seo: tip.seo,
    image: tip.image,
    generatedCard: true,
  })
}

export default async function TipPage({ params }: { params: Params }) {
  const { slug } = await params
  const { doc: tip, previewer } = await readForViewer(slug, getTip, getTipPreview)
  if (!tip) return notFoundOrMoved(sitePaths.tip(slug))
  const path = sitePaths.tip(tip.slug)
  return (
    <>
      {previewer ? <PreviewBanner path={sitePaths.tip(tip.slug)} /> : null}
      <JsonLd
        data={[
          tip.medical
            ? medicalWebPage({ path, name: tip.title, description: tip.summary, dateModified: tip.updatedAt })
            : undefined,
        ]}
      />
      <article className="tip-page">
        <div className="wrap">
          <Breadcrumbs
            crumbs={[
              { name: 'Home', path: sitePaths.home },
              { name: 'Tips', path: sitePaths.tips },
              { name: tip.title, path },
            ]}
          />
          <header className="article__header">
            <p className="eyebrow">
              {routineLabel(tip)}
              {tip.category ? ` · ${tip.category}` : ''}
            </p>
            <h1 className="article__title">{tip.title}</h1>
            {tip.summary ? <p className="lead">{tip.summary}</p> : null}
          </header>
        </div>
        {tip.image ? (
          <figure className="article__hero wrap">
            <Picture image={tip.image} sizes={IMAGE_SIZES.hero} priority />
          </figure>
        ) : null}
        <div className="wrap article__layout">
          <div className="article__body">
            <RichTextBody data={tip.body} />
            {tip.medical ? <MedicalDisclaimer /> : null}
            <p className="more">
              <a href={sitePaths.tips}>See the whole routine</a>
            </p>
          </div>
        </div>
        {tip.treatments.length > 0 ? (
          <section className="wrap section" aria-labelledby="treatments">
            <h2 id={PAGE_IDS.treatments} className="section__title">
              Related treatments
            </h2>
            <TreatmentGrid treatments={tip.treatments} />
          </section>
        ) : null}
        {tip.articles.length > 0 ? (
          <section className="wrap section" aria-labelledby="related">
            <h2 id={PAGE_IDS.related} className="section__title">
              Articles with this tip
            </h2>
            <ArticleGrid articles={tip.articles} />
          </section>
        ) : null}
        <TopicChips topics={tip.topics} />
      </article>
    </>
  )
}
