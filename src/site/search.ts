import { unstable_cache } from 'next/cache'
import type { Payload } from 'payload'

import { publishedOrStaff } from '../access'
import { collectionsWith, SITE_COLLECTIONS, type SiteCollectionWith } from '../shared/collections'
import { SITE_TAG } from './cacheTags'
import { sitePostgres, visitorApi, visitorRead } from './data/reader'
import { pathForDocument } from './paths'
import { MATCH_END, MATCH_START, type SearchHitView, type SearchResultView } from './searchHtml'

export { MATCH_END, MATCH_START }

export const MAX_QUERY_LENGTH = 200
const LIMIT = 20

/** The registry's searched collections. */
type SearchCollection = SiteCollectionWith<'search'>
const COLLECTIONS: readonly SearchCollection[] = collectionsWith('search')

export type SearchHit = SearchHitView

export type SearchResult = Exclude<SearchResultView, { status: 'failed' }>

/** Rows ranked per table, so a common word does not rank the whole table. */
const CANDIDATES = 100

/**
 * Written out at each use, not computed once in a CTE: with the value in the statement itself
 * PostgreSQL estimates how common the words are and picks the recency index for common ones
 * and the GIN index for rare ones (behind a CTE it guesses, and guesses "rare").
 */
const QUERY = `websearch_to_tsquery('english', $1)`

// Per searched collection: [table, title column, recency column (indexed) or null]. Each branch reads
// the stored vector of published rows only: a draft's text lives in the same table until it is
// first published, and must never match. Snippets come from each table's stored plain text
// (`search_text`, migration 20261205_220000_search_text): extracting it from the rich-text JSON
// cost ~4 ms a hit. Typed by the registry: a collection marked `search` there without columns
// here does not compile.
//
// Articles rank among their newest matches (news first). FAQs, tips and treatments are
// evergreen and rank among any CANDIDATES matches: asking for their newest matches made
// PostgreSQL walk the recency index past every newer row that does not match, and where a
// common word's matches are all old that was 8,000–12,500 rows at 100k articles (0.1–1 s,
// the whole p95 of the search page); without an order the scan stops at the CANDIDATES-th match.
const COLUMNS: Record<SearchCollection, readonly [table: string, title: string, recency: string | null]> = {
  articles: ['articles', 'title', 'published_at'],
  treatments: ['treatments', 'name', null],
  faqs: ['faqs', 'question', null],
  'beauty-tips': ['beauty_tips', 'title', null],
}
const BRANCHES = COLLECTIONS.map((collection) => [collection, ...COLUMNS[collection]] as const)

/**
 * The window of text ts_headline reads. Its cost grows with the text it parses (every word is
 * stemmed): 4,000 characters took ~1–2 ms a hit on a loaded machine. So the window starts a
 * little before the first occurrence of the query's first lexeme (a stem is nearly always a prefix of the word it came
 * from; when it is not, or the word is not in the text, the window is the start of the text).
 * This also highlights a match deep in a long body, which a fixed prefix of the text missed.
 */
const WINDOW_BEFORE = 100
const WINDOW_CHARS = 400
const FIRST_LEXEME = `substring(querytree(${QUERY}) from '''([^'']+)''')`
const WINDOW = `substr(search_text, greatest(strpos(lower(search_text), ${FIRST_LEXEME}) - ${WINDOW_BEFORE}, 1), ${WINDOW_CHARS})`

/*
 * Among equally ranked hits (a rare word is usually in every hit once, with one rank), the newest
 * article first, then the other collections; collection and id make the order total. Not the
 * title: rows stored before migration 20261206_054500 keep their titles out of line (the row's
 * large in-line `search` vector made PostgreSQL move every other text value to TOAST), and
 * sorting the candidates by title fetched it from TOAST again at each comparison: ~2,300 buffer
 * reads and 20 ms for a rare word's 67 matches at 100k articles. Titles and slugs are read in
 * step 2, for the shown rows only.
 */
const orderBy = (of = '') => `${of}rank DESC, ${of}recency DESC NULLS LAST, ${of}collection, ${of}id DESC`

/*
 * Two steps, because both ranking and snippets cost per row:
 * 1. candidates: per table CANDIDATES published matches (articles: the newest; for a common word
 *    PostgreSQL walks the recency index and stops early, for a rare one it takes the GIN index),
 *    ranked with ts_rank on the stored vector; the best LIMIT overall win (orderBy above).
 * 2. titles, slugs and snippets (ts_headline re-reads the text) for those LIMIT rows only.
 * The trade-off: for a word in more than CANDIDATES documents of a table, relevance is judged
 * among the newest articles — for a publication, the ones a reader most likely wants — and
 * among some of the FAQs, tips and treatments.
 */
export const SEARCH_SQL = `
WITH top AS (
  SELECT collection, id, rank, recency FROM (
${BRANCHES.map(
  ([collection, table, , recency]) => `    (SELECT '${collection}' AS collection, id, ts_rank(search, ${QUERY}) AS rank, ${recency ?? 'NULL::timestamptz'} AS recency
     FROM "${table}" WHERE _status = 'published' AND search @@ ${QUERY}
     ${recency ? `ORDER BY ${recency} DESC ` : ''}LIMIT ${CANDIDATES})`,
).join('\n    UNION ALL\n')}
  ) candidates ORDER BY ${orderBy()} LIMIT ${LIMIT}
)
SELECT top.collection, top.id, hit.title, top.rank, hit.slug, hit.snippet FROM top
CROSS JOIN LATERAL (
${BRANCHES.map(
  ([collection, table, title]) => `  SELECT ${title} AS title, slug, ts_headline('english', ${WINDOW}, ${QUERY},
      'StartSel=${MATCH_START}, StopSel=${MATCH_END}, MaxWords=30, MinWords=12, MaxFragments=1') AS snippet
    FROM "${table}" WHERE top.collection = '${collection}' AND "${table}".id = top.id`,
).join('\n  UNION ALL\n')}
) hit
ORDER BY ${orderBy('top.')}`

interface Row {
  collection: SearchHit['collection']
  id: number
  slug: string
  title: string
  snippet: string
}

/**
 * Whether a collection's visitor rule is exactly what SEARCH_SQL already applies
 * (`_status = 'published'`): then re-reading its hits through the Local API only repeats the
 * filter (an extra statement per collection). Any other rule — a future "members only"
 * field, an embargo — makes search re-read that collection's hits with access control on.
 */
function sqlAppliesReadRule(payload: Payload, collection: SearchCollection): boolean {
  return payload.collections[collection]?.config.access.read === publishedOrStaff
}

/** The hits an anonymous visitor may read, in rank order. */
async function visibleHits(payload: Payload, rows: Row[]): Promise<Row[]> {
  const visible = new Set<string>()
  for (const collection of COLLECTIONS) {
    const ids = rows.filter((r) => r.collection === collection).map((r) => r.id)
    if (!ids.length) continue
    if (sqlAppliesReadRule(payload, collection)) {
      for (const id of ids) visible.add(`${collection}:${id}`)
      continue
    }
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
  return rows.filter((row) => visible.has(`${row.collection}:${row.id}`))
}

async function runSearch(query: string): Promise<SearchHit[]> {
  const payload = await visitorApi()
  const { pool } = sitePostgres(payload)
  const { rows } = await pool.query<Row>(SEARCH_SQL, [query])
  return (await visibleHits(payload, rows)).map((row) => ({
    collection: row.collection,
    title: row.title,
    href: pathForDocument(row.collection, row.slug) ?? '/',
    snippet: row.snippet,
  }))
}

/*
 * Frequent queries come from the cache, under the tags of everything search shows, so a
 * publish or unpublish expires them like any page. Only queries asked before (within the
 * last RECENT_QUERIES distinct ones) are cached: every distinct string would otherwise add a
 * cache entry (on disk with Next's default handler), and a crawler's one-off queries would
 * fill it.
 */
const RECENT_QUERIES = 2_000
const recent = new Map<string, true>()

function askedBefore(key: string): boolean {
  const seen = recent.delete(key)
  recent.set(key, true)
  if (recent.size > RECENT_QUERIES) recent.delete(recent.keys().next().value as string)
  return seen
}

const SEARCH_TAGS = [SITE_TAG, ...COLLECTIONS.map((collection) => SITE_COLLECTIONS[collection].tag)]

/**
 * Ranked full-text search over published articles, treatments, FAQs and tips. The ranking query
 * runs in SQL (GIN index on the stored vectors) over published rows only; collections whose
 * read rule is more than that have their hits re-read through the Local API as an anonymous
 * visitor, so access control keeps the last word on what is shown.
 */
export async function searchSite(raw: string | undefined): Promise<SearchResult> {
  // PostgreSQL text cannot hold NUL, and the match markers are the snippets' own.
  const query = (raw ?? '').replace(/[\u0000-\u0002]/g, ' ').trim()
  if (!query) return { status: 'empty' }
  if (query.length > MAX_QUERY_LENGTH) return { status: 'too-long', max: MAX_QUERY_LENGTH }
  // Case and spacing do not change what websearch_to_tsquery matches.
  const key = query.toLowerCase().replace(/\s+/g, ' ')
  const hits = askedBefore(key)
    ? await unstable_cache(() => visitorRead(() => runSearch(query)), ['glassworks-search', key], { tags: SEARCH_TAGS, revalidate: false })()
    : await visitorRead(() => runSearch(query))
  return { status: 'ok', query, hits }
}

/** A search that failed (the database unreachable): logged with Payload's logger when it is up. */
export async function reportSearchFailure(error: unknown): Promise<void> {
  const payload = await visitorApi().catch(() => undefined)
  if (payload) payload.logger.error({ err: error, msg: 'Search failed' })
  else console.error('Search failed', error)
}
