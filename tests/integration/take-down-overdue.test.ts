import { createLocalReq } from 'payload'
import { afterEach, describe, expect, it, vi } from 'vitest'

import { takeDownOverdueReviews } from '../../src/workflow/payload/scheduler'
import { performAction } from '../../src/workflow/payload/transition'
import type { User } from '../../payload-types'
import { checklistReadyArticle } from '../helpers/content'
import { usePayload } from '../helpers/payload'
import { reviewFellDue } from '../helpers/scheduling'
import { createUser, ensureAdmin } from '../helpers/users'

const ctx = usePayload()
// vi.stubEnv: assigning back an unset variable leaves the string "undefined" for later files.
afterEach(() => {
  vi.unstubAllEnvs()
})

async function as(user: User, id: number, action: 'submit' | 'sign-off' | 'publish') {
  const req = await createLocalReq({ user: { ...user, collection: 'users' } as never }, ctx.payload)
  const result = await performAction(req, 'articles', id, { action })
  expect(result.status, `${action}: ${JSON.stringify(result.body)}`).toBe(200)
}

describe('taking down medical content whose re-review is overdue', () => {
  it('unpublishes what is more than N days overdue, leaves the rest, and does nothing without the setting', async () => {
    await ensureAdmin(ctx.payload)
    const editor = await createUser(ctx.payload, ['editor'])
    const reviewer = await createUser(ctx.payload, ['reviewer'])
    const medic = await ctx.payload.update({
      collection: 'users',
      id: (await createUser(ctx.payload, ['medical-reviewer'], 'Dr Min Park')).id,
      data: { credentials: 'MD' },
    })
    const publishedWithDue = async (daysAgo: number) => {
      const doc = await ctx.payload.create({
        collection: 'articles',
        data: { ...(await checklistReadyArticle(ctx.payload)), medical: true } as never,
        draft: true,
        user: editor,
        overrideAccess: false,
      })
      await as(editor, doc.id, 'submit')
      await as(medic, doc.id, 'sign-off')
      await as(reviewer, doc.id, 'publish')
      await reviewFellDue(ctx.payload, doc.id, daysAgo)
      return doc.id
    }
    const overdue = await publishedWithDue(10)
    const recent = await publishedWithDue(2)
    const req = await createLocalReq({}, ctx.payload)
    const state = async (id: number) =>
      (await ctx.payload.findByID({ collection: 'articles', id, draft: true, depth: 0 })).workflowState

    vi.stubEnv('UNPUBLISH_OVERDUE_REVIEW_DAYS', undefined)
    expect(await takeDownOverdueReviews(ctx.payload, req)).toBe(0)
    expect(await state(overdue)).toBe('published')

    vi.stubEnv('UNPUBLISH_OVERDUE_REVIEW_DAYS', '7')
    expect(await takeDownOverdueReviews(ctx.payload, req)).toBeGreaterThanOrEqual(1)
    expect(await state(overdue)).toBe('unpublished')
    expect(await state(recent)).toBe('published')
  })
})
