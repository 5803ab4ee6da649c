/** A person's workflow action judged against the rules: the outcome, or why not. */
import { ROLE_LABELS } from '../shared/roles'
import {
  DEFAULT_REVIEW_INTERVAL_MONTHS,
  isSignOffValid,
  prePublishChecklist,
  requiresMedicalSignOff,
  reviewDueDate,
  type SignOff,
} from './checklist'
import {
  ACTION_ROLES,
  CHECKLIST_ACTIONS,
  FOUR_EYES_ACTIONS,
  forbidden,
  fourEyesConflict,
  invalidInput,
  invalidState,
  isOnline,
  mayPerform,
  NOTIFY,
  stateName,
  targetState,
} from './rules'
import { ACTION_LABELS, ACTIONS, type Action, payloadStatusFor, type State } from './states'
import type { ActionRequest, Actor, AvailableAction, Effects, Outcome, Recipient, Subject, WorkflowOptions } from './types'

/**
 * Checks run in the order of their HTTP meaning: role (403), state (409), four eyes (403),
 * input (400), checklist (422). The first failure is the answer.
 */
export function decide(request: ActionRequest, options: WorkflowOptions = {}): Outcome {
  return evaluate(request, options, false)
}

function evaluate(request: ActionRequest, options: WorkflowOptions, preview: boolean): Outcome {
  const { action, subject, actor, now } = request
  if (!mayPerform(actor, action)) {
    const roles = ACTION_ROLES[action].map((role) => ROLE_LABELS[role].toLowerCase()).join(' or ')
    return forbidden('role', `"${ACTION_LABELS[action]}" needs the ${roles} role.`)
  }
  const to = targetState(action, subject)
  if (!to) return invalidState(`"${ACTION_LABELS[action]}" is not possible for content that is ${stateName(subject.status)}.`)
  if (action === 'sign-off' && !requiresMedicalSignOff(subject)) {
    return invalidState('This content is not medical, so it needs no medical sign-off.')
  }
  const conflict = FOUR_EYES_ACTIONS.includes(action) ? fourEyesConflict(subject, actor) : null
  if (conflict) return forbidden('four-eyes', conflict)

  if (action === 'sign-off' && !(actor.name?.trim() && actor.credentials?.trim())) {
    return invalidInput('credentials', 'Add your name and professional credentials to your profile before signing off.')
  }
  const note = request.note?.trim() || undefined
  if (!preview && action === 'request-changes' && !note) {
    return invalidInput('note', 'Say what has to change: requesting changes needs a note.')
  }
  let publishAt: Date | undefined
  if (!preview && action === 'schedule') {
    publishAt = request.publishAt ? new Date(request.publishAt) : undefined
    if (!publishAt || Number.isNaN(publishAt.getTime())) return invalidInput('publishAt', 'Choose a publish date.')
    if (publishAt.getTime() <= now.getTime()) return invalidInput('publishAt', 'Choose a publish date in the future.')
  }
  let unpublishAt: Date | undefined
  if (!preview && action === 'take-down') {
    unpublishAt = request.unpublishAt ? new Date(request.unpublishAt) : undefined
    if (!unpublishAt || Number.isNaN(unpublishAt.getTime())) return invalidInput('unpublishAt', 'Choose a take-down date.')
    if (unpublishAt.getTime() <= now.getTime()) {
      return invalidInput('unpublishAt', 'Choose a take-down date in the future.')
    }
  }

  if (CHECKLIST_ACTIONS.includes(action)) {
    const items = prePublishChecklist(subject, { at: publishAt ?? now, bannedClaims: options.bannedClaims })
    if (items.length) {
      return { ok: false, error: 'checklist', httpStatus: 422, message: 'The content is not ready to go live.', items }
    }
  }

  return {
    ok: true,
    httpStatus: 200,
    action,
    from: subject.status,
    to,
    effects: {
      status: to,
      payloadStatus: payloadStatusFor(to),
      liveVersion: liveVersionChange(action, subject, to),
      clearSchedule: subject.status === 'scheduled' && action !== 'sign-off',
      ...(publishAt && { publishAt: publishAt.toISOString() }),
      ...(unpublishAt && { unpublishAt: unpublishAt.toISOString() }),
      ...(action !== 'take-down' && !isOnlineAfter(to) && { clearUnpublish: true }),
      ...(action === 'sign-off' && { recordSignOff: signOffBy(actor, subject, now, options) }),
      clearEditors: to === 'published' && action !== 'sign-off',
      notify: recipients(action, subject),
      ...(note && { note }),
    },
  }
}

/** Whether some version is still online after moving to `to` (revisions keep the live one). */
const isOnlineAfter = (to: State): boolean => !['unpublished', 'archived'].includes(to)

function liveVersionChange(action: Action, subject: Subject, to: State): Effects['liveVersion'] {
  if (action === 'sign-off' || action === 'take-down') return 'keep'
  if (to === 'published') return 'replace'
  if ((to === 'unpublished' || to === 'archived') && isOnline(subject)) return 'remove'
  return 'keep'
}

function signOffBy(actor: Actor, subject: Subject, now: Date, options: WorkflowOptions): SignOff {
  return {
    by: String(actor.id),
    name: actor.name!.trim(),
    credentials: actor.credentials!.trim(),
    at: now.toISOString(),
    version: subject.version,
    reviewDueAt: reviewDueDate(now, options.reviewIntervalMonths ?? DEFAULT_REVIEW_INTERVAL_MONTHS).toISOString(),
  }
}

function recipients(action: Action, subject: Subject): Recipient[] {
  const needsMedicalReview = action === 'submit' && requiresMedicalSignOff(subject) && !isSignOffValid(subject)
  return needsMedicalReview ? [...NOTIFY[action], 'medical-reviewers'] : [...NOTIFY[action]]
}

/**
 * The buttons to show: actions the actor's roles allow in the current state. Those that are
 * blocked anyway stay visible with the reason, so people learn what is missing; a schedule is
 * checked as if it were published now.
 */
export function availableActions(subject: Subject, actor: Actor, now: Date, options: WorkflowOptions = {}): AvailableAction[] {
  return ACTIONS.flatMap((action) => {
    const to = targetState(action, subject)
    if (!to || !mayPerform(actor, action)) return []
    const outcome = evaluate({ action, subject, actor, now }, options, true)
    if (!outcome.ok && outcome.error === 'invalid-state') return []
    const needs: AvailableAction['needs'] =
      action === 'request-changes'
        ? ['note']
        : action === 'schedule'
          ? ['publishAt']
          : action === 'take-down'
            ? ['unpublishAt']
            : []
    return [{ action, label: ACTION_LABELS[action], to, needs, blocked: outcome.ok ? null : outcome }]
  })
}
