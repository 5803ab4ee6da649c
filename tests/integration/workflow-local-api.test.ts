import { createLocalReq } from 'payload'
import { describe, expect, it } from 'vitest'

import { ACTIONS, decide, STATES, type State } from '../../src/workflow/machine'
import { toSubject } from '../../src/workflow/payload/subject'
import { performAction } from '../../src/workflow/payload/transition'
import type { Role } from '../../src/shared/roles'
import { checklistReadyArticle } from '../helpers/content'
import { usePayload } from '../helpers/payload'
import { createUser, ensureAdmin } from '../helpers/users'

const ctx = usePayload()

describe('the Local API with a user obeys the workflow', () => {
  it('refuses an editor publishing through payload.update, changing nothing', async () => {
    await ensureAdmin(ctx.payload)
    const editor = await createUser(ctx.payload, ['editor'])
    const doc = await ctx.payload.create({
      collection: 'faqs',
      data: { question: 'Does LED therapy hurt?', slug: `led-${Date.now()}` } as never,
      draft: true,
      user: editor,
      overrideAccess: false,
    })
    await expect(
      ctx.payload.update({
        collection: 'faqs',
        id: doc.id,
        data: { _status: 'published' },
        user: editor,
        overrideAccess: false,
      }),
    ).rejects.toThrow(/Publishing goes through the editorial workflow/)
    await expect(
      ctx.payload.update({
        collection: 'faqs',
        id: doc.id,
        data: { workflowState: 'approved' },
        user: editor,
        overrideAccess: false,
        draft: true,
      }),
      // Refused by field access or by the workflow hook, whichever runs first: either way nothing is written.
    ).rejects.toThrow(/set by workflow actions|not allowed to perform this action/)
    const stored = await ctx.payload.findByID({ collection: 'faqs', id: doc.id, draft: true })
    expect(stored.workflowState).toBe('draft')
    expect(stored._status).toBe('draft')
  })

  it('gives every role the answer the workflow module gives, for every action from draft and in review', async () => {
    const people: Record<Role, Awaited<ReturnType<typeof createUser>>> = {
      admin: await createUser(ctx.payload, ['admin']),
      editor: await createUser(ctx.payload, ['editor']),
      reviewer: await createUser(ctx.payload, ['reviewer']),
      'medical-reviewer': await createUser(ctx.payload, ['medical-reviewer']),
    }
    const startStates: State[] = ['draft', 'in-review']
    let checked = 0
    for (const state of startStates) {
      for (const [role, user] of Object.entries(people)) {
        for (const action of ACTIONS) {
          // A fresh article per cell, written by someone else, in the start state.
          const doc = await ctx.payload.create({
            collection: 'articles',
            data: { ...(await checklistReadyArticle(ctx.payload)), workflowState: state } as never,
            draft: true,
          })
          const subject = await toSubject(ctx.payload, 'articles', doc as never)
          const input = { action, note: 'A note.', publishAt: new Date(Date.now() + 86_400_000).toISOString() }
          const expected = decide({ ...input, subject, actor: user, now: new Date() })
          const req = await createLocalReq({ user: { ...user, collection: 'users' } as never }, ctx.payload)
          const result = await performAction(req, 'articles', doc.id, input)
          expect(result.status, `${role} ${action} from ${state}`).toBe(expected.httpStatus)
          const stored = await ctx.payload.findByID({ collection: 'articles', id: doc.id, draft: true })
          expect(stored.workflowState, `${role} ${action} from ${state}`).toBe(expected.ok ? expected.to : state)
          checked++
        }
      }
    }
    expect(checked).toBe(startStates.length * 4 * ACTIONS.length)
    expect(STATES).toContain('archived')
  })
})
