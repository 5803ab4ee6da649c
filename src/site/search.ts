import config from '@payload-config'
import { getPayload } from 'payload'
import type pg from 'pg'

import { pathForDocument } from './paths'

export const MAX_QUERY_LENGTH = 200
const LIMIT = 20

/** ts_headline marks matches with these; the page turns them into <mark> after escaping. */
export const MATCH_START = '\u0001'
export const MATCH_END = '\u0002'

export interface SearchHit {
  collection: 'articles' | 'treatments' | 'faqs' | 'beauty-tips'
  title: string
  href: string
  /** Plain text; matches are wrapped in MATCH_START … MATCH_END. */
  snippet: string
}

export type SearchResult =
  { status: 'empty' } | { status: 'too-long'; max: number } | { status: 'ok'; query: string; hits: SearchHit[] }

const TEXT = (column: string) =>
  `coalesce((SELECT string_agg(t #>> '{}', ' ') FROM jsonb_array_elements(jsonb_path_query_array(coalesce(${column}, '{}'::jsonb), 'strict $.**.text')) AS t), '')`

// Each branch reads the stored vector of published rows only: a draft's text lives in the
// same table until it is first published, and must never match.
const BRANCHES = [
  ['articles', 'articles', 'title', `coalesce(excerpt, '') || ' ' || ${TEXT('body')}`],
  ['treatments', 'treatments', 'name', `coalesce(summary, '') || ' ' || ${TEXT('body')}`],
  ['faqs', 'faqs', 'question', TEXT('answer')],
  ['beauty-tips', 'beauty_tips', 'title', `coalesce(summary, '') || ' ' || ${TEXT('body')}`],
] as const

const SQL = `
WITH q AS (SELECT websearch_to_tsquery('english', $1) AS query)
SELECT collection, id, slug, title, snippet, rank FROM (
${BRANCHES.map(
  ([collection, table, title, text]) => `  SELECT '${collection}' AS collection, id, slug, ${title} AS title,
    ts_headline('english', ${text}, q.query, 'StartSel=${MATCH_START}, StopSel=${MATCH_END}, MaxWords=30, MinWords=12, MaxFragments=2') AS snippet,
    ts_rank(search, q.query) AS rank
  FROM "${table}", q WHERE _status = 'published' AND search @@ q.query`,
).join('\n  UNION ALL\n')}
) hits ORDER BY rank DESC, title LIMIT ${LIMIT}`

interface Row {
  collection: SearchHit['collection']
  id: number
  slug: string
  title: string
  snippet: string
}

/**
 * Ranked full-text search over published articles, treatments, FAQs and tips. The ranking query
 * runs in SQL (GIN index on the stored vectors); every hit is then re-read through the Local
 * API as an anonymous visitor, so access control has the last word on what is shown.
 */
export async function searchSite(raw: string | undefined): Promise<SearchResult> {
  const query = (raw ?? '').trim()
  if (!query) return { status: 'empty' }
  if (query.length > MAX_QUERY_LENGTH) return { status: 'too-long', max: MAX_QUERY_LENGTH }
  const payload = await getPayload({ config })
  const pool = (payload.db as unknown as { pool: pg.Pool }).pool
  const { rows } = await pool.query<Row>(SQL, [query])
  const visible = new Set<string>()
  for (const collection of ['articles', 'treatments', 'faqs', 'beauty-tips'] as const) {
    const ids = rows.filter((r) => r.collection === collection).map((r) => r.id)
    if (!ids.length) continue
    const found = await payload.find({
      collection,
      where: { id: { in: ids } },
      overrideAccess: false,
      depth: 0,
      limit: ids.length,
      select: {},
    })
    for (const doc of found.docs) visible.add(`${collection}:${doc.id}`)
  }
  const hits = rows
    .filter((row) => visible.has(`${row.collection}:${row.id}`))
    .map((row) => ({
      collection: row.collection,
      title: row.title,
      href: pathForDocument(row.collection, row.slug) ?? '/',
      snippet: row.snippet,
    }))
  return { status: 'ok', query, hits }
}
