import { commitTransaction, initTransaction, killTransaction, type Payload, type PayloadRequest } from 'payload'

import { isNotFound } from '../../server/errors'
import type { ContentCollection } from '../../shared/collections'
import { type Action, blockedReason, decide, type Outcome, type Recipient, type State } from '../machine'
import { applyOutcome } from './apply'
import type { Doc } from './document'
import type { Answer } from './describe'
import { notify } from './notify'
import { workflowOptions } from './options'
import { lockForTransition } from './serialise'
import { toSubject } from './subject'

/** POST /api/<collection>/<id>/workflow's answer to an allowed action. */
export interface TransitionResult {
  id: number
  action: Action
  from: State
  workflowState: State
  notify: Recipient[]
}

const notFound = (collection: ContentCollection, id: number | string) => ({
  status: 404 as const,
  body: { error: 'not-found', message: `No ${collection} document with id ${id}.` },
})

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

/**
 * One workflow action by the request's user, as the REST endpoint and the admin buttons use it:
 * the pure machine decides, this applies. Answers carry the HTTP status the machine chose.
 */
export async function performAction(
  req: PayloadRequest,
  collection: ContentCollection,
  id: number | string,
  input: { action: Action; note?: string | null; publishAt?: string | null; unpublishAt?: string | null },
): Promise<Answer<TransitionResult>> {
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
      // Only a missing document is a 404; a failed read (the database) is the caller's 500.
      if (!isNotFound(error)) throw error
      if (ownTransaction) await killTransaction(req)
      return notFound(collection, id)
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
