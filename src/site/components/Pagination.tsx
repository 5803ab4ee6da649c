/**
 * Previous/next links between the pages of a list, with `rel` so that browsers and crawlers
 * know the sequence. `pathFor` builds a page's path (`blogListPath`, `listPaths.*`).
 */
export function Pagination({
  page,
  totalPages,
  pathFor,
  labels = { prev: '← Previous', next: 'Next →' },
}: {
  page: number
  totalPages: number
  pathFor: (page: number) => string
  labels?: { prev: string; next: string }
}) {
  if (totalPages <= 1) return null
  return (
    <nav className="pagination" aria-label="Pages">
      {page > 1 ? (
        <a rel="prev" href={pathFor(page - 1)}>
          {labels.prev}
        </a>
      ) : (
        <span aria-hidden="true" />
      )}
      <span>
        Page {page} of {totalPages}
      </span>
      {page < totalPages ? (
        <a rel="next" href={pathFor(page + 1)}>
          {labels.next}
        </a>
      ) : (
        <span aria-hidden="true" />
      )}
    </nav>
  )
}
