import type { CollectionBeforeChangeHook, CollectionBeforeValidateHook } from 'payload'

import { forbidden, PublicError } from '../../server/errors'
import { basedOnOlderVersion } from '../../content/staleWrites'
import { canonicalJson, idOf } from '../../shared/canonical'
import { addEditor, canEdit, isState } from '../machine'
import '../../shared/requestContext'
import { contentVersionOf } from './subject'

/** A group cannot be set to null; empty every field of the sign-off instead. */
export const NO_SIGN_OFF = { by: null, name: null, credentials: null, at: null, version: null, reviewDueAt: null }

/** Workflow-owned fields a user's write may not set; the endpoint writes them. */
const MANAGED = [
  'workflowState',
  'signOff',
  'editedBy',
  'author',
  'contentVersion',
  'publishAt',
  'unpublishAt',
  'scheduleIssue',
] as const

/** Managed fields that an ordinary save itself recomputes (trackContentChanges). */
const DERIVED: readonly (typeof MANAGED)[number][] = ['editedBy', 'contentVersion']

const differs = (a: unknown, b: unknown): boolean => canonicalJson(a ?? null) !== canonicalJson(b ?? null)

/**
 * Every route a user can write through (REST, GraphQL, the Local API with a user, bulk edit,
 * autosave, duplicate, version restore) ends here: publishing and workflow fields are refused
 * unless the write comes from the workflow itself. Writes without a user are trusted code
 * (seed, importer, jobs) and pass.
 */
export const guardWorkflowWrites: CollectionBeforeValidateHook = ({ data, operation, originalDoc, req }) => {
  const { context } = req
  if (!data || context.workflow || !req.user) return data
  if (data._status === 'published') {
    throw forbidden(
      'Publishing goes through the editorial workflow: save as a draft (?draft=true), submit it for review, and a reviewer publishes it.',
    )
  }
  if (operation === 'create') {
    // New content (a duplicate included, which arrives with its source's workflow data)
    // starts afresh: a draft, no sign-off, the creator as author.
    // Explicit empty values, so nothing is filled in from the source document later.
    Object.assign(data, {
      workflowState: 'draft',
      signOff: NO_SIGN_OFF,
      editedBy: [],
      publishAt: null,
      unpublishAt: null,
      scheduleIssue: null,
      author: null,
    })
    delete data.contentVersion
    return data
  }
  if (context.isRestoringVersion) {
    // A restored version brings its old workflow data: keep the current one; only the
    // content is restored.
    for (const field of MANAGED) data[field] = originalDoc?.[field]
    return data
  }
  // Bookkeeping every save recomputes: a form echoes what it loaded, and after its own earlier
  // save (an autosave queued behind another) that echo is older than the stored value. Not an
  // attempt to set them, and no value a user sends is kept: drop them instead of refusing.
  for (const field of DERIVED) delete data[field]
  // A form opened before someone else's save still carries that moment's workflow values:
  // not an attempt to set them but a stale save, which refuseStaleWrites answers (409) saying so.
  const stale = operation === 'update' && basedOnOlderVersion(data, originalDoc)
  for (const field of stale ? [] : MANAGED.filter((f) => !DERIVED.includes(f))) {
    if (field in data && differs(idsDeep(data[field]), idsDeep(originalDoc?.[field]))) {
      throw forbidden(
        `"${field}" is set by workflow actions (POST /api/<collection>/<id>/workflow), not by saving the document.`,
      )
    }
  }
  if (
    operation === 'update' &&
    data._status === 'draft' &&
    originalDoc?._status === 'published' &&
    req.query?.draft !== 'true'
  ) {
    throw forbidden(
      'Unpublishing is a reviewer’s workflow action (POST /api/<collection>/<id>/workflow {"action":"unpublish"}).',
    )
  }
  return data
}

const idsDeep = (value: unknown): unknown => (Array.isArray(value) ? value.map(idOf) : idOf(value))

/**
 * Tracks who changed the content: the content hash, the author, everyone who edited since the
 * last publication (four eyes), and voids a sign-off the moment the content changes. Edits are
 * allowed only in the states the workflow allows them in.
 */
export const trackContentChanges: CollectionBeforeChangeHook = ({ data, operation, originalDoc, req }) => {
  const { context } = req
  const merged = { ...(originalDoc ?? {}), ...data }
  const version = contentVersionOf(merged)
  data.contentVersion = version
  // A version names the workflow action that made it only when the workflow's own write
  // names one (applyOutcome); edits, autosaves, restores and failure reports name none.
  if (!context.workflow || !data.workflowEvent) {
    data.workflowEvent = null
    data.workflowEventBy = null
  }
  if (context.workflow) return data

  if (operation === 'create') {
    data.workflowState ??= 'draft'
    if (req.user) {
      data.author = req.user.id
      data.editedBy = [req.user.id]
    }
    return data
  }
  const changed = originalDoc?.contentVersion ? originalDoc.contentVersion !== version : false
  if (!changed || !req.user) {
    if (changed && originalDoc?.signOff?.version && originalDoc.signOff.version !== version) data.signOff = NO_SIGN_OFF
    return data
  }
  const state = isState(originalDoc?.workflowState) ? originalDoc.workflowState : 'draft'
  const check = canEdit({ status: state }, req.user)
  if (!check.ok) throw new PublicError(check.message, check.httpStatus)
  data.editedBy = addEditor(
    { editors: ((originalDoc?.editedBy as unknown[]) ?? []).map((e) => String(idOf(e))) },
    req.user,
  ).map(Number)
  if (originalDoc?.signOff?.version && originalDoc.signOff.version !== version) data.signOff = NO_SIGN_OFF
  return data
}
