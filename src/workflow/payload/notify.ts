import type { Payload, Where } from 'payload'

import { serverUrl } from '../../server/env'
import { idOf } from '../../shared/canonical'
import type { ContentCollection } from '../../shared/collections'
import { ACTION_LABELS, type Action, type Recipient, STATE_LABELS, type State } from '../machine'
import { type Doc, titleOf } from './document'

interface Notice {
  collection: ContentCollection
  doc: Doc
  action: Action
  to: State
  note?: string
  actor: { id?: number | string; name: string }
  recipients: Recipient[]
}

/** Who each group is, for this document: the assignee stands in for "reviewers" when set. */
async function addressesFor(payload: Payload, notice: Notice): Promise<string[]> {
  const ids = new Set<number>()
  const roles: string[] = []
  for (const group of notice.recipients) {
    if (group === 'author' && notice.doc.author) ids.add(Number(idOf(notice.doc.author)))
    if (group === 'editors') for (const e of (notice.doc.editedBy as unknown[]) ?? []) ids.add(Number(idOf(e)))
    if (group === 'reviewers') {
      if (notice.doc.assignee) ids.add(Number(idOf(notice.doc.assignee)))
      else roles.push('reviewer')
    }
    if (group === 'medical-reviewers') roles.push('medical-reviewer')
  }
  const or: Where[] = [
    ...(ids.size ? [{ id: { in: [...ids] } }] : []),
    ...(roles.length ? [{ roles: { in: roles } }] : []),
  ]
  if (!or.length) return []
  const users = await payload.find({ collection: 'users', where: { or }, limit: 200, depth: 0, overrideAccess: true })
  return users.docs.filter((u) => String(u.id) !== String(notice.actor.id)).map((u) => u.email)
}

/**
 * Tell the people a transition concerns. Sent after the transition is stored; a mail failure
 * is logged and never undoes the transition.
 */
export async function notify(payload: Payload, notice: Notice): Promise<void> {
  try {
    const addresses = await addressesFor(payload, notice)
    const title = titleOf(notice.doc)
    const link = `${serverUrl()}/admin/collections/${notice.collection}/${notice.doc.id}`
    const subject = `[Glassworks] ${ACTION_LABELS[notice.action]}: ${title}`
    const text = [
      `${notice.actor.name} — ${ACTION_LABELS[notice.action].toLowerCase()} — "${title}".`,
      `It is now: ${STATE_LABELS[notice.to]}.`,
      notice.note ? `\nNote:\n${notice.note}\n` : '',
      `Open it: ${link}`,
    ].join('\n')
    await Promise.all(addresses.map((to) => payload.sendEmail({ to, subject, text })))
  } catch (error) {
    payload.logger.error({
      err: error,
      msg: `Could not send the workflow notification for ${notice.collection} ${notice.doc.id}`,
    })
  }
}

/**
 * A scheduled publish or take-down did not happen: tell the reviewer who scheduled it (the
 * latest "schedule" or "take-down" in the audit trail), or every reviewer when nobody did.
 */
export async function notifyScheduleIssue(
  payload: Payload,
  issue: { collection: ContentCollection; doc: Doc; kind: 'publish' | 'take-down'; reason: string },
): Promise<void> {
  try {
    const scheduled = await payload.find({
      collection: 'workflow-events',
      where: {
        and: [
          { collectionSlug: { equals: issue.collection } },
          { docId: { equals: issue.doc.id } },
          { action: { equals: issue.kind === 'publish' ? 'schedule' : 'take-down' } },
        ],
      },
      sort: '-at',
      limit: 1,
      depth: 0,
      overrideAccess: true,
    })
    const by = scheduled.docs[0]?.actor
    const where: Where = by ? { id: { equals: idOf(by) } } : { roles: { in: ['reviewer'] } }
    const users = await payload.find({ collection: 'users', where, limit: 50, depth: 0, overrideAccess: true })
    const title = titleOf(issue.doc)
    const what = issue.kind === 'publish' ? 'Scheduled publish failed' : 'Scheduled take-down failed'
    const text = [
      `${what}: "${title}".`,
      issue.reason,
      '',
      `Open it to reschedule or withdraw: ${serverUrl()}/admin/collections/${issue.collection}/${issue.doc.id}`,
    ].join('\n')
    await Promise.all(users.docs.map((u) => payload.sendEmail({ to: u.email, subject: `[Glassworks] ${what}: ${title}`, text })))
  } catch (error) {
    payload.logger.error({
      err: error,
      msg: `Could not send the failed-schedule notice for ${issue.collection} ${issue.doc.id}`,
    })
  }
}
