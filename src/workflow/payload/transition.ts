import {
  commitTransaction,
  initTransaction,
  killTransaction,
  NotFound,
  type Payload,
  type PayloadRequest,
} from 'payload'

import type { ContentCollection } from '../../shared/collections'
import { isDueForReReview, isSignOffValid, prePublishChecklist, requiresMedicalSignOff } from '../checklist'
import { type Action, availableActions, decide, type Outcome, STATE_LABELS } from '../machine'
import { WORKFLOW_CONTEXT } from './context'
import { workflowOptions } from './options'
import { notify } from './notify'
import { queueRelease, queueTakeDown } from './scheduler'
import { lockForTransition } from './serialise'
import { toSubject } from './subject'

export interface ActionResult {
  status: number
  body: Record<string, unknown>
}

export type Doc = Record<string, unknown> & { id: number }

const titleOf = (doc: Doc): string => String(doc.title ?? doc.name ?? doc.question ?? `#${doc.id}`)

export interface ActingAs {
  id?: number | string
  name: string
}

/** Write an allowed outcome: the document's workflow data and one audit-trail row. */
export async function applyOutcome(
  payload: Payload,
  req: PayloadRequest,
  collection: ContentCollection,
  doc: Doc,
  outcome: Extract<Outcome, { ok: true }>,
  actor: ActingAs,
) {
  const { effects } = outcome
  const data: Record<string, unknown> = { workflowState: effects.status, _status: effects.payloadStatus }
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
  await payload.create({
    collection: 'workflow-events',
    data: {
      summary: `${outcome.action}: ${titleOf(doc)} (${outcome.from} → ${outcome.to})`,
      collectionSlug: collection,
      docId: doc.id,
      docTitle: titleOf(doc),
      action: outcome.action,
      from: outcome.from,
      to: outcome.to,
      actor: actor.id as number | undefined,
      actorName: actor.name,
      version: String(doc.contentVersion ?? ''),
      note: effects.note,
      at: new Date().toISOString(),
    },
    req,
    overrideAccess: true,
  })
}

/**
 * Why an action cannot be taken, as one sentence a person can act on: for the checklist the
 * missing items themselves ("Add a hero image."), not "the content is not ready".
 */
export function blockedReason(refusal: Extract<Outcome, { ok: false }>): string {
  if (refusal.error === 'checklist' && refusal.items.length) return refusal.items.map((item) => item.message).join(' ')
  return refusal.message
}

/** The newest stored version of a document whose content hash is `contentVersion`. */
async function versionWithContent(req: PayloadRequest, collection: ContentCollection, id: number, contentVersion?: string) {
  const found = await req.payload.findVersions({
    collection,
    where: {
      and: [
        { parent: { equals: id } },
        ...(contentVersion ? [{ 'version.contentVersion': { equals: contentVersion } }] : []),
      ],
    },
    sort: '-updatedAt',
    limit: 1,
    depth: 0,
    req,
    overrideAccess: true,
  })
  return found.docs[0]?.id ?? null
}

/**
 * Links into Payload's version compare (`/versions/<to>?versionFrom=<from>`): what changed
 * since the caller last reviewed it (their latest request-changes, sign-off or approval) and
 * since the medical sign-off. Only when the content did change since.
 */
async function compareLinks(req: PayloadRequest, collection: ContentCollection, doc: Doc, signedVersion: string | null) {
  const latest = await versionWithContent(req, collection, doc.id)
  if (!latest || !req.user) return []
  const reviewed = await req.payload.find({
    collection: 'workflow-events',
    where: {
      and: [
        { collectionSlug: { equals: collection } },
        { docId: { equals: doc.id } },
        { actor: { equals: req.user.id } },
        { action: { in: ['request-changes', 'sign-off', 'approve'] } },
      ],
    },
    sort: '-at',
    limit: 1,
    depth: 0,
    req,
    overrideAccess: true,
  })
  const links: { label: string; href: string }[] = []
  const add = async (label: string, contentVersion: string | null | undefined) => {
    if (!contentVersion || contentVersion === doc.contentVersion) return
    const from = await versionWithContent(req, collection, doc.id, contentVersion)
    if (from && from !== latest) {
      links.push({ label, href: `/admin/collections/${collection}/${doc.id}/versions/${latest}?versionFrom=${from}` })
    }
  }
  await add('Changes since your last review', reviewed.docs[0]?.version)
  await add('Changes since the medical sign-off', signedVersion)
  return links
}

/** The reviewer's latest "request changes" note, for the editor's panel. */
async function latestChangeRequest(req: PayloadRequest, collection: ContentCollection, id: number) {
  const found = await req.payload.find({
    collection: 'workflow-events',
    where: {
      and: [{ collectionSlug: { equals: collection } }, { docId: { equals: id } }, { action: { equals: 'request-changes' } }],
    },
    sort: '-at',
    limit: 1,
    depth: 0,
    req,
    overrideAccess: true,
  })
  const event = found.docs[0]
  return event ? { note: event.note ?? '', by: event.actorName ?? '', at: event.at } : null
}

/**
 * A transition ends the editing session it came from: whoever held the document's lock (the
 * editor who just submitted, a reviewer who withdrew) lets go, so colleagues opening it next
 * are not told someone is still editing. Read-only states take no new lock.
 */
async function releaseLocks(payload: Payload, collection: ContentCollection, id: number) {
  await payload.delete({
    collection: 'payload-locked-documents',
    where: { and: [{ 'document.value': { equals: id } }, { 'document.relationTo': { equals: collection } }] },
    overrideAccess: true,
  })
}

/** A schedule this long past its time without having happened is reported as overdue. */
export const OVERDUE_AFTER_MS = 2 * 60_000

export const isOverdue = (subject: { status: string; publishAt?: string | null }, now: Date): boolean =>
  subject.status === 'scheduled' &&
  Boolean(subject.publishAt) &&
  Date.parse(String(subject.publishAt)) < now.getTime() - OVERDUE_AFTER_MS

/** What the admin panel shows: state, the user's possible actions (with why blocked), checklist. */
export async function describeWorkflow(
  req: PayloadRequest,
  collection: ContentCollection,
  id: number | string,
): Promise<ActionResult> {
  const { payload, user } = req
  if (!user) return { status: 401, body: { error: 'unauthorized', message: 'Log in to see the workflow.' } }
  const doc = (await payload
    .findByID({ collection, id, draft: true, depth: 0, req, overrideAccess: false, disableErrors: true })
    .catch(() => null)) as unknown as Doc | null
  if (!doc) return { status: 404, body: { error: 'not-found', message: `No ${collection} document with id ${id}.` } }
  const subject = await toSubject(payload, collection, doc, req)
  const now = new Date()
  const options = workflowOptions()
  return {
    status: 200,
    body: {
      id: doc.id,
      workflowState: subject.status,
      stateLabel: STATE_LABELS[subject.status],
      live: Boolean(subject.hasLiveVersion),
      medical: requiresMedicalSignOff(subject),
      signOff: subject.signOff,
      signOffValid: isSignOffValid(subject),
      dueForReReview: isDueForReReview(subject, now),
      publishAt: subject.publishAt,
      unpublishAt: subject.unpublishAt,
      scheduleIssue: (doc.scheduleIssue as string | null | undefined) ?? null,
      overdue: isOverdue(subject, now),
      checklist: prePublishChecklist(subject, { at: now, bannedClaims: options.bannedClaims }),
      assignee: doc.assignee ?? null,
      // For the panel to recompute the checklist from the form as the editor types.
      bannedClaims: options.bannedClaims,
      latestRequest: await latestChangeRequest(req, collection, doc.id),
      compare: await compareLinks(req, collection, doc, subject.signOff?.version ?? null),
      actions: availableActions(subject, user, now, options).map((a) => ({
        action: a.action,
        label: a.label,
        needs: a.needs,
        blocked: a.blocked ? blockedReason(a.blocked) : null,
      })),
    },
  }
}

/**
 * One workflow action by the request's user, as the REST endpoint and the admin buttons use it:
 * the pure machine decides, this applies. Answers carry the HTTP status the machine chose.
 */
export async function performAction(
  req: PayloadRequest,
  collection: ContentCollection,
  id: number | string,
  input: { action: Action; note?: string | null; publishAt?: string | null; unpublishAt?: string | null },
): Promise<ActionResult> {
  const { payload, user } = req
  if (!user) return { status: 401, body: { error: 'unauthorized', message: 'Log in to take workflow actions.' } }
  // Read, decide and write under the document's lock, in one transaction (serialise.ts).
  const ownTransaction = await initTransaction(req)
  let doc: Doc
  let outcome: Outcome
  try {
    await lockForTransition(payload, req, collection, id)
    try {
      doc = (await payload.findByID({
        collection,
        id,
        draft: true,
        depth: 0,
        req,
        overrideAccess: false,
      })) as unknown as Doc
    } catch (error) {
      if (error instanceof NotFound || (error as { status?: number }).status === 404) {
        if (ownTransaction) await killTransaction(req)
        return { status: 404, body: { error: 'not-found', message: `No ${collection} document with id ${id}.` } }
      }
      throw error
    }
    const subject = await toSubject(payload, collection, doc, req)
    outcome = decide({ ...input, subject, actor: user, now: new Date() }, workflowOptions())
    if (!outcome.ok) {
      if (ownTransaction) await killTransaction(req)
      const { ok: _ok, httpStatus, ...rest } = outcome
      // One plain sentence for people (the panel shows `message`); the items stay for programs.
      return { status: httpStatus, body: { ...rest, message: blockedReason(outcome) } }
    }
    await applyOutcome(payload, req, collection, doc, outcome, {
      id: user.id,
      name: user.name ?? user.email ?? String(user.id),
    })
    if (outcome.effects.publishAt) await queueRelease(payload, req, collection, doc.id, outcome.effects.publishAt)
    if (outcome.effects.unpublishAt) await queueTakeDown(payload, req, collection, doc.id, outcome.effects.unpublishAt)
    if (ownTransaction) await commitTransaction(req)
  } catch (error) {
    if (ownTransaction) await killTransaction(req)
    throw error
  }
  await releaseLocks(payload, collection, doc.id)
  await notify(payload, {
    collection,
    doc,
    action: outcome.action,
    to: outcome.to,
    note: outcome.effects.note,
    actor: { id: user.id, name: user.name ?? user.email },
    recipients: outcome.effects.notify,
  })
  return {
    status: 200,
    body: {
      id: doc.id,
      action: outcome.action,
      from: outcome.from,
      workflowState: outcome.to,
      notify: outcome.effects.notify,
    },
  }
}
