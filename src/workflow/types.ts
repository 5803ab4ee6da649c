/** The shapes the workflow decides on: the content (subject), who acts, and the outcome. */
import type { HasRoles } from '../shared/roles'
import type { ChecklistItem, Content, Id, SignOff } from './checklist'
import type { Action, State } from './states'

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

export interface AvailableAction {
  action: Action
  label: string
  to: State
  /** What the UI must ask for before sending the action. */
  needs: ('note' | 'publishAt' | 'unpublishAt')[]
  /** Why the button is disabled (four eyes, checklist, missing credentials), or null. */
  blocked: Refusal | null
}

export type Forbidden = Extract<Refusal, { error: 'forbidden' }>
export type InvalidState = Extract<Refusal, { error: 'invalid-state' }>

export type EditCheck = { ok: true } | Forbidden | InvalidState
