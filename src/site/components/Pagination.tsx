import { blogListPath } from '../paths'

export function Pagination({ page, totalPages, topic }: { page: number; totalPages: number; topic?: string }) {
  if (totalPages <= 1) return null
  return (
    <nav className="pagination" aria-label="Pages">
      {page > 1 ? (
        <a rel="prev" href={blogListPath({ topic, page: page - 1 })}>
          ← Newer
        </a>
      ) : (
        <span aria-hidden="true" />
      )}
      <span>
        Page {page} of {totalPages}
      </span>
      {page < totalPages ? (
        <a rel="next" href={blogListPath({ topic, page: page + 1 })}>
          Older →
        </a>
      ) : (
        <span aria-hidden="true" />
      )}
    </nav>
  )
}
