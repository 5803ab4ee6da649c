import { sitePaths } from '../paths'
import type { TopicRef } from '../types'

/** The topics a page belongs to, as links; nothing when there are none. */
export function TopicChips({ topics }: { topics: TopicRef[] }) {
  if (topics.length === 0) return null
  return (
    <nav className="wrap section" aria-label="Topics">
      <ul className="chips" role="list">
        {topics.map((t) => (
          <li key={t.slug}>
            <a className="chip" href={sitePaths.topic(t.slug)}>
              {t.name}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  )
}
