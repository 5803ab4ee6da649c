import type { Metadata } from 'next'

import { Breadcrumbs } from '@/site/components/Breadcrumbs'
import { ArticleGrid } from '@/site/components/Cards'
import { JsonLd } from '@/site/components/JsonLd'
import { PreviewBanner } from '@/site/components/PreviewBanner'
import { MedicalDisclaimer, ReviewedBy } from '@/site/components/MedicalNote'
import { IMAGE_SIZES, Picture } from '@/site/components/Picture'
import { FaqList, RichTextBody } from '@/site/components/RichText'
import { TopicChips } from '@/site/components/TopicChips'
import { Timeline } from '@/site/components/Timeline'
import { getTreatment, getTreatmentPreview } from '@/site/data'
import { readForViewer } from '@/site/preview/session'
import { faqPage, medicalProcedure, medicalWebPage } from '@/site/jsonLd'
import { notFoundOrMoved } from '@/site/moved'
import { sitePaths } from '@/site/paths'
import { absoluteUrl, pageMetadata } from '@/site/seo'

type Params = Promise<{ slug: string }>

export const dynamicParams = true
export const revalidate = false
export async function generateStaticParams(): Promise<{ slug: string }[]> {
  return []
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { slug } = await params
  const { doc: treatment } = await readForViewer(slug, getTreatment, getTreatmentPreview)
  if (!treatment) return { title: 'Treatment not found', robots: { index: false } }
  return pageMetadata({
    path: sitePaths.treatment(treatment.slug),
    title: treatment.name,
    description: treatment.summary ?? `${treatment.name}: how it works, sessions, downtime, side effects and results.`,
    seo: treatment.seo,
    image: treatment.image,
    generatedCard: true,
  })
}

export default async function TreatmentPage({ params }: { params: Params }) {
  const { slug } = await params
  const { doc: treatment, previewer } = await readForViewer(slug, getTreatment, getTreatmentPreview)
  if (!treatment) return notFoundOrMoved(sitePaths.treatment(slug))
  const path = sitePaths.treatment(treatment.slug)
  const image = treatment.seo.image ?? treatment.image?.og ?? treatment.image
  const procedure = medicalProcedure(treatment, image ? absoluteUrl(image.url) : undefined)
  const facts = [
    ['Sessions', [treatment.sessions.count, treatment.sessions.spacing].filter(Boolean).join(', ')],
    ['Downtime', treatment.downtime],
    ['First results', treatment.timeline.firstVisible],
    ['Results last', treatment.timeline.lasts],
  ].filter((fact): fact is [string, string] => Boolean(fact[1]))

  return (
    <>
      {previewer ? <PreviewBanner path={sitePaths.treatment(treatment.slug)} /> : null}
      <JsonLd
        data={[
          procedure,
          medicalWebPage({
            path,
            name: treatment.name,
            description: treatment.summary,
            dateModified: treatment.updatedAt,
            signOff: treatment.signOff,
            about: [{ '@type': 'MedicalProcedure', '@id': procedure['@id'], name: treatment.name }],
          }),
          faqPage(treatment.faqs, path),
        ]}
      />
      <article className="treatment">
        <div className="wrap">
          <Breadcrumbs
            crumbs={[
              { name: 'Home', path: sitePaths.home },
              { name: 'Treatments', path: sitePaths.treatments },
              { name: treatment.name, path },
            ]}
          />
          <header className="article__header">
            <p className="eyebrow">Treatment</p>
            <h1 className="article__title">{treatment.name}</h1>
            {treatment.summary ? <p className="lead">{treatment.summary}</p> : null}
            {treatment.concerns.length > 0 ? (
              <ul className="chips" role="list" aria-label="Skin concerns it addresses">
                {treatment.concerns.map((concern) => (
                  <li key={concern}>
                    <span className="chip chip--static">{concern}</span>
                  </li>
                ))}
              </ul>
            ) : null}
            <ReviewedBy signOff={treatment.signOff} />
          </header>
        </div>

        {treatment.image ? (
          <figure className="article__hero wrap">
            <Picture image={treatment.image} sizes={IMAGE_SIZES.hero} priority />
          </figure>
        ) : null}

        <div className="wrap article__layout">
          <div className="article__body">
            {facts.length > 0 ? (
              <section className="facts" aria-labelledby="facts-title">
                <h2 id="facts-title" className="visually-hidden">
                  At a glance
                </h2>
                <dl>
                  {facts.map(([label, value]) => (
                    <div key={label}>
                      <dt>{label}</dt>
                      <dd>{value}</dd>
                    </div>
                  ))}
                </dl>
              </section>
            ) : null}

            {treatment.howItWorks ? (
              <section className="article__section" aria-labelledby="how-it-works">
                <h2 id="how-it-works">How it works</h2>
                {treatment.howItWorks.split(/\n{2,}/).map((paragraph, i) => (
                  <p key={i}>{paragraph}</p>
                ))}
              </section>
            ) : null}

            {treatment.sessions.count || treatment.sessions.spacing ? (
              <section className="article__section" aria-labelledby="sessions">
                <h2 id="sessions">Sessions</h2>
                <p>
                  {treatment.sessions.count ? <>Most people need {treatment.sessions.count}</> : 'Sessions are'}
                  {treatment.sessions.spacing ? `, ${treatment.sessions.spacing}` : ''}.
                </p>
              </section>
            ) : null}

            <Timeline timeline={treatment.timeline} title="Results timeline" as="h2" />

            <RichTextBody data={treatment.body} />

            {treatment.downtime ? (
              <section className="article__section" aria-labelledby="downtime">
                <h2 id="downtime">Downtime</h2>
                <p>{treatment.downtime}</p>
              </section>
            ) : null}

            {treatment.sideEffects.length > 0 ? (
              <section className="article__section" aria-labelledby="side-effects">
                <h2 id="side-effects">Possible side effects</h2>
                <ul>
                  {treatment.sideEffects.map((effect) => (
                    <li key={effect}>{effect}</li>
                  ))}
                </ul>
              </section>
            ) : null}

            {treatment.contraindications.length > 0 ? (
              <section className="article__section" aria-labelledby="contraindications">
                <h2 id="contraindications">Who should avoid it</h2>
                <ul>
                  {treatment.contraindications.map((item) => (
                    <li key={item}>{item}</li>
                  ))}
                </ul>
              </section>
            ) : null}

            {treatment.faqs.length > 0 ? (
              <section className="article__section" aria-labelledby="treatment-faqs">
                <h2 id="treatment-faqs">Questions about {treatment.name}</h2>
                <FaqList faqs={treatment.faqs} />
              </section>
            ) : null}

            <MedicalDisclaimer />
          </div>
        </div>

        {treatment.articles.length > 0 ? (
          <section className="wrap section" aria-labelledby="treatment-articles">
            <h2 id="treatment-articles" className="section__title">
              Articles about {treatment.name}
            </h2>
            <ArticleGrid articles={treatment.articles} />
          </section>
        ) : null}

        <TopicChips topics={treatment.topics} />
      </article>
    </>
  )
}
