import type { Payload, TypedUser, Where } from 'payload'

import { hasRole } from '../../shared/roles'
import { CONTENT_COLLECTIONS, type ContentCollection } from '../../shared/collections'
import { STATE_LABELS, STATES, type State } from '../machine'
import './WorkflowDashboard.css'

interface Props {
  payload: Payload
  user?: TypedUser | null
}

interface Item {
  collection: ContentCollection
  id: number
  title: string
  state: State
  when?: string | null
}

const LABELS: Record<ContentCollection, string> = {
  articles: 'Article',
  treatments: 'Treatment',
  faqs: 'FAQ',
  'beauty-tips': 'Tip',
}

type VersionDoc = { parent: number | { id: number }; version: Record<string, unknown> }

/** The latest version of every document matching `where` (drafts included), newest first. */
async function latest(payload: Payload, where: Where, limit = 6, sort = '-updatedAt'): Promise<Item[]> {
  const results = await Promise.all(
    CONTENT_COLLECTIONS.map(async (collection) => {
      const found = await payload.findVersions({
        collection,
        where: { and: [{ latest: { equals: true } }, where] },
        limit,
        sort,
        depth: 0,
      })
      return (found.docs as unknown as VersionDoc[]).map((doc) => ({
        collection,
        id: typeof doc.parent === 'object' ? doc.parent.id : doc.parent,
        title: String(doc.version.title ?? doc.version.name ?? doc.version.question ?? 'Untitled'),
        state: (doc.version.workflowState as State) ?? 'draft',
        when: (doc.version.publishAt as string) ?? (doc.version.updatedAt as string),
      }))
    }),
  )
  return results.flat().slice(0, limit)
}

async function countsByState(payload: Payload): Promise<Record<State, number>> {
  const entries = await Promise.all(
    STATES.map(async (state) => {
      const counts = await Promise.all(
        CONTENT_COLLECTIONS.map((collection) =>
          payload.countVersions({
            collection,
            where: { and: [{ latest: { equals: true } }, { 'version.workflowState': { equals: state } }] },
          }),
        ),
      )
      return [state, counts.reduce((sum, c) => sum + c.totalDocs, 0)] as const
    }),
  )
  return Object.fromEntries(entries) as Record<State, number>
}

function Queue({ title, items, empty }: { title: string; items: Item[]; empty: string }) {
  return (
    <section className="gw-dash__queue" aria-label={title}>
      <h3>{title}</h3>
      {items.length === 0 ? (
        <p className="gw-dash__empty">{empty}</p>
      ) : (
        <ul>
          {items.map((item) => (
            <li key={`${item.collection}-${item.id}`}>
              <a href={`/admin/collections/${item.collection}/${item.id}`}>{item.title}</a>
              <span className="gw-dash__meta">
                {LABELS[item.collection]} · {STATE_LABELS[item.state]}
                {item.when && item.state === 'scheduled' ? ` · ${new Date(item.when).toLocaleString()}` : ''}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}

/** The editorial overview above Payload's dashboard: states at a glance and each person's queues. */
export async function WorkflowDashboard({ payload, user }: Props) {
  if (!user) return null
  const state = (value: State | State[]): Where => ({
    'version.workflowState': Array.isArray(value) ? { in: value } : { equals: value },
  })
  const reviewer = hasRole(user, 'reviewer', 'admin')
  const [counts, mine, awaiting, inReview, scheduled, due, events] = await Promise.all([
    countsByState(payload),
    latest(payload, { and: [{ 'version.author': { equals: user.id } }, state(['draft', 'changes-requested'])] }),
    latest(
      payload,
      reviewer
        ? {
            and: [
              state('in-review'),
              { or: [{ 'version.assignee': { equals: user.id } }, { 'version.assignee': { exists: false } }] },
            ],
          }
        : { and: [state('in-review'), { 'version.assignee': { equals: user.id } }] },
    ),
    latest(payload, state('in-review')),
    latest(payload, state('scheduled'), 6, 'version.publishAt'),
    latest(payload, { 'version.signOff.reviewDueAt': { less_than: new Date().toISOString() } }),
    payload.find({ collection: 'workflow-events', sort: '-at', limit: 8, depth: 0 }),
  ])
  const max = Math.max(1, ...Object.values(counts))
  return (
    <div className="gw-dash">
      <section className="gw-dash__chart" aria-label="Content by workflow state">
        <h2>Editorial workflow</h2>
        <ul>
          {STATES.map((s) => (
            <li key={s}>
              <span className="gw-dash__label">{STATE_LABELS[s]}</span>
              <span className="gw-dash__bar" style={{ width: `${(counts[s] / max) * 100}%` }} data-state={s} />
              <span className="gw-dash__count">{counts[s]}</span>
            </li>
          ))}
        </ul>
      </section>
      <div className="gw-dash__queues">
        <Queue title="My drafts" items={mine} empty="Nothing of yours is in draft." />
        <Queue title="Awaiting my review" items={awaiting} empty="Nothing waits for you." />
        <Queue title="In review" items={inReview} empty="Nothing is in review." />
        <Queue title="Scheduled" items={scheduled} empty="Nothing is scheduled." />
        <Queue title="Due for re-review" items={due} empty="No medical sign-off is due." />
        <section className="gw-dash__queue" aria-label="Recent activity">
          <h3>Recent activity</h3>
          <ul>
            {events.docs.map((event) => (
              <li key={event.id}>
                {event.summary}
                <span className="gw-dash__meta">
                  {event.actorName} · {new Date(event.at).toLocaleString()}
                </span>
              </li>
            ))}
          </ul>
        </section>
      </div>
    </div>
  )
}
