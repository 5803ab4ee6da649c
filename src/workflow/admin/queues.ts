import type { Payload, Where } from 'payload'

import { CONTENT_COLLECTIONS, type ContentCollection } from '../../shared/collections'
import { OVERDUE_AFTER_MS, type State } from '../machine'

/**
 * The dashboard's queues as data: each is a `Where` on document fields (so the same filter
 * opens in the collection's list view) plus, where a Where cannot say it, a row filter.
 */
export interface QueueItem {
  collection: ContentCollection
  id: number
  title: string
  state: State
  when?: string | null
  issue?: string | null
}

export interface QueueResult {
  items: QueueItem[]
  total: number
  /** Per collection: how many, and the list view showing them. */
  lists: { collection: ContentCollection; count: number; href: string }[]
}

type Row = Record<string, unknown>

export interface QueueSpec {
  /** On document fields; a function when a collection needs its own (treatments have no `medical` flag). */
  where: Where | ((collection: ContentCollection) => Where | null)
  /** For conditions no Where can express (a sign-off matching the current content). */
  keep?: (row: Row) => boolean
  sort?: string
  limit?: number
}

/** Prefix every field path with `version.`, for queries on the versions table. */
export function onVersions(where: Where): Where {
  const out: Where = {}
  for (const [key, value] of Object.entries(where)) {
    if ((key === 'and' || key === 'or') && Array.isArray(value)) out[key] = value.map((w) => onVersions(w as Where))
    else out[`version.${key}`] = value as Where[string]
  }
  return out
}

/** A Where as the list view's query string (`where[and][0][workflowState][equals]=in-review`). */
export function whereQuery(where: Where, prefix = 'where'): string {
  const parts: string[] = []
  const walk = (value: unknown, path: string) => {
    if (Array.isArray(value)) value.forEach((v, i) => walk(v, `${path}[${i}]`))
    else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, `${path}[${k}]`)
    else parts.push(`${encodeURIComponent(path)}=${encodeURIComponent(String(value))}`)
  }
  walk(where, prefix)
  return parts.join('&')
}

const titleOf = (version: Row): string => String(version.title ?? version.name ?? version.question ?? 'Untitled')

/** The latest version of every document in the queue, newest first, with totals and list links. */
export async function runQueue(payload: Payload, spec: QueueSpec): Promise<QueueResult> {
  const limit = spec.limit ?? 6
  const perCollection = await Promise.all(
    CONTENT_COLLECTIONS.map(async (collection) => {
      const where = typeof spec.where === 'function' ? spec.where(collection) : spec.where
      if (!where) return { collection, rows: [] as QueueItem[], count: 0, where: null }
      const found = await payload.findVersions({
        collection,
        where: { and: [{ latest: { equals: true } }, onVersions(where)] },
        // With a row filter the total is counted from the rows, so read enough of them.
        limit: spec.keep ? 200 : limit,
        sort: spec.sort ? `version.${spec.sort}` : '-updatedAt',
        depth: 0,
      })
      const docs = (found.docs as unknown as { parent: number | { id: number }; version: Row }[]).filter(
        (doc) => !spec.keep || spec.keep(doc.version),
      )
      const rows = docs.map((doc) => ({
        collection,
        id: typeof doc.parent === 'object' ? doc.parent.id : doc.parent,
        title: titleOf(doc.version),
        state: (doc.version.workflowState as State) ?? 'draft',
        when: (doc.version.publishAt as string) ?? (doc.version.updatedAt as string),
        issue: (doc.version.scheduleIssue as string | null) ?? null,
      }))
      return { collection, rows, count: spec.keep ? rows.length : found.totalDocs, where }
    }),
  )
  return {
    items: perCollection.flatMap((c) => c.rows).slice(0, limit),
    total: perCollection.reduce((sum, c) => sum + c.count, 0),
    lists: perCollection
      .filter((c) => c.count > 0 && c.where)
      .map((c) => ({
        collection: c.collection,
        count: c.count,
        href: `/admin/collections/${c.collection}?${whereQuery(c.where!)}`,
      })),
  }
}

const inStates = (states: State[]): Where => ({ workflowState: { in: states } })

/** Medical content: every treatment, and what is flagged medical elsewhere. */
const medical = (collection: ContentCollection, rest: Where): Where =>
  collection === 'treatments' ? rest : { and: [{ medical: { equals: true } }, rest] }

/** The sign-off belongs to this very content version (an edit since voids it). */
const signedOffAsIs = (row: Row): boolean => {
  const signOff = row.signOff as { version?: string | null } | null | undefined
  return Boolean(signOff?.version) && signOff!.version === row.contentVersion
}

export const QUEUES = {
  myDrafts: (userId: number | string): QueueSpec => ({
    where: { and: [{ author: { equals: userId } }, inStates(['draft', 'changes-requested'])] },
  }),
  unassigned: (): QueueSpec => ({ where: { and: [inStates(['in-review']), { assignee: { exists: false } }] } }),
  assignedToMe: (userId: number | string): QueueSpec => ({
    where: { and: [inStates(['in-review']), { assignee: { equals: userId } }] },
  }),
  /**
   * Medical content waiting for a medical reviewer: in review (or further) without a sign-off
   * of its current text — launch content published without one included.
   */
  awaitingSignOff: (): QueueSpec => ({
    where: (collection) => medical(collection, inStates(['in-review', 'approved', 'scheduled', 'published'])),
    keep: (row) => !signedOffAsIs(row),
  }),
  inReview: (): QueueSpec => ({ where: inStates(['in-review']) }),
  scheduled: (): QueueSpec => ({ where: inStates(['scheduled']), sort: 'publishAt' }),
  /** A schedule past its time by more than the grace, or one that reported why it failed. */
  overdueOrFailed: (now: Date): QueueSpec => ({
    where: {
      or: [
        {
          and: [
            inStates(['scheduled']),
            { publishAt: { less_than: new Date(now.getTime() - OVERDUE_AFTER_MS).toISOString() } },
          ],
        },
        { scheduleIssue: { exists: true } },
      ],
    },
    sort: 'publishAt',
  }),
  dueForReReview: (now: Date): QueueSpec => ({
    where: { 'signOff.reviewDueAt': { less_than: now.toISOString() } },
  }),
}
