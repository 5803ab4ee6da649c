/** The job queue's decisions: acting on a reviewer's earlier schedule, with no actor of its own. */
import { prePublishChecklist } from './checklist'
import { invalidState, isOnline } from './rules'
import type { Outcome, Subject, WorkflowOptions } from './types'

/**
 * For the scheduled-publish job, which acts on a reviewer's earlier decision and so has no
 * actor. The checklist runs again because a sign-off can expire while the piece waits.
 */
export function releaseScheduled(subject: Subject, now: Date, options: WorkflowOptions = {}): Outcome {
  if (subject.status !== 'scheduled') return invalidState('Only scheduled content is released by the scheduler.')
  const due = subject.publishAt ? Date.parse(subject.publishAt) : Number.NaN
  if (!(due <= now.getTime())) return invalidState('The publish date has not come yet.')
  const items = prePublishChecklist(subject, { at: now, bannedClaims: options.bannedClaims })
  if (items.length) {
    return { ok: false, error: 'checklist', httpStatus: 422, message: 'The scheduled content is no longer ready to go live.', items }
  }
  return {
    ok: true,
    httpStatus: 200,
    action: 'publish',
    from: 'scheduled',
    to: 'published',
    effects: {
      status: 'published',
      payloadStatus: 'published',
      liveVersion: 'replace',
      clearSchedule: false,
      clearEditors: true,
      notify: ['author', 'editors', 'reviewers'],
    },
  }
}

/**
 * For the take-down job (a reviewer's earlier "take down at", or the optional rule that
 * unpublishes medical content whose re-review is overdue): unpublish whatever is online.
 */
export function releaseTakeDown(subject: Subject, note?: string): Outcome {
  if (!isOnline(subject)) return invalidState('Nothing of this content is online to take down.')
  return {
    ok: true,
    httpStatus: 200,
    action: 'unpublish',
    from: subject.status,
    to: 'unpublished',
    effects: {
      status: 'unpublished',
      payloadStatus: 'draft',
      liveVersion: 'remove',
      clearSchedule: subject.status === 'scheduled',
      clearEditors: false,
      clearUnpublish: true,
      notify: ['author', 'editors', 'reviewers'],
      ...(note && { note }),
    },
  }
}

/** A schedule this long past its time without having happened is reported as overdue. */
export const OVERDUE_AFTER_MS = 2 * 60_000

export const isOverdue = (subject: { status: string; publishAt?: string | null }, now: Date): boolean =>
  subject.status === 'scheduled' &&
  Boolean(subject.publishAt) &&
  Date.parse(String(subject.publishAt)) < now.getTime() - OVERDUE_AFTER_MS
