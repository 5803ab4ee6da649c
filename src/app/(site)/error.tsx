'use client'

/*
 * The one client component of the site: Next requires error boundaries to be client code.
 * It shows no error details (they may hold internals); the digest lets us find the log line.
 */
export default function SiteError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div className="wrap page page--narrow status-page" role="alert">
      <p className="eyebrow">Something went wrong</p>
      <h1>This page could not be loaded</h1>
      <p className="lead">It is on our side, not yours. Please try again in a moment.</p>
      <p className="status-page__actions">
        <button type="button" className="button" onClick={() => reset()}>
          Try again
        </button>
        <a href="/">Back to the home page</a>
      </p>
      {error.digest ? <p className="meta">Reference: {error.digest}</p> : null}
    </div>
  )
}
