/** Who may do what from which state: the tables `decide` reads, and the refusals it answers with. */
import { hasRole, type Role } from '../shared/roles'
import type { Id } from './checklist'
import { type Action, REVISION_STATES, STATE_LABELS, STATES, type State, isLiveState } from './states'
import type { Actor, Forbidden, InvalidState, Recipient, Refusal, Subject } from './types'

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
export const TRANSITIONS: Record<Exclude<Action, 'sign-off' | 'unpublish' | 'take-down'>, Partial<Record<State, State>>> = {
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
export const SIGN_OFF_STATES: readonly State[] = ['in-review', 'approved', 'scheduled', 'published']
export const FOUR_EYES_ACTIONS: readonly Action[] = ['approve', 'publish', 'schedule', 'sign-off']
export const CHECKLIST_ACTIONS: readonly Action[] = ['approve', 'publish', 'schedule']

export const NOTIFY: Record<Action, Recipient[]> = {
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

export function fourEyesConflict(subject: Subject, actor: Actor): string | null {
  if (sameId(subject.author, actor.id)) return 'You wrote this piece, so someone else has to do this.'
  if (subject.editors?.some((id) => sameId(id, actor.id))) {
    return 'You edited the current version, so someone else has to do this.'
  }
  return null
}


export const forbidden = (reason: Forbidden['reason'], message: string): Forbidden => ({
  ok: false,
  error: 'forbidden',
  httpStatus: 403,
  reason,
  message,
})
export const invalidState = (message: string): InvalidState => ({ ok: false, error: 'invalid-state', httpStatus: 409, message })
export const invalidInput = (field: 'note' | 'publishAt' | 'unpublishAt' | 'credentials', message: string): Refusal => ({
  ok: false,
  error: 'invalid-input',
  httpStatus: 400,
  field,
  message,
})

export const stateName = (state: State): string => STATE_LABELS[state]?.toLowerCase() ?? String(state)
