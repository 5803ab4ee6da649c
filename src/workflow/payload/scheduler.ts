import { isolateObjectProperty, type Payload, type PayloadRequest, type TaskConfig } from 'payload'

import type { ContentCollection } from '../../shared/collections'
import type { RequestFlags } from '../../shared/requestContext'
import { inTransaction } from '../../server/db/transaction'
import { OUTSIDE_NEXT_REQUEST } from '../../site/revalidate'
import { CONTENT_COLLECTIONS } from '../../shared/collections'
import { isDueForReReview, requiresMedicalSignOff } from '../checklist'
import { refusalReason, releaseScheduled, releaseTakeDown, type State } from '../machine'
import { applyOutcome, recordWorkflowEvent } from './apply'
import { WORKFLOW_CONTEXT } from './context'
import { type Doc, titleOf } from './document'
import { notify, notifyScheduleIssue } from './notify'
import { lockForTransition } from './serialise'
import { overdueReviewDays, workflowOptions } from './options'
import { PUBLISH_SCHEDULED, TAKE_DOWN_OVERDUE_REVIEWS, TAKE_DOWN_SCHEDULED } from './queue'
import { toSubject } from './subject'
import type { Allowed } from '../types'

/** Attempts after the first one, for failures (a lost connection), not for refusals. */
const RETRIES = 3

interface ReleaseInput {
  collection: ContentCollection
  id: number
  publishAt: string
}

interface TakeDownInput {
  collection: ContentCollection
  id: number
  unpublishAt: string
}

const SCHEDULER = { name: 'scheduler' } as const

/**
 * The queue's cron timer was started inside whichever request first booted Payload (an admin
 * render, an API call) and inherits that long-finished request's Next context: revalidation
 * must not use it (src/site/revalidate.ts).
 */
const OUTSIDE_NEXT_CONTEXT = { [OUTSIDE_NEXT_REQUEST]: true } as const satisfies RequestFlags

/**
 * The document as it is now, or null when it is gone (deleted since the job was queued).
 * Only not-found is null: a failed read throws, so the job fails and Payload retries it
 * instead of completing it as "gone" with the content never published.
 */
async function readLatest(payload: Payload, collection: ContentCollection, id: number, req?: PayloadRequest) {
  return (await payload.findByID({
    collection,
    id,
    draft: true,
    depth: 0,
    req,
    overrideAccess: true,
    disableErrors: true,
  })) as unknown as Doc | null
}

const sameTime = (a: unknown, b: unknown): boolean => new Date(String(a)).getTime() === new Date(String(b)).getTime()

/**
 * Publish scheduled content whose time has come. A job whose document was withdrawn or
 * rescheduled since it was queued does nothing: the document, not the job, is the truth.
 * When the workflow refuses (a sign-off expired while it waited, the hero image was deleted)
 * the reason is stored on the document and the reviewer who scheduled it is told.
 */
export async function releaseDue(payload: Payload, input: ReleaseInput, req: PayloadRequest): Promise<string> {
  const decided = await underWorkflowLock(payload, req, input.collection, input.id, async (doc, tx) => {
    if (doc.workflowState !== 'scheduled' || !sameTime(doc.publishAt, input.publishAt)) return 'stale'
    const subject = await toSubject(payload, input.collection, doc, tx)
    const outcome = releaseScheduled(subject, new Date(), workflowOptions())
    if (!outcome.ok) return { refused: true as const, reason: `Not published: ${refusalReason(outcome)}` }
    tx.context = { ...tx.context, ...WORKFLOW_CONTEXT }
    await applyOutcome(payload, tx, input.collection, doc, outcome, SCHEDULER)
    return { refused: false as const, outcome }
  })
  if (typeof decided.result === 'string') return decided.result
  const doc = decided.doc
  if (decided.result.refused) {
    // After the transaction: the report is a save of the same document, which waits for the lock.
    await reportScheduleIssue(payload, input.collection, doc, 'publish', decided.result.reason, true)
    return 'refused'
  }
  await notify(payload, {
    collection: input.collection,
    doc,
    action: 'publish',
    to: 'published',
    actor: SCHEDULER,
    recipients: decided.result.outcome.effects.notify,
  })
  return 'published'
}

/**
 * Reads the document and acts on it in one transaction under its workflow lock (serialise.ts),
 * as a reviewer's action does: the article and its audit row are written together or not at
 * all, and a reviewer's withdraw or reschedule at the same moment is either seen or waits.
 * Each document gets a request of its own for its transaction: the hooks wait for that
 * request's transaction to end before they expire pages (src/site/revalidate.ts), and the next
 * document's transaction on a shared request could hide the end of this one.
 * A document that no longer exists answers 'gone' without calling `act`.
 */
async function underWorkflowLock<T>(
  payload: Payload,
  req: PayloadRequest,
  collection: ContentCollection,
  id: number,
  act: (doc: Doc, req: PayloadRequest) => Promise<T>,
): Promise<{ doc: Doc; result: T } | { result: 'gone' }> {
  const own = isolateObjectProperty(req, 'transactionID')
  delete own.transactionID
  return inTransaction(own, async () => {
    await lockForTransition(payload, own, collection, id)
    const doc = await readLatest(payload, collection, id, own)
    return doc ? { doc, result: await act(doc, own) } : { result: 'gone' as const }
  })
}

async function takeDown(payload: Payload, req: PayloadRequest, collection: ContentCollection, doc: Doc, note: string) {
  const subject = await toSubject(payload, collection, doc, req)
  const outcome = releaseTakeDown(subject, note)
  if (!outcome.ok) return outcome
  req.context = { ...req.context, ...WORKFLOW_CONTEXT }
  await applyOutcome(payload, req, collection, doc, outcome, SCHEDULER)
  return outcome
}

/** Mails about a take-down, once its transaction has committed. */
const notifyTakeDown = (
  payload: Payload,
  collection: ContentCollection,
  doc: Doc,
  note: string,
  recipients: Allowed['effects']['notify'],
) => notify(payload, { collection, doc, action: 'unpublish', to: 'unpublished', note, actor: SCHEDULER, recipients })

/** A reviewer's "take down at" has come: unpublish what is online, unless it was changed since. */
export async function takeDownDue(payload: Payload, input: TakeDownInput, req: PayloadRequest): Promise<string> {
  const note = 'Taken down as scheduled.'
  const decided = await underWorkflowLock(payload, req, input.collection, input.id, async (doc, tx) => {
    if (!doc.unpublishAt || !sameTime(doc.unpublishAt, input.unpublishAt)) return 'stale'
    return takeDown(payload, tx, input.collection, doc, note)
  })
  if (!('doc' in decided)) return decided.result
  if (typeof decided.result === 'string') return decided.result
  if (!decided.result.ok) return 'nothing-online'
  await notifyTakeDown(payload, input.collection, decided.doc, note, decided.result.effects.notify)
  return 'unpublished'
}

/**
 * With UNPUBLISH_OVERDUE_REVIEW_DAYS set: unpublish medical content whose re-review is that
 * many days overdue, so a claim nobody re-checked does not stay online indefinitely.
 */
export async function takeDownOverdueReviews(payload: Payload, req: PayloadRequest, now = new Date()): Promise<number> {
  const days = overdueReviewDays()
  if (!days) return 0
  const before = new Date(now.getTime() - days * 86_400_000).toISOString()
  let count = 0
  for (const collection of CONTENT_COLLECTIONS) {
    const found = await payload.find({
      collection,
      where: { and: [{ _status: { equals: 'published' } }, { 'signOff.reviewDueAt': { less_than: before } }] },
      depth: 0,
      limit: 100,
      req,
      overrideAccess: true,
    })
    const note = `Taken down: its medical re-review is more than ${days} days overdue.`
    for (const published of found.docs as unknown as Doc[]) {
      const decided = await underWorkflowLock(payload, req, collection, published.id, async (doc, tx) => {
        const subject = await toSubject(payload, collection, doc, tx)
        if (!requiresMedicalSignOff(subject) || !isDueForReReview(subject, new Date(before))) return null
        return takeDown(payload, tx, collection, doc, note)
      })
      if (!('doc' in decided) || !decided.result?.ok) continue
      await notifyTakeDown(payload, collection, decided.doc, note, decided.result.effects.notify)
      count++
    }
  }
  return count
}

/**
 * Store why a scheduled publish or take-down did not happen, record it in the audit trail and
 * (when it is final) email the reviewer who scheduled it. Written outside the job's request, so
 * the job's own failure cannot roll the report back; a failure to report is logged.
 */
async function reportScheduleIssue(
  payload: Payload,
  collection: ContentCollection,
  doc: Doc,
  kind: 'publish' | 'take-down',
  reason: string,
  final: boolean,
): Promise<void> {
  try {
    await payload.update({
      collection,
      id: doc.id,
      data: { scheduleIssue: reason } as never,
      draft: true,
      context: { ...WORKFLOW_CONTEXT, ...OUTSIDE_NEXT_CONTEXT },
      overrideAccess: true,
    })
    // No req: outside the job's transaction, which its failure rolls back.
    await recordWorkflowEvent(payload, undefined, {
      collection,
      doc,
      action: 'schedule-failed',
      from: doc.workflowState as State,
      to: doc.workflowState as State,
      actor: SCHEDULER,
      note: reason,
      summary: `schedule-failed: ${titleOf(doc)}`,
    })
    if (final) await notifyScheduleIssue(payload, { collection, doc, kind, reason })
  } catch (error) {
    payload.logger.error({ err: error, msg: `Could not record the failed schedule of ${collection} ${doc.id}` })
  }
}

/** Catch a thrown failure to report it (each attempt; the email with the last), then let Payload retry. */
async function reporting<T>(
  payload: Payload,
  input: { collection: ContentCollection; id: number },
  kind: 'publish' | 'take-down',
  attempt: number,
  run: () => Promise<T>,
): Promise<T> {
  try {
    return await run()
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    const final = attempt > RETRIES
    const reason = `Attempt ${attempt} of ${RETRIES + 1} failed${final ? '' : ' (it is retried)'}: ${message}`
    try {
      const doc = await readLatest(payload, input.collection, input.id)
      if (doc) await reportScheduleIssue(payload, input.collection, doc, kind, reason, final)
    } catch (readError) {
      // The document cannot be read either (the same outage): the retry still comes.
      payload.logger.error({
        err: readError,
        msg: `Could not report the failed schedule of ${input.collection} ${input.id}`,
      })
    }
    throw error
  }
}

const outsideNext = (req: PayloadRequest) => {
  req.context = { ...req.context, ...OUTSIDE_NEXT_CONTEXT }
}

export const publishScheduledTask: TaskConfig<'publish-scheduled'> = {
  slug: PUBLISH_SCHEDULED,
  label: 'Publish scheduled content',
  inputSchema: [
    { name: 'collection', type: 'text', required: true },
    { name: 'id', type: 'number', required: true },
    { name: 'publishAt', type: 'text', required: true },
  ],
  outputSchema: [{ name: 'result', type: 'text' }],
  retries: RETRIES,
  handler: async ({ input, job, req }) => {
    outsideNext(req)
    const release = input as ReleaseInput
    const attempt = (job.totalTried ?? 0) + 1
    const result = await reporting(req.payload, release, 'publish', attempt, () =>
      releaseDue(req.payload, release, req),
    )
    return { output: { result } }
  },
}

export const takeDownScheduledTask: TaskConfig<'take-down-scheduled'> = {
  slug: TAKE_DOWN_SCHEDULED,
  label: 'Take down scheduled content',
  inputSchema: [
    { name: 'collection', type: 'text', required: true },
    { name: 'id', type: 'number', required: true },
    { name: 'unpublishAt', type: 'text', required: true },
  ],
  outputSchema: [{ name: 'result', type: 'text' }],
  retries: RETRIES,
  handler: async ({ input, job, req }) => {
    outsideNext(req)
    const takeDownInput = input as TakeDownInput
    const attempt = (job.totalTried ?? 0) + 1
    const result = await reporting(req.payload, takeDownInput, 'take-down', attempt, () =>
      takeDownDue(req.payload, takeDownInput, req),
    )
    return { output: { result } }
  },
}

/**
 * Scheduled hourly by Payload's job scheduler (always configured, so the schema does not depend
 * on the environment); does nothing unless UNPUBLISH_OVERDUE_REVIEW_DAYS is set.
 */
export const takeDownOverdueReviewsTask: TaskConfig<'take-down-overdue-reviews'> = {
  slug: TAKE_DOWN_OVERDUE_REVIEWS,
  label: 'Take down medical content whose re-review is overdue',
  outputSchema: [{ name: 'count', type: 'number' }],
  retries: RETRIES,
  schedule: [{ cron: process.env.GLASSWORKS_OVERDUE_REVIEW_CRON || '0 0 * * * *', queue: 'default' }],
  handler: async ({ req }) => {
    outsideNext(req)
    return { output: { count: await takeDownOverdueReviews(req.payload, req) } }
  },
}
