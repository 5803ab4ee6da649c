/*
 * The editorial workflow: who may move content from which state to which, and what has to
 * happen when they do. Pure: hooks, endpoints and the admin UI are adapters that read the
 * subject from Payload, call `decide` and apply the effects.
 */
import { hasRole, type HasRoles, type Role, ROLE_LABELS } from '../shared/roles'
import {
  type ChecklistItem,
  type Content,
  DEFAULT_REVIEW_INTERVAL_MONTHS,
  type Id,
  isSignOffValid,
  prePublishChecklist,
  requiresMedicalSignOff,
  reviewDueDate,
  type SignOff,
} from './checklist'

export const STATES = [
  'draft',
  'in-review',
  'changes-requested',
  'approved',
  'scheduled',
  'published',
  'unpublished',
  'archived',
] as const
export type State = (typeof STATES)[number]

export const ACTIONS = [
  'submit',
  'withdraw',
  'request-changes',
  'sign-off',
  'approve',
  'publish',
  'schedule',
  'unpublish',
  'take-down',
  'archive',
  'reopen',
] as const
export type Action = (typeof ACTIONS)[number]

export const isState = (value: unknown): value is State => STATES.includes(value as State)
export const isAction = (value: unknown): value is Action => ACTIONS.includes(value as Action)

export const STATE_LABELS: Record<State, string> = {
  draft: 'Draft',
  'in-review': 'In review',
  'changes-requested': 'Changes requested',
  approved: 'Approved',
  scheduled: 'Scheduled',
  published: 'Published',
  unpublished: 'Unpublished',
  archived: 'Archived',
}

export const ACTION_LABELS: Record<Action, string> = {
  submit: 'Submit for review',
  withdraw: 'Withdraw',
  'request-changes': 'Request changes',
  'sign-off': 'Medical sign-off',
  approve: 'Approve',
  publish: 'Publish now',
  schedule: 'Schedule',
  unpublish: 'Unpublish',
  'take-down': 'Schedule take-down',
  archive: 'Archive',
  reopen: 'Reopen as draft',
}

/** Only `published` is live; a scheduled piece stays a Payload draft until the job publishes it. */
export const LIVE_STATES: readonly State[] = ['published']
export const isLiveState = (state: State): boolean => LIVE_STATES.includes(state)
export const payloadStatusFor = (state: State): 'draft' | 'published' => (isLiveState(state) ? 'published' : 'draft')

/** States a revision of published content can be in while the published version stays online. */
const REVISION_STATES: readonly State[] = ['draft', 'in-review', 'changes-requested', 'approved', 'scheduled']

export interface Subject extends Content {
  status: State
  author?: Id | null
  /**
   * Everyone who changed the content since it was last published (the adapter appends with
   * `addEditor` on every content change; `publish` clears it). With `author`, they may not
   * approve, publish, schedule or sign off.
   */
  editors?: readonly Id[] | null
  /**
   * An earlier version is published and still online while this revision is worked on
   * (Payload serves the last published version until a newer one is published).
   */
  hasLiveVersion?: boolean | null
  /** The pending publish date while `scheduled`. */
  publishAt?: string | null
  /** A pending scheduled unpublish ("take down at") of the online version. */
  unpublishAt?: string | null
}

/** A Payload user fits: id, roles, name and credentials. */
export interface Actor extends HasRoles {
  id: Id
  name?: string | null
  credentials?: string | null
}

export type Recipient = 'author' | 'editors' | 'reviewers' | 'medical-reviewers'

export interface Effects {
  /** The workflow state to store. */
  status: State
  /** Payload's `_status` to save with. */
  payloadStatus: 'draft' | 'published'
  /** What happens to the version readers see: revalidate pages when it is not 'keep'. */
  liveVersion: 'replace' | 'remove' | 'keep'
  /** Cancel the pending scheduled-publish job (also when rescheduling, before queuing the new one). */
  clearSchedule: boolean
  /** Queue Payload's scheduled-publish job for this ISO date. */
  publishAt?: string
  /** Queue the scheduled unpublish for this ISO date (take-down). */
  unpublishAt?: string
  /** Forget a pending take-down (the content went offline, or a new version went live). */
  clearUnpublish?: boolean
  /** Store as the content's sign-off. */
  recordSignOff?: SignOff
  /** Empty `editors`: the published version is the new baseline for four eyes. */
  clearEditors: boolean
  /** Groups to tell, resolved from the subject before the change; never notify the actor. */
  notify: Recipient[]
  /** The actor's comment, trimmed; required for request-changes. */
  note?: string
}

export interface Allowed {
  ok: true
  httpStatus: 200
  action: Action
  from: State
  to: State
  effects: Effects
}

export type Refusal =
  | { ok: false; error: 'forbidden'; httpStatus: 403; reason: 'role' | 'four-eyes'; message: string }
  | { ok: false; error: 'invalid-state'; httpStatus: 409; message: string }
  | {
      ok: false
      error: 'invalid-input'
      httpStatus: 400
      field: 'note' | 'publishAt' | 'unpublishAt' | 'credentials'
      message: string
    }
  | { ok: false; error: 'checklist'; httpStatus: 422; message: string; items: ChecklistItem[] }

export type Outcome = Allowed | Refusal

export interface ActionRequest {
  action: Action
  subject: Subject
  actor: Actor
  now: Date
  note?: string | null
  /** ISO date, for `schedule`. */
  publishAt?: string | null
  /** ISO date, for `take-down`. */
  unpublishAt?: string | null
}

export interface WorkflowOptions {
  bannedClaims?: readonly string[]
  reviewIntervalMonths?: number
}

/*
 * Admins have every editorial power but a medical sign-off, which needs clinical credentials,
 * not an account setting. Medical reviewers judge medical accuracy only: they sign off and may
 * ask for changes, but neither edit (their sign-off must stay independent of the text) nor
 * approve or publish. One person holding several roles gets the union.
 */
export const ACTION_ROLES: Record<Action, readonly Role[]> = {
  submit: ['editor', 'reviewer', 'admin'],
  withdraw: ['editor', 'reviewer', 'admin'],
  'request-changes': ['reviewer', 'admin', 'medical-reviewer'],
  'sign-off': ['medical-reviewer'],
  approve: ['reviewer', 'admin'],
  publish: ['reviewer', 'admin'],
  schedule: ['reviewer', 'admin'],
  unpublish: ['reviewer', 'admin'],
  'take-down': ['reviewer', 'admin'],
  archive: ['reviewer', 'admin'],
  reopen: ['editor', 'reviewer', 'admin'],
}

export const EDITING_ROLES: readonly Role[] = ['editor', 'reviewer', 'admin']
export const EDITABLE_STATES: readonly State[] = ['draft', 'changes-requested']

const fromEveryStateBut = (except: State, to: State) =>
  Object.fromEntries(STATES.filter((state) => state !== except).map((state) => [state, to]))

/*
 * from → to. Publishing from in-review is "approve and publish" in one step (same guards as
 * approve). Publishing or scheduling unpublished content undoes an unpublish without a new
 * review round; the checklist and four eyes still apply. Withdraw is the way back from an
 * approval or a schedule, so nobody edits approved text.
 */
const TRANSITIONS: Record<Exclude<Action, 'sign-off' | 'unpublish' | 'take-down'>, Partial<Record<State, State>>> = {
  submit: { draft: 'in-review', 'changes-requested': 'in-review' },
  withdraw: { 'in-review': 'draft', approved: 'draft', scheduled: 'draft' },
  'request-changes': { 'in-review': 'changes-requested', approved: 'changes-requested', scheduled: 'changes-requested' },
  approve: { 'in-review': 'approved' },
  publish: { 'in-review': 'published', approved: 'published', scheduled: 'published', unpublished: 'published' },
  schedule: { 'in-review': 'scheduled', approved: 'scheduled', scheduled: 'scheduled', unpublished: 'scheduled' },
  archive: fromEveryStateBut('archived', 'archived'),
  reopen: { published: 'draft', unpublished: 'draft', archived: 'draft' },
}

/** Sign-off leaves the state alone; in published it renews a sign-off that is due for re-review. */
const SIGN_OFF_STATES: readonly State[] = ['in-review', 'approved', 'scheduled', 'published']
const FOUR_EYES_ACTIONS: readonly Action[] = ['approve', 'publish', 'schedule', 'sign-off']
const CHECKLIST_ACTIONS: readonly Action[] = ['approve', 'publish', 'schedule']

const NOTIFY: Record<Action, Recipient[]> = {
  submit: ['reviewers'],
  withdraw: ['reviewers'],
  'request-changes': ['author', 'editors'],
  'sign-off': ['reviewers'],
  approve: ['author', 'editors'],
  publish: ['author', 'editors'],
  schedule: ['author', 'editors'],
  unpublish: ['author', 'editors'],
  'take-down': ['author', 'editors'],
  archive: ['author', 'editors'],
  reopen: ['author'],
}

/** Whether readers can see some version of this content right now. */
export function isOnline(subject: Pick<Subject, 'status' | 'hasLiveVersion'>): boolean {
  return isLiveState(subject.status) || (Boolean(subject.hasLiveVersion) && REVISION_STATES.includes(subject.status))
}

export function targetState(action: Action, subject: Pick<Subject, 'status' | 'hasLiveVersion'>): State | undefined {
  if (action === 'sign-off') return SIGN_OFF_STATES.includes(subject.status) ? subject.status : undefined
  if (action === 'unpublish') return isOnline(subject) ? 'unpublished' : undefined
  // A take-down is a date on the online version; the state is left as it is until then.
  if (action === 'take-down') return isOnline(subject) ? subject.status : undefined
  return TRANSITIONS[action][subject.status]
}

export const mayPerform = (actor: Actor | null | undefined, action: Action): boolean =>
  hasRole(actor, ...ACTION_ROLES[action])

const sameId = (a: Id | null | undefined, b: Id): boolean => a !== null && a !== undefined && String(a) === String(b)

function fourEyesConflict(subject: Subject, actor: Actor): string | null {
  if (sameId(subject.author, actor.id)) return 'You wrote this piece, so someone else has to do this.'
  if (subject.editors?.some((id) => sameId(id, actor.id))) {
    return 'You edited the current version, so someone else has to do this.'
  }
  return null
}

type Forbidden = Extract<Refusal, { error: 'forbidden' }>
type InvalidState = Extract<Refusal, { error: 'invalid-state' }>

const forbidden = (reason: Forbidden['reason'], message: string): Forbidden => ({
  ok: false,
  error: 'forbidden',
  httpStatus: 403,
  reason,
  message,
})
const invalidState = (message: string): InvalidState => ({ ok: false, error: 'invalid-state', httpStatus: 409, message })
const invalidInput = (field: 'note' | 'publishAt' | 'unpublishAt' | 'credentials', message: string): Refusal => ({
  ok: false,
  error: 'invalid-input',
  httpStatus: 400,
  field,
  message,
})

const stateName = (state: State): string => STATE_LABELS[state]?.toLowerCase() ?? String(state)

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

export interface AvailableAction {
  action: Action
  label: string
  to: State
  /** What the UI must ask for before sending the action. */
  needs: ('note' | 'publishAt' | 'unpublishAt')[]
  /** Why the button is disabled (four eyes, checklist, missing credentials), or null. */
  blocked: Refusal | null
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

export type EditCheck = { ok: true } | Forbidden | InvalidState

const EDIT_REFUSALS: Partial<Record<State, string>> = {
  'in-review': 'It is in review: withdraw it first, so reviewers are not reading a moving text.',
  approved: 'It is approved: withdraw it first (that voids the approval).',
  scheduled: 'It is scheduled: withdraw it first (that cancels the schedule and voids the approval).',
  published: 'It is published: reopen it as a draft; the published version stays online until the revision is published.',
  unpublished: 'It is unpublished: reopen it as a draft first.',
  archived: 'It is archived: reopen it as a draft first.',
}

/**
 * Editing is allowed only in draft and changes-requested; every other state has an explicit
 * action that moves it there, so no save silently voids a review, an approval or a schedule.
 */
export function canEdit(subject: Pick<Subject, 'status'>, actor: Actor | null | undefined): EditCheck {
  if (!hasRole(actor, ...EDITING_ROLES)) {
    return forbidden('role', 'Only an editor, reviewer or admin may edit content.')
  }
  if (EDITABLE_STATES.includes(subject.status)) return { ok: true }
  return invalidState(EDIT_REFUSALS[subject.status] ?? `Content that is ${stateName(subject.status)} cannot be edited.`)
}

/** The new `editors` after the actor changed the content; a reviewer who edits loses four-eyes rights. */
export function addEditor(subject: Pick<Subject, 'editors'>, actor: Pick<Actor, 'id'>): string[] {
  const editors = (subject.editors ?? []).map(String)
  return editors.includes(String(actor.id)) ? editors : [...editors, String(actor.id)]
}
