import type { CollectionBeforeChangeHook } from 'payload'

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
export const refuseStaleWrites: CollectionBeforeChangeHook = ({ data, operation, originalDoc, req }) => {
  const { context } = req
  // A restore brings the old version's own updatedAt; it is a new draft, not a stale edit.
  if (operation !== 'update' || !req.user || context.workflow || context.isRestoringVersion) return data
  const base = time(data.updatedAt)
  const current = time(originalDoc?.updatedAt)
  if (base === undefined || current === undefined || base >= current) return data
  throw conflict(
    `Someone saved this document at ${new Date(current).toISOString()}, after the version your changes are based on ` +
      `(${new Date(base).toISOString()}). Your changes were not saved: reload the document to see theirs, then make yours again.`,
  )
}
