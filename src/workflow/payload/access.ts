import type { Access } from 'payload'

import { isStaffUser } from '../../access'
import { EDITABLE_STATES, isState } from '../machine'

/**
 * Update access for editorial documents: staff, and — when the caller hands over the whole
 * document — only while the workflow allows editing (draft, changes requested).
 *
 * Payload's document view asks this with the stored document to decide whether the form is
 * editable, so in review (approved, scheduled, published…) the admin renders every field
 * read-only and sends no autosave. A REST or GraphQL write brings only its own fields, no
 * state, and is judged by the workflow's edit guard (`trackContentChanges`), which answers
 * 409 with what to do ("withdraw it first").
 */
export const editableInWorkflow: Access = ({ req, data }) => {
  if (!isStaffUser(req.user)) return false
  const state = (data as { workflowState?: unknown } | undefined)?.workflowState
  return !(isState(state) && !EDITABLE_STATES.includes(state))
}
