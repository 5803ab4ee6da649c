import type { PayloadRequest } from 'payload'

import type { ContentCollection } from '../../shared/collections'
import {
  type ChecklistItem,
  isDueForReReview,
  isSignOffValid,
  prePublishChecklist,
  requiresMedicalSignOff,
  type SignOff,
} from '../checklist'
import { type AvailableAction, availableActions, blockedReason, isOverdue, STATE_LABELS, type State } from '../machine'
import type { Doc } from './document'
import { workflowOptions } from './options'
import { toSubject } from './subject'

/**
 * GET /api/<collection>/<id>/workflow: what the review panel shows. The body's type is the
 * contract: the panel (src/workflow/admin/WorkflowPanel.tsx) imports it from endpoint.ts, and
 * tests/http/workflow-status.test.ts checks the answer against it.
 */
export interface WorkflowStatus {
  id: number
  workflowState: State
  stateLabel: string
  live: boolean
  medical: boolean
  signOff: SignOff | null
  signOffValid: boolean
  dueForReReview: boolean
  publishAt: string | null
  unpublishAt: string | null
  scheduleIssue: string | null
  overdue: boolean
  checklist: ChecklistItem[]
  assignee: number | { id: number } | null
  /** For the panel to recompute the checklist from the form as the editor types. */
  bannedClaims: string[]
  latestRequest: { note: string; by: string; at: string } | null
  compare: { label: string; href: string }[]
  actions: { action: AvailableAction['action']; label: string; needs: AvailableAction['needs']; blocked: string | null }[]
}

/** A refusal as the workflow endpoints answer it. */
export interface WorkflowError {
  error: string
  message: string
}

/** An endpoint's answer: the body for 200, or a refusal with its status. */
export type Answer<T> =
  | { status: 200; body: T }
  | { status: 400 | 401 | 403 | 404 | 409 | 422; body: WorkflowError & Record<string, unknown> }

/**
 * The newest stored version of a document whose content hash is `contentVersion`; with `event`,
 * the one that workflow action made (the row the version list labels "Approved · …").
 */
async function versionWithContent(
  req: PayloadRequest,
  collection: ContentCollection,
  id: number,
  contentVersion?: string,
  event?: string,
) {
  const found = await req.payload.findVersions({
    collection,
    where: {
      and: [
        { parent: { equals: id } },
        ...(contentVersion ? [{ 'version.contentVersion': { equals: contentVersion } }] : []),
        ...(event ? [{ 'version.workflowEvent': { equals: event } }] : []),
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
  const add = async (label: string, contentVersion: string | null | undefined, event: string | undefined) => {
    if (!contentVersion || contentVersion === doc.contentVersion) return
    // Versions from before they were labelled are found by their content alone.
    const from =
      (event && (await versionWithContent(req, collection, doc.id, contentVersion, event))) ||
      (await versionWithContent(req, collection, doc.id, contentVersion))
    if (from && from !== latest) {
      links.push({ label, href: `/admin/collections/${collection}/${doc.id}/versions/${latest}?versionFrom=${from}` })
    }
  }
  await add('Changes since your last review', reviewed.docs[0]?.version, reviewed.docs[0]?.action)
  await add('Changes since the medical sign-off', signedVersion, 'sign-off')
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

/** What the admin panel shows: state, the user's possible actions (with why blocked), checklist. */
export async function describeWorkflow(
  req: PayloadRequest,
  collection: ContentCollection,
  id: number | string,
): Promise<Answer<WorkflowStatus>> {
  const { payload, user } = req
  if (!user) return { status: 401, body: { error: 'unauthorized', message: 'Log in to see the workflow.' } }
  // Not found (or not readable by this user) is null; any other failure is an error, not a 404.
  const doc = (await payload.findByID({
    collection,
    id,
    draft: true,
    depth: 0,
    req,
    overrideAccess: false,
    disableErrors: true,
  })) as unknown as Doc | null
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
      signOff: subject.signOff ?? null,
      signOffValid: isSignOffValid(subject),
      dueForReReview: isDueForReReview(subject, now),
      publishAt: subject.publishAt ?? null,
      unpublishAt: subject.unpublishAt ?? null,
      scheduleIssue: (doc.scheduleIssue as string | null | undefined) ?? null,
      overdue: isOverdue(subject, now),
      checklist: prePublishChecklist(subject, { at: now, bannedClaims: options.bannedClaims }),
      assignee: (doc.assignee as WorkflowStatus['assignee'] | undefined) ?? null,
      bannedClaims: [...options.bannedClaims],
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
