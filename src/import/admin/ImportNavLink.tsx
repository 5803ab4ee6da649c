/** A link to the Import view, under the admin's navigation. */
export function ImportNavLink() {
  return (
    <a className="nav__link" href="/admin/import" style={{ display: 'block', padding: '0.5rem 0' }}>
      Import documents
    </a>
  )
}

/** The same link on the dashboard, where the navigation may be collapsed. */
export function ImportDashboardLink() {
  return (
    <p className="import-dashboard-link" style={{ marginBlock: '1rem' }}>
      <a className="btn btn--style-secondary" href="/admin/import">
        Import documents
      </a>{' '}
      Markdown, text, HTML or a WordPress export, as drafts for review.
    </p>
  )
}
