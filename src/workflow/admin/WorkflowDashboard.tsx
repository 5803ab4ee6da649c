import type { Payload, TypedUser } from 'payload'

import { hasRole } from '../../shared/roles'
import { CONTENT_COLLECTIONS, type ContentCollection } from '../../shared/collections'
import { STATE_LABELS, STATES, type State } from '../machine'
import { QUEUES, type QueueResult, runQueue } from './queues'
import './WorkflowDashboard.css'

interface Props {
  payload: Payload
  user?: TypedUser | null
}

const LABELS: Record<ContentCollection, string> = {
  articles: 'Article',
  treatments: 'Treatment',
  faqs: 'FAQ',
  'beauty-tips': 'Tip',
}

const PLURALS: Record<ContentCollection, string> = {
  articles: 'Articles',
  treatments: 'Treatments',
  faqs: 'FAQs',
  'beauty-tips': 'Tips',
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

function Queue({ title, result, empty }: { title: string; result: QueueResult; empty: string }) {
  return (
    <section className="gw-dash__queue" aria-label={title}>
      <h3>
        {title} <span className="gw-dash__total">{result.total}</span>
      </h3>
      {result.items.length === 0 ? (
        <p className="gw-dash__empty">{empty}</p>
      ) : (
        <ul>
          {result.items.map((item) => (
            <li key={`${item.collection}-${item.id}`}>
              <a href={`/admin/collections/${item.collection}/${item.id}`}>{item.title}</a>
              <span className="gw-dash__meta">
                {LABELS[item.collection]} · {STATE_LABELS[item.state]}
                {item.when && item.state === 'scheduled' ? ` · ${new Date(item.when).toLocaleString()}` : ''}
              </span>
              {item.issue ? <span className="gw-dash__issue">{item.issue}</span> : null}
            </li>
          ))}
        </ul>
      )}
      {result.lists.length > 0 ? (
        <p className="gw-dash__lists">
          {result.lists.map((list) => (
            <a key={list.collection} href={list.href}>
              All {list.count} {list.count === 1 ? LABELS[list.collection].toLowerCase() : PLURALS[list.collection].toLowerCase()}
            </a>
          ))}
        </p>
      ) : null}
    </section>
  )
}

/** The editorial overview above Payload's dashboard: states at a glance and each role's queues. */
export async function WorkflowDashboard({ payload, user }: Props) {
  if (!user) return null
  const now = new Date()
  const reviewer = hasRole(user, 'reviewer', 'admin')
  const medic = hasRole(user, 'medical-reviewer')
  const empty: QueueResult = { items: [], total: 0, lists: [] }
  const [counts, mine, unassigned, assigned, signOff, inReview, scheduled, overdue, due, events] = await Promise.all([
    countsByState(payload),
    runQueue(payload, QUEUES.myDrafts(user.id)),
    reviewer ? runQueue(payload, QUEUES.unassigned()) : empty,
    runQueue(payload, QUEUES.assignedToMe(user.id)),
    medic ? runQueue(payload, QUEUES.awaitingSignOff()) : empty,
    runQueue(payload, QUEUES.inReview()),
    runQueue(payload, QUEUES.scheduled()),
    runQueue(payload, QUEUES.overdueOrFailed(now)),
    runQueue(payload, QUEUES.dueForReReview(now)),
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
        {overdue.total > 0 ? (
          <Queue title="Overdue / failed" result={overdue} empty="Every schedule ran on time." />
        ) : null}
        {medic ? (
          <Queue title="Awaiting my sign-off" result={signOff} empty="No medical content waits for a sign-off." />
        ) : null}
        <Queue title="Assigned to me" result={assigned} empty="Nothing is assigned to you." />
        {reviewer ? <Queue title="Unassigned reviews" result={unassigned} empty="Every review has a reviewer." /> : null}
        <Queue title="My drafts" result={mine} empty="Nothing of yours is in draft." />
        <Queue title="In review" result={inReview} empty="Nothing is in review." />
        <Queue title="Scheduled" result={scheduled} empty="Nothing is scheduled." />
        <Queue title="Due for re-review" result={due} empty="No medical sign-off is due." />
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
