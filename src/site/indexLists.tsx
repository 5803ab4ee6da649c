import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { Breadcrumbs } from './components/Breadcrumbs'
import { TipList, TreatmentCard } from './components/Cards'
import { Pagination } from './components/Pagination'
import { FaqList } from './components/RichText'
import { getFaqList, getTipRoutine, getTreatmentList } from './data'
import { listPaths, OLD_FAQ_FRAGMENT, parsePageNumber, sitePaths } from './paths'
import { pageMetadata } from './seo'

/**
 * The paginated index pages of treatments, tips and FAQs, each behind two routes: the bare
 * list (`/treatments`, page 1, prerendered as an empty shell and cached) and
 * `/<list>/page/[n]` (rendered on its first request, then cached). Params, not a query string:
 * each page is cached on its own and expired by its collection's tag. A page past the end, or
 * a malformed number, is a 404; `/<list>/page/1` renders page 1 with the bare list as its
 * canonical URL (as `/blog/page/1` does).
 */

/** The `[n]` segment as written; undefined for the bare list. Null when it is no page number. */
const pageNumber = (n: string | undefined): number | null => (n === undefined ? 1 : (parsePageNumber(n) ?? null))

const notFoundMetadata: Metadata = { title: 'Page not found', robots: { index: false } }

const paged = (title: string, page: number) => (page > 1 ? `${title} (page ${page})` : title)

/* ------------------------------------------------------------------------------------------ */
/* Treatments                                                                                  */
/* ------------------------------------------------------------------------------------------ */

async function loadTreatments(n: string | undefined) {
  const page = pageNumber(n)
  return page === null ? null : getTreatmentList(page)
}

export async function treatmentListMetadata(n?: string): Promise<Metadata> {
  const list = await loadTreatments(n)
  if (!list) return notFoundMetadata
  return pageMetadata({
    path: listPaths.treatments(list.page),
    title: paged('Treatments', list.page),
    description: 'Medical-spa treatments explained: how they work, sessions, downtime, side effects and results.',
  })
}

export async function TreatmentList({ n }: { n?: string }) {
  const list = await loadTreatments(n)
  if (!list) notFound()
  return (
    <div className="wrap page">
      <Breadcrumbs
        crumbs={[
          { name: 'Home', path: sitePaths.home },
          { name: 'Treatments', path: sitePaths.treatments },
        ]}
      />
      <header className="page__header">
        <h1>{paged('Treatments', list.page)}</h1>
        <p className="lead">
          What each treatment does, how many sessions it takes, what the downtime is and when you will see results.
        </p>
      </header>
      {list.treatments.length === 0 ? (
        <p className="empty">No treatments published yet.</p>
      ) : (
        <ul className="grid" role="list">
          {list.treatments.map((treatment) => (
            <li key={treatment.slug}>
              <TreatmentCard treatment={treatment} as="h2" eyebrow={false}>
                {treatment.concerns.length > 0 ? <p className="meta">For: {treatment.concerns.join(', ')}</p> : null}
                {treatment.downtime ? <p className="meta">Downtime: {treatment.downtime}</p> : null}
              </TreatmentCard>
            </li>
          ))}
        </ul>
      )}
      <Pagination page={list.page} totalPages={list.totalPages} pathFor={listPaths.treatments} />
    </div>
  )
}

/* ------------------------------------------------------------------------------------------ */
/* Tips                                                                                        */
/* ------------------------------------------------------------------------------------------ */

async function loadTips(n: string | undefined) {
  const page = pageNumber(n)
  return page === null ? null : getTipRoutine(page)
}

export async function tipListMetadata(n?: string): Promise<Metadata> {
  const list = await loadTips(n)
  if (!list) return notFoundMetadata
  return pageMetadata({
    path: listPaths.tips(list.page),
    title: paged('Korean beauty tips', list.page),
    description: 'A Korean skincare routine step by step, morning and evening.',
  })
}

export async function TipRoutineList({ n }: { n?: string }) {
  const routine = await loadTips(n)
  if (!routine) notFound()
  const empty = !routine.morning.length && !routine.evening.length && !routine.anytime.length
  // On one page the list's own numbering is the routine; across pages it would restart at 1,
  // so there each tip shows its editorial step instead.
  const numbered = routine.totalPages === 1
  return (
    <div className="wrap page page--narrow">
      <Breadcrumbs
        crumbs={[
          { name: 'Home', path: sitePaths.home },
          { name: 'Tips', path: sitePaths.tips },
        ]}
      />
      <header className="page__header">
        <h1>{paged('Korean beauty tips', routine.page)}</h1>
        <p className="lead">Your routine in order, step by step: what to do in the morning, and what in the evening.</p>
      </header>
      {empty ? <p className="empty">No tips published yet.</p> : null}
      <div className="routines">
        {routine.morning.length > 0 ? (
          <section className="routine-group routine-group--am" aria-labelledby="am">
            <h2 id="am" className="section__title">
              Morning routine <span className="badge">AM</span>
            </h2>
            <TipList tips={routine.morning} numbered={numbered} />
          </section>
        ) : null}
        {routine.evening.length > 0 ? (
          <section className="routine-group routine-group--pm" aria-labelledby="pm">
            <h2 id="pm" className="section__title">
              Evening routine <span className="badge">PM</span>
            </h2>
            <TipList tips={routine.evening} numbered={numbered} />
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
      <Pagination page={routine.page} totalPages={routine.totalPages} pathFor={listPaths.tips} />
    </div>
  )
}

/* ------------------------------------------------------------------------------------------ */
/* FAQs                                                                                        */
/* ------------------------------------------------------------------------------------------ */

/**
 * Links from before FAQs had pages of their own point at `/faqs#faq-<slug>`; a fragment never
 * reaches the server, so the first list page sends such a visitor on to the FAQ's page when
 * that FAQ is not on it. Inline and tiny: the site ships no script bundle of its own.
 */
const OLD_FAQ_LINK_SCRIPT = `(function(){var h=location.hash,p=${JSON.stringify(`#${OLD_FAQ_FRAGMENT}`)};if(h.indexOf(p)!==0||document.getElementById(h.slice(1)))return;try{location.replace(${JSON.stringify(`${sitePaths.faqs}/`)}+encodeURIComponent(decodeURIComponent(h.slice(p.length))))}catch(e){}})()`

async function loadFaqs(n: string | undefined) {
  const page = pageNumber(n)
  return page === null ? null : getFaqList(page)
}

export async function faqListMetadata(n?: string): Promise<Metadata> {
  const list = await loadFaqs(n)
  if (!list) return notFoundMetadata
  return pageMetadata({
    path: listPaths.faqs(list.page),
    title: paged('Frequently asked questions', list.page),
    description:
      'Answers about medical-spa treatments and Korean skincare: sessions, downtime, side effects and results.',
  })
}

export async function FaqListPage({ n }: { n?: string }) {
  const list = await loadFaqs(n)
  if (!list) notFound()
  return (
    <div className="wrap page page--narrow">
      {/* No FAQPage markup here: each question carries it once, on its own page (search engines
          want one marked-up instance of a repeated FAQ), and it would grow every list page by all
          its answers once more. */}
      <Breadcrumbs
        crumbs={[
          { name: 'Home', path: sitePaths.home },
          { name: 'FAQs', path: sitePaths.faqs },
        ]}
      />
      <header className="page__header">
        <h1>{paged('Frequently asked questions', list.page)}</h1>
        <p className="lead">
          Select a question to read its answer, or <a href={sitePaths.search}>search</a> for a question.
        </p>
      </header>
      {list.groups.length > 1 ? (
        <nav className="jump" aria-label="FAQ groups">
          <ul role="list">
            {list.groups.map((group) => (
              <li key={group.id}>
                <a href={`#${group.id}`}>{group.title}</a>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
      {list.groups.length === 0 ? <p className="empty">No questions published yet.</p> : null}
      {list.groups.map((group) => (
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
      <Pagination page={list.page} totalPages={list.totalPages} pathFor={listPaths.faqs} />
      {/* After the questions: it looks for the linked one among them. */}
      {list.page === 1 ? <script dangerouslySetInnerHTML={{ __html: OLD_FAQ_LINK_SCRIPT }} /> : null}
    </div>
  )
}
