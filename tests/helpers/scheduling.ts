import { createLocalReq, type Payload } from 'payload'
import { expect } from 'vitest'

import type { User } from '../../payload-types'
import { WORKFLOW_CONTEXT } from '../../src/workflow/payload/context'
import { performAction } from '../../src/workflow/payload/transition'
import { checklistReadyArticle } from './content'
import { createUser, ensureAdmin } from './users'

type Action = 'submit' | 'approve' | 'schedule' | 'withdraw' | 'publish' | 'unpublish'

/** A workflow action by `user`, as the review panel would send it; fails the test unless 200. */
export async function actAs(payload: Payload, user: User, id: number, action: Action, publishAt?: string) {
  const req = await createLocalReq({ user: { ...user, collection: 'users' } as never }, payload)
  const result = await performAction(req, 'articles', id, { action, publishAt })
  expect(result.status, `${action}: ${JSON.stringify(result.body)}`).toBe(200)
}

/** An article written by an editor and approved by a reviewer, ready to publish or schedule. */
export async function approvedArticle(payload: Payload, overrides: Record<string, unknown> = {}) {
  await ensureAdmin(payload)
  const editor = await createUser(payload, ['editor'])
  const reviewer = await createUser(payload, ['reviewer'])
  const doc = await payload.create({
    collection: 'articles',
    data: (await checklistReadyArticle(payload, overrides)) as never,
    draft: true,
    user: editor,
    overrideAccess: false,
  })
  await actAs(payload, editor, doc.id, 'submit')
  await actAs(payload, reviewer, doc.id, 'approve')
  return { doc, editor, reviewer }
}

/** The article is visible to a visitor (published, through access control). */
export const isLive = async (payload: Payload, id: number) =>
  (await payload.count({ collection: 'articles', where: { id: { equals: id } }, overrideAccess: false })).totalDocs === 1

/** Poll `check` until it holds or `timeoutMs` passes; the last answer is returned. */
export async function eventually(check: () => Promise<boolean>, timeoutMs: number, everyMs = 250): Promise<boolean> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (await check()) return true
    await new Promise((resolve) => setTimeout(resolve, everyMs))
  }
  return check()
}

/** Time passing for a signed-off article: its medical re-review fell due `daysAgo` days ago. */
export async function reviewFellDue(payload: Payload, id: number, daysAgo: number) {
  const stored = await payload.findByID({ collection: 'articles', id, draft: true, depth: 0 })
  await payload.update({
    collection: 'articles',
    id,
    data: { signOff: { ...stored.signOff, reviewDueAt: new Date(Date.now() - daysAgo * 86_400_000).toISOString() } } as never,
    context: WORKFLOW_CONTEXT,
  })
}
