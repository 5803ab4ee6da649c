/** Whether a save may change the content, and who counts as having edited it (four eyes). */
import { hasRole } from '../shared/roles'
import { EDITABLE_STATES, EDITING_ROLES, forbidden, invalidState, stateName } from './rules'
import type { State } from './states'
import type { Actor, EditCheck, Subject } from './types'

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
