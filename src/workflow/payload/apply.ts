import type { Payload, PayloadRequest } from 'payload'

import type { WorkflowEvent } from '../../../payload-types'
import type { ContentCollection } from '../../shared/collections'
import type { Allowed, State } from '../machine'
import type { WorkflowEventData } from './auditRows'
import { WORKFLOW_CONTEXT } from './context'
import { type ActingAs, type Doc, titleOf } from './document'
import { queueRelease, queueTakeDown } from './queue'

/**
 * The one place a workflow outcome is written and recorded: the endpoint (a person's action),
 * the scheduler (a release or take-down) and the importer (a document entering the workflow)
 * all end here, so the document's workflow data and its audit trail cannot disagree.
 */

interface WorkflowEventInput {
  collection: ContentCollection
  doc: Doc
  action: WorkflowEvent['action']
  from: State
  to: State
  actor: ActingAs
  note?: string
  /** Defaults to "action: title (from → to)". */
  summary?: string
}

/** The audit-trail row of a workflow event, as every writer stores it. */
export function workflowEventRow(event: WorkflowEventInput): WorkflowEventData {
  const title = titleOf(event.doc)
  return {
    summary: event.summary ?? `${event.action}: ${title} (${event.from} → ${event.to})`,
    collectionSlug: event.collection,
    docId: event.doc.id,
    docTitle: title,
    action: event.action,
    from: event.from,
    to: event.to,
    actor: event.actor.id as number | undefined,
    actorName: event.actor.name,
    version: String(event.doc.contentVersion ?? ''),
    note: event.note,
    at: new Date().toISOString(),
  }
}

/**
 * One row of the audit trail. With `req` it is part of the caller's transaction (it stands or
 * falls with the change it records); without, it is written on its own (a failure report that
 * must outlive the failed job's rollback).
 */
export async function recordWorkflowEvent(payload: Payload, req: PayloadRequest | undefined, event: WorkflowEventInput) {
  await payload.create({
    collection: 'workflow-events',
    data: workflowEventRow(event),
    // Nobody reads the created row back: no need to populate its actor.
    depth: 0,
    req,
    overrideAccess: true,
  })
}

/**
 * Apply an allowed outcome: the document's workflow data, the jobs it schedules, and one
 * audit-trail row, all in the caller's transaction (`req`).
 */
export async function applyOutcome(
  payload: Payload,
  req: PayloadRequest,
  collection: ContentCollection,
  doc: Doc,
  outcome: Allowed,
  actor: ActingAs,
) {
  const { effects } = outcome
  const data: Record<string, unknown> = {
    workflowState: effects.status,
    _status: effects.payloadStatus,
    // The version this update makes is labelled with the action (the admin's version list).
    workflowEvent: outcome.action,
    workflowEventBy: actor.name,
  }
  if (effects.recordSignOff) data.signOff = { ...effects.recordSignOff, by: Number(effects.recordSignOff.by) }
  if (effects.clearEditors) data.editedBy = []
  if (effects.publishAt) data.publishAt = effects.publishAt
  else if (effects.clearSchedule) data.publishAt = null
  if (effects.unpublishAt) data.unpublishAt = effects.unpublishAt
  else if (effects.clearUnpublish) data.unpublishAt = null
  // Any decision after a failed schedule (reschedule, withdraw, publish) answers it.
  if (doc.scheduleIssue) data.scheduleIssue = null
  if (effects.payloadStatus === 'published' && !doc.publishedAt && collection === 'articles')
    data.publishedAt = new Date().toISOString()
  // Draft saves leave a live version online; publishing and unpublishing change the live row.
  const draft = effects.payloadStatus === 'draft' && effects.liveVersion !== 'remove'
  await payload.update({
    collection,
    id: doc.id,
    data: data as never,
    draft,
    req,
    context: WORKFLOW_CONTEXT,
    overrideAccess: true,
  })
  if (effects.publishAt) await queueRelease(payload, req, collection, doc.id, effects.publishAt)
  if (effects.unpublishAt) await queueTakeDown(payload, req, collection, doc.id, effects.unpublishAt)
  await recordWorkflowEvent(payload, req, {
    collection,
    doc,
    action: outcome.action,
    from: outcome.from,
    to: outcome.to,
    actor,
    note: effects.note,
  })
}

/**
 * An imported document entered the workflow: the importer saved it with the state
 * `importedState` gave, and writes this row with its batch's other audit rows
 * (createWorkflowEvents, ./auditRows.ts) in the transaction that saved the document.
 */
export function importEventRow(entry: {
  collection: ContentCollection
  doc: { id: number; title?: string | null; contentVersion?: string | null }
  from: State
  to: State
  actor: ActingAs
  note: string
}): WorkflowEventData {
  const { id, title, contentVersion } = entry.doc
  return workflowEventRow({ ...entry, doc: { id, title, contentVersion }, action: 'import' })
}
