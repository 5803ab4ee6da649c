import type { Metadata } from 'next'

import { Breadcrumbs } from '@/site/components/Breadcrumbs'
import { TipList } from '@/site/components/Cards'
import { getTipRoutine } from '@/site/data'
import { sitePaths } from '@/site/paths'
import { pageMetadata } from '@/site/seo'

// Static: an empty shell at build (no database there), rendered on the first request, then
// cached until a content change expires its tags.
export const revalidate = false

export async function generateMetadata(): Promise<Metadata> {
  return pageMetadata({
    path: sitePaths.tips,
    title: 'Korean beauty tips',
    description: 'A Korean skincare routine step by step, morning and evening.',
  })
}

export default async function TipsPage() {
  const routine = await getTipRoutine()
  const empty = !routine.morning.length && !routine.evening.length && !routine.anytime.length
  return (
    <div className="wrap page page--narrow">
      <Breadcrumbs
        crumbs={[
          { name: 'Home', path: sitePaths.home },
          { name: 'Tips', path: sitePaths.tips },
        ]}
      />
      <header className="page__header">
        <h1>Korean beauty tips</h1>
        <p className="lead">Your routine in order, step by step: what to do in the morning, and what in the evening.</p>
      </header>
      {empty ? <p className="empty">No tips published yet.</p> : null}
      <div className="routines">
        {routine.morning.length > 0 ? (
          <section className="routine-group routine-group--am" aria-labelledby="am">
            <h2 id="am" className="section__title">
              Morning routine <span className="badge">AM</span>
            </h2>
            <TipList tips={routine.morning} numbered />
          </section>
        ) : null}
        {routine.evening.length > 0 ? (
          <section className="routine-group routine-group--pm" aria-labelledby="pm">
            <h2 id="pm" className="section__title">
              Evening routine <span className="badge">PM</span>
            </h2>
            <TipList tips={routine.evening} numbered />
          </section>
        ) : null}
      </div>
      {routine.anytime.length > 0 ? (
        <section className="section" aria-labelledby="anytime">
          <h2 id="anytime" className="section__title">
            Any time
          </h2>
          <TipList tips={routine.anytime} />
        </section>
      ) : null}
    </div>
  )
}
