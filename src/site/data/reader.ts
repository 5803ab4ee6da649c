/**
 * Who reads, and through what: the only module of the site that imports the Payload config.
 * Every read goes through Payload's Local API as an anonymous visitor (`overrideAccess:
 * false`, no user), so the collections' access rules — not the pages — decide what is
 * visible: drafts never come back, and a relation to a draft stays an unpopulated id, which
 * the views drop. Reads are cached with Next's `unstable_cache` under the tags of
 * `../cacheTags.ts` (expired by `../revalidate.ts`).
 */
import config from '@payload-config'
import type { PostgresAdapter } from '@payloadcms/db-postgres'
import { unstable_cache } from 'next/cache'
import { getPayload, type Payload } from 'payload'

import type { User } from '../../../payload-types'
import { poolForRead, readFromReplica } from '../../server/db/replicas'
import { SITE_TAG } from '../cacheTags'

/** Longer slugs cannot exist (and would only bloat cache keys). */
const MAX_SLUG_LENGTH = 200


/**
 * `next build` must not need a database (the Docker build has none). A read at build time
 * means a page was left static by mistake: fail the build loudly with the fix, rather than
 * bake whatever the build machine's database holds into the site.
 */
const isBuildPhase = (): boolean => process.env.NEXT_PHASE === 'phase-production-build'

export async function visitorApi(): Promise<Payload> {
  if (isBuildPhase()) {
    throw new Error(
      'A site page read content during `next build`. Pages must render on request: export ' +
        '`generateStaticParams` returning [] for [slug] pages, or give a list read its empty `atBuild` value.',
    )
  }
  return getPayload({ config })
}

/**
 * Who reads. Always with access control on: the anonymous visitor gets published documents
 * only; a signed-in staff member previewing gets the latest drafts, because the collections'
 * read rules let staff see drafts — never because a page asked for them.
 */
export interface Reader {
  overrideAccess: false
  user?: User
  draft?: boolean
}

/** The anonymous visitor: access control applies, no user, published documents only. */
export const AS_VISITOR: Reader = { overrideAccess: false }

export const asPreviewer = (user: User): Reader => ({ overrideAccess: false, user, draft: true })

/**
 * How long the build's empty shell of a list page may be served. `unstable_cache`'s
 * revalidate lowers the page's, so the first request after this re-renders the page from the
 * database even when nothing expired the site tag (start-up does: scripts/start.ts).
 */
const BUILD_SHELL_SECONDS = 1

/**
 * A cached read. `atBuild` is for pages without params (home, the lists, feed, sitemap):
 * Next prerenders those during `next build`, which has no database, so there they render
 * from this empty value under the same tags instead; the entry is replaced on the first
 * request (start-up expires every site tag, and BUILD_SHELL_SECONDS bounds it otherwise).
 */
export function cachedRead<T>(key: string[], tags: string[], read: () => Promise<T>, atBuild?: NoInfer<T>): Promise<T> {
  const options = { tags: [SITE_TAG, ...tags] }
  if (atBuild !== undefined && isBuildPhase()) {
    return unstable_cache(async () => atBuild, ['glassworks-build-shell', ...key], { ...options, revalidate: BUILD_SHELL_SECONDS })()
  }
  // Published content for the cache: a read replica may serve it (DATABASE_REPLICA_URLS).
  return unstable_cache(() => readFromReplica(read), ['glassworks-site', ...key], { ...options, revalidate: false })()
}

export const validSlug = (slug: string): boolean => typeof slug === 'string' && slug.length > 0 && slug.length <= MAX_SLUG_LENGTH

/**
 * The site database's PostgreSQL adapter, for the one read the Local API cannot express (the
 * ranked full-text search). Checked, not cast blindly: another adapter fails with the reason.
 * Inside `visitorRead` the pool is a read replica's when there are replicas.
 */
export function sitePostgres(payload: Payload): Pick<PostgresAdapter, 'pool' | 'drizzle'> {
  const db = payload.db as unknown as Partial<PostgresAdapter>
  if (!db.pool || !db.drizzle) throw new Error('The site needs the PostgreSQL adapter (payload.db has no pool).')
  return { pool: poolForRead(db.pool), drizzle: db.drizzle }
}

/** A visitor's read outside `cachedRead` (search): published content, a replica may serve it. */
export const visitorRead = readFromReplica
