/** A link to the Import view under the admin's navigation. */
export function ImportNavLink() {
  return (
    <a className="nav__link" href="/admin/import" style={{ display: 'block', padding: '0.5rem 0' }}>
      Import documents
    </a>
  )
}
