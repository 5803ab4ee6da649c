import { sitePaths } from '../paths'

/** The 404 body. No data reads: it is also rendered at build time. */
export function NotFoundContent() {
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
