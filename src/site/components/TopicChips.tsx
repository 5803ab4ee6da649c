import { sitePaths } from '../paths'
import type { TopicRef } from '../types'

/**
 * The topics a page belongs to, as links; nothing when there are none. A section of its own,
 * or `inline` inside a header (the article's, above its title).
 */
export function TopicChips({ topics, inline = false }: { topics: TopicRef[]; inline?: boolean }) {
  if (topics.length === 0) return null
  const list = (
    <ul className="chips" role="list" aria-label={inline ? 'Topics' : undefined}>
      {topics.map((t) => (
        <li key={t.slug}>
          <a className="chip" href={sitePaths.topic(t.slug)}>
            {t.name}
          </a>
        </li>
      ))}
    </ul>
  )
  if (inline) return list
  return (
    <nav className="wrap section" aria-label="Topics">
      {list}
    </nav>
  )
}
