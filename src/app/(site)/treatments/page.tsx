import type { Metadata } from 'next'

import { Breadcrumbs } from '@/site/components/Breadcrumbs'
import { IMAGE_SIZES, Picture } from '@/site/components/Picture'
import { getTreatmentList } from '@/site/data'
import { sitePaths } from '@/site/paths'
import { pageMetadata } from '@/site/seo'

// Static: an empty shell at build (no database there), rendered on the first request, then
// cached until a content change expires its tags.
export const revalidate = false

export async function generateMetadata(): Promise<Metadata> {
  return pageMetadata({
    path: sitePaths.treatments,
    title: 'Treatments',
    description: 'Medical-spa treatments explained: how they work, sessions, downtime, side effects and results.',
  })
}

export default async function TreatmentsPage() {
  const treatments = await getTreatmentList()
  return (
    <div className="wrap page">
      <Breadcrumbs
        crumbs={[
          { name: 'Home', path: sitePaths.home },
          { name: 'Treatments', path: sitePaths.treatments },
        ]}
      />
      <header className="page__header">
        <h1>Treatments</h1>
        <p className="lead">
          What each treatment does, how many sessions it takes, what the downtime is and when you will see results.
        </p>
      </header>
      {treatments.length === 0 ? (
        <p className="empty">No treatments published yet.</p>
      ) : (
        <ul className="grid" role="list">
          {treatments.map((treatment) => (
            <li key={treatment.slug}>
              <article className="card card--treatment">
                {treatment.image ? (
                  <Picture className="card__image" image={treatment.image} sizes={IMAGE_SIZES.card} decorative />
                ) : (
                  <div className="card__image card__image--blank" aria-hidden="true" />
                )}
                <div className="card__body">
                  <h2 className="card__title">
                    <a className="card__link" href={sitePaths.treatment(treatment.slug)}>
                      {treatment.name}
                    </a>
                  </h2>
                  {treatment.summary ? <p className="card__text">{treatment.summary}</p> : null}
                  {treatment.concerns.length > 0 ? (
                    <p className="meta">For: {treatment.concerns.join(', ')}</p>
                  ) : null}
                  {treatment.downtime ? <p className="meta">Downtime: {treatment.downtime}</p> : null}
                </div>
              </article>
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
