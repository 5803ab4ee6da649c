import type { Metadata } from 'next'

import { sitePaths } from '@/site/paths'

export const metadata: Metadata = {
  title: 'Page not found',
  robots: { index: false, follow: true },
}

/** No data reads here: this page is also rendered at build time. */
export default function NotFound() {
  return (
    <div className="wrap page page--narrow status-page">
      <p className="eyebrow">404</p>
      <h1>We couldn’t find that page</h1>
      <p className="lead">It may have moved, or it is not published yet. These are good places to look instead:</p>
      <ul className="status-page__links" role="list">
        <li>
          <a href={sitePaths.blog}>The latest articles</a>
        </li>
        <li>
          <a href={sitePaths.treatments}>Treatments</a>
        </li>
        <li>
          <a href={sitePaths.tips}>Korean beauty tips</a>
        </li>
        <li>
          <a href={sitePaths.faqs}>Frequently asked questions</a>
        </li>
      </ul>
      <p>
        <a className="button" href={sitePaths.home}>
          Back to the home page
        </a>
      </p>
    </div>
  )
}
