import type { Metadata } from 'next'

import { ArticleCard, ArticleGrid, TipList, TreatmentGrid } from '@/site/components/Cards'
import { JsonLd } from '@/site/components/JsonLd'
import { getHomePage } from '@/site/data'
import { sitePaths } from '@/site/paths'
import { absoluteUrl, pageMetadata, SITE_DESCRIPTION, SITE_NAME } from '@/site/seo'

// Static: an empty shell at build (no database there), rendered on the first request, then
// cached until a content change expires its tags.
export const revalidate = false

export async function generateMetadata(): Promise<Metadata> {
  return {
    ...pageMetadata({ path: sitePaths.home, title: SITE_NAME, description: SITE_DESCRIPTION }),
    title: { absolute: `${SITE_NAME} · Korean beauty & medical-spa treatments` },
  }
}

export default async function HomePage() {
  const home = await getHomePage()
  return (
    <>
      <JsonLd
        data={[
          {
            '@context': 'https://schema.org',
            '@type': 'WebSite',
            name: SITE_NAME,
            url: absoluteUrl('/'),
            description: SITE_DESCRIPTION,
            inLanguage: 'en',
          },
        ]}
      />
      <section className="hero wrap">
        <p className="eyebrow">Korean beauty · medical spa</p>
        <h1 className="hero__title">Skin care, explained clearly.</h1>
        <p className="hero__lead">
          Treatments, routines and honest answers from the glass-skin world — written by specialists and medically
          reviewed.
        </p>
      </section>

      {home.featured ? (
        <section className="wrap section" aria-labelledby="featured-title">
          <h2 id="featured-title" className="section__title">
            Featured
          </h2>
          <div className="featured">
            <ArticleCard article={home.featured} as="h3" featured />
          </div>
        </section>
      ) : (
        <section className="wrap section">
          <p>New articles are on their way. In the meantime, browse our treatments and tips.</p>
        </section>
      )}

      {home.latest.length > 0 ? (
        <section className="wrap section" aria-labelledby="latest-title">
          <div className="section__head">
            <h2 id="latest-title" className="section__title">
              Latest articles
            </h2>
            <a className="more" href={sitePaths.blog}>
              All articles
            </a>
          </div>
          <ArticleGrid articles={home.latest} />
        </section>
      ) : null}

      {home.treatments.length > 0 ? (
        <section className="wrap section" aria-labelledby="treatments-title">
          <div className="section__head">
            <h2 id="treatments-title" className="section__title">
              Treatments
            </h2>
            <a className="more" href={sitePaths.treatments}>
              All treatments
            </a>
          </div>
          <TreatmentGrid treatments={home.treatments} />
        </section>
      ) : null}

      {home.tips.length > 0 ? (
        <section className="wrap section" aria-labelledby="tips-title">
          <div className="section__head">
            <h2 id="tips-title" className="section__title">
              Korean beauty tips
            </h2>
            <a className="more" href={sitePaths.tips}>
              Your routine, step by step
            </a>
          </div>
          <TipList tips={home.tips} />
        </section>
      ) : null}

      <section className="wrap section" aria-labelledby="faq-cta-title">
        <div className="panel">
          <h2 id="faq-cta-title" className="section__title">
            Questions before a treatment?
          </h2>
          <p>Downtime, side effects, how many sessions: the answers people ask for most, in one place.</p>
          <p>
            <a className="button" href={sitePaths.faqs}>
              Read the FAQs
            </a>
          </p>
        </div>
      </section>
    </>
  )
}
