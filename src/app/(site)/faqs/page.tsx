import type { Metadata } from 'next'

import { Breadcrumbs } from '@/site/components/Breadcrumbs'
import { JsonLd } from '@/site/components/JsonLd'
import { FaqList } from '@/site/components/RichText'
import { getFaqGroups } from '@/site/data'
import { faqPage } from '@/site/jsonLd'
import { sitePaths } from '@/site/paths'
import { pageMetadata } from '@/site/seo'

// Static: an empty shell at build (no database there), rendered on the first request, then
// cached until a content change expires its tags.
export const revalidate = false

export async function generateMetadata(): Promise<Metadata> {
  return pageMetadata({
    path: sitePaths.faqs,
    title: 'Frequently asked questions',
    description: 'Answers about medical-spa treatments and Korean skincare: sessions, downtime, side effects and results.',
  })
}

export default async function FaqsPage() {
  const groups = await getFaqGroups()
  const all = groups.flatMap((g) => g.faqs)
  return (
    <div className="wrap page page--narrow">
      <JsonLd data={[faqPage(all, sitePaths.faqs)]} />
      <Breadcrumbs
        crumbs={[
          { name: 'Home', path: sitePaths.home },
          { name: 'FAQs', path: sitePaths.faqs },
        ]}
      />
      <header className="page__header">
        <h1>Frequently asked questions</h1>
        <p className="lead">Select a question to read its answer.</p>
      </header>
      {groups.length > 1 ? (
        <nav className="jump" aria-label="FAQ groups">
          <ul role="list">
            {groups.map((group) => (
              <li key={group.id}>
                <a href={`#${group.id}`}>{group.title}</a>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
      {groups.length === 0 ? <p className="empty">No questions published yet.</p> : null}
      {groups.map((group) => (
        <section key={group.id} className="faq-group" aria-labelledby={group.id}>
          <div className="section__head">
            <h2 id={group.id} className="section__title">
              {group.title}
            </h2>
            {group.href ? (
              <a className="more" href={group.href}>
                About {group.title}
              </a>
            ) : null}
          </div>
          <FaqList faqs={group.faqs} />
        </section>
      ))}
    </div>
  )
}
