import type { CollectionAfterChangeHook, CollectionBeforeChangeHook } from 'payload'

import { conflict } from '../server/errors'
import '../shared/requestContext'

const time = (value: unknown): number | undefined => {
  if (typeof value !== 'string' && !(value instanceof Date)) return undefined
  const ms = new Date(value).getTime()
  return Number.isFinite(ms) ? ms : undefined
}

/**
 * Optimistic concurrency: a save states the version it was based on by sending back the
 * document's `updatedAt` as it read it (the admin's form does, and so does any client that
 * GETs, edits and PATCHes the document). When someone saved in between, the write is refused
 * with 409 instead of silently overwriting their fields — refusing, not merging, because a
 * field-wise merge of two edits of the same rich text is not something a person would sign.
 * Writes without a base (bulk edit, scripts) are not checked; the workflow's own writes neither.
 */
/** The save states a base (`updatedAt`) older than the stored document: someone saved in between. */
export function basedOnOlderVersion(data: { updatedAt?: unknown } | undefined, stored: { updatedAt?: unknown } | undefined): boolean {
  const base = time(data?.updatedAt)
  const current = time(stored?.updatedAt)
  return base !== undefined && current !== undefined && base < current
}

export const refuseStaleWrites: CollectionBeforeChangeHook = ({ data, operation, originalDoc, req }) => {
  const { context } = req
  // A restore brings the old version's own updatedAt; it is a new draft, not a stale edit.
  if (operation !== 'update' || !req.user || context.workflow || context.isRestoringVersion) return data
  if (!basedOnOlderVersion(data, originalDoc)) return data
  // No colon and no comma: the admin's toast splits a message into bullets at them.
  throw conflict(
    'Someone else saved this document after you opened it. Your changes were not saved. ' +
      'Reload the document to see theirs and then make yours again.',
  )
}


/** Response header carrying the saved document's `updatedAt`: the base of this form's next save. */
export const SAVED_AT_HEADER = 'x-glassworks-saved-at'

/**
 * Payload's admin queues autosaves and starts a queued one as soon as the previous answer
 * arrives, before React has merged that answer into the form; the follow-up then states the
 * base the form had before its own save and was refused as if someone else had saved. The
 * answer therefore names the new base in a header, which the autosave (patched in
 * scripts/patch-dependencies.mjs) sends with its next save. Only what this form itself saved
 * becomes its base: a colleague's save in between is still refused.
 */
export const announceSavedBase: CollectionAfterChangeHook = ({ doc, req }) => {
  if (typeof doc?.updatedAt !== 'string') return doc
  const headers = req.responseHeaders ?? new Headers()
  headers.set(SAVED_AT_HEADER, doc.updatedAt)
  req.responseHeaders = headers
  return doc
}
