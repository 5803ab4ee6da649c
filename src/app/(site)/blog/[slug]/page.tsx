import type { Metadata } from 'next'

import { Breadcrumbs } from '@/site/components/Breadcrumbs'
import { ArticleGrid, TipList, TreatmentGrid } from '@/site/components/Cards'
import { DateText } from '@/site/components/DateText'
import { JsonLd } from '@/site/components/JsonLd'
import { PreviewBanner } from '@/site/components/PreviewBanner'
import { MedicalDisclaimer, ReviewedBy } from '@/site/components/MedicalNote'
import { IMAGE_SIZES, Picture } from '@/site/components/Picture'
import { FaqList, RichTextBody } from '@/site/components/RichText'
import { TopicChips } from '@/site/components/TopicChips'
import { getArticle, getArticlePreview } from '@/site/data'
import { readForViewer } from '@/site/preview/session'
import { blogPosting, faqPage, medicalWebPage, procedureRef } from '@/site/jsonLd'
import { blogListPath, sitePaths } from '@/site/paths'
import { absoluteUrl, pageMetadata } from '@/site/seo'
import { notFoundOrMoved } from '@/site/moved'
import { PAGE_IDS } from '@/site/pageIds'

type Params = Promise<{ slug: string }>

// Rendered on the first request, then served from the cache until revalidateForChange expires it.
export const dynamicParams = true
export const revalidate = false
export async function generateStaticParams(): Promise<{ slug: string }[]> {
  return []
}

/** An update worth showing: more than a day after publication. */
const updatedLater = (published: string, updated: string) => Date.parse(updated) - Date.parse(published) > 86_400_000

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { slug } = await params
  const { doc: article } = await readForViewer(slug, getArticle, getArticlePreview)
  if (!article) return { title: 'Article not found', robots: { index: false } }
  return pageMetadata({
    path: sitePaths.article(article.slug),
    title: article.title,
    description: article.excerpt,
    seo: article.seo,
    image: article.image,
    type: 'article',
    publishedTime: article.publishedAt,
    modifiedTime: article.updatedAt,
    authors: article.authors.map((a) => absoluteUrl(sitePaths.author(a.slug))),
    generatedCard: true,
  })
}

export default async function ArticlePage({ params }: { params: Params }) {
  const { slug } = await params
  const { doc: article, previewer } = await readForViewer(slug, getArticle, getArticlePreview)
  if (!article) return notFoundOrMoved(sitePaths.article(slug))
  const path = sitePaths.article(article.slug)
  const socialImage = article.seo.image ?? article.image?.og ?? article.image
  const topic = article.topics[0]

  return (
    <>
      {previewer ? <PreviewBanner path={sitePaths.article(article.slug)} /> : null}
      <JsonLd
        data={[
          blogPosting(article, socialImage ? absoluteUrl(socialImage.url) : undefined),
          article.medical
            ? medicalWebPage({
                path,
                name: article.title,
                description: article.excerpt,
                dateModified: article.updatedAt,
                signOff: article.signOff,
                about: article.treatments.map(procedureRef),
              })
            : undefined,
          faqPage(article.allFaqs, path),
        ]}
      />
      <article className="article">
        <div className="wrap">
          <Breadcrumbs
            crumbs={[
              { name: 'Home', path: sitePaths.home },
              { name: 'Blog', path: sitePaths.blog },
              { name: article.title, path },
            ]}
          />
          <header className="article__header">
            <TopicChips topics={article.topics} inline />
            <h1 className="article__title">{article.title}</h1>
            {article.excerpt ? <p className="lead">{article.excerpt}</p> : null}
            <div className="byline">
              {article.authors.length > 0 ? (
                <p className="byline__authors">
                  By{' '}
                  {article.authors.map((author, i) => (
                    <span key={author.slug}>
                      {i > 0 ? (i === article.authors.length - 1 ? ' and ' : ', ') : null}
                      <a href={sitePaths.author(author.slug)}>{author.name}</a>
                      {author.credentials ? <span className="credentials">, {author.credentials}</span> : null}
                    </span>
                  ))}
                </p>
              ) : null}
              <p className="meta">
                {/* A preview shows the latest draft, whatever is live: never call it published. */}
                {previewer ? (
                  <>
                    Draft preview{article.publishedAt ? <>{' · '}dated <DateText iso={article.publishedAt} /></> : ' · not published'}
                  </>
                ) : (
                  <>
                    Published <DateText iso={article.publishedAt} />
                  </>
                )}
                {updatedLater(article.publishedAt, article.updatedAt) ? (
                  <>
                    {' · '}Updated <DateText iso={article.updatedAt} />
                  </>
                ) : null}
                {article.readingTime ? ` · ${article.readingTime} min read` : null}
              </p>
              {article.medical ? <ReviewedBy signOff={article.signOff} /> : null}
            </div>
          </header>
        </div>

        {article.image ? (
          <figure className="article__hero wrap">
            <Picture image={article.image} sizes={IMAGE_SIZES.hero} priority />
            {article.image.caption || article.image.credit ? (
              <figcaption>
                {article.image.caption}
                {article.image.credit ? <span className="credit"> {article.image.credit}</span> : null}
              </figcaption>
            ) : null}
          </figure>
        ) : null}

        <div className={`wrap article__layout${article.toc.length > 1 ? ' article__layout--toc' : ''}`}>
          {article.toc.length > 1 ? (
            <nav className="toc" id={PAGE_IDS.toc} aria-labelledby="toc-title">
              <p className="toc__title" id="toc-title">
                On this page
              </p>
              <ol>
                {article.toc.map((entry) => (
                  <li key={entry.id}>
                    <a href={`#${entry.id}`}>{entry.text}</a>
                  </li>
                ))}
              </ol>
            </nav>
          ) : null}

          <div className="article__body">
            <RichTextBody data={article.body} />

            {article.faqs.length > 0 ? (
              <section className="article__section" aria-labelledby="article-faqs">
                <h2 id={PAGE_IDS.articleFaqs}>Frequently asked questions</h2>
                <FaqList faqs={article.faqs} />
              </section>
            ) : null}

            {article.medical ? <MedicalDisclaimer /> : null}
          </div>
        </div>

        {article.treatments.length > 0 ? (
          <section className="wrap section" aria-labelledby="treatments">
            <h2 id={PAGE_IDS.treatments} className="section__title">
              Treatments in this article
            </h2>
            <TreatmentGrid treatments={article.treatments} />
          </section>
        ) : null}

        {article.tips.length > 0 ? (
          <section className="wrap section" aria-labelledby="tips">
            <h2 id={PAGE_IDS.tips} className="section__title">
              Tips from this article
            </h2>
            <TipList tips={article.tips} />
          </section>
        ) : null}

        {article.related.length > 0 ? (
          <section className="wrap section" aria-labelledby="related">
            <div className="section__head">
              <h2 id={PAGE_IDS.related} className="section__title">
                Related reading
              </h2>
              {topic ? (
                <a className="more" href={blogListPath({ topic: topic.slug })}>
                  More on {topic.name}
                </a>
              ) : null}
            </div>
            <ArticleGrid articles={article.related} />
          </section>
        ) : null}
      </article>
    </>
  )
}
