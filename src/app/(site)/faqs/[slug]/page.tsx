import type { Metadata } from 'next'

import { Breadcrumbs } from '@/site/components/Breadcrumbs'
import { ArticleGrid, TreatmentGrid } from '@/site/components/Cards'
import { JsonLd } from '@/site/components/JsonLd'
import { MedicalDisclaimer } from '@/site/components/MedicalNote'
import { RichTextBody } from '@/site/components/RichText'
import { TopicChips } from '@/site/components/TopicChips'
import { getFaq } from '@/site/data'
import { faqPage } from '@/site/jsonLd'
import { notFoundOrMoved } from '@/site/moved'
import { PAGE_IDS } from '@/site/pageIds'
import { sitePaths } from '@/site/paths'
import { pageMetadata } from '@/site/seo'

type Params = Promise<{ slug: string }>

/**
 * One FAQ's own page: its stable address, whatever page of the paginated /faqs list it sits
 * on (search hits, sitemap, JSON-LD and links elsewhere point here). FAQs have no draft
 * preview: this page shows the published version only.
 */
export const dynamicParams = true
export const revalidate = false
export async function generateStaticParams(): Promise<{ slug: string }[]> {
  return []
}

/** A description from the answer's text: the first sentence or so, never mid-word. */
function excerpt(text: string, max = 160): string | undefined {
  const flat = text.replace(/\s+/g, ' ').trim()
  if (!flat) return undefined
  if (flat.length <= max) return flat
  const cut = flat.slice(0, max - 1)
  return `${cut.slice(0, cut.lastIndexOf(' ') > 0 ? cut.lastIndexOf(' ') : cut.length)}…`
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { slug } = await params
  const faq = await getFaq(slug)
  if (!faq) return { title: 'Question not found', robots: { index: false } }
  return pageMetadata({ path: sitePaths.faq(faq.slug), title: faq.question, description: excerpt(faq.answerText) })
}

export default async function FaqPage({ params }: { params: Params }) {
  const { slug } = await params
  const faq = await getFaq(slug)
  if (!faq) return notFoundOrMoved(sitePaths.faq(slug))
  const path = sitePaths.faq(faq.slug)
  return (
    <>
      <JsonLd data={[faqPage([faq], path)]} />
      <article className="faq-page">
        <div className="wrap page page--narrow">
          <Breadcrumbs
            crumbs={[
              { name: 'Home', path: sitePaths.home },
              { name: 'FAQs', path: sitePaths.faqs },
              { name: faq.question, path },
            ]}
          />
          <header className="article__header">
            <p className="eyebrow">Frequently asked question</p>
            <h1 className="article__title">{faq.question}</h1>
          </header>
          <div className="article__body">
            {faq.answer ? <RichTextBody data={faq.answer} /> : <p>{faq.answerText}</p>}
            {faq.medical ? <MedicalDisclaimer /> : null}
            <p className="more">
              <a href={sitePaths.faqs}>All frequently asked questions</a>
            </p>
          </div>
        </div>
        {faq.treatments.length > 0 ? (
          <section className="wrap section" aria-labelledby={PAGE_IDS.treatments}>
            <h2 id={PAGE_IDS.treatments} className="section__title">
              About these treatments
            </h2>
            <TreatmentGrid treatments={faq.treatments} />
          </section>
        ) : null}
        {faq.articles.length > 0 ? (
          <section className="wrap section" aria-labelledby={PAGE_IDS.related}>
            <h2 id={PAGE_IDS.related} className="section__title">
              Articles that answer it
            </h2>
            <ArticleGrid articles={faq.articles} />
          </section>
        ) : null}
        <div className="wrap">
          <TopicChips topics={faq.topics} />
        </div>
      </article>
    </>
  )
}
