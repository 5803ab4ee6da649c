import { createLocalReq, type CollectionBeforeChangeHook, type PayloadRequest } from 'payload'
import { describe, expect, it } from 'vitest'

import type { WorkflowEvent } from '../../payload-types'
import { inTransaction as inRequestTransaction } from '../../src/server/db/transaction'
import { recordWorkflowEvent, workflowEventRow } from '../../src/workflow/payload/apply'
import { createWorkflowEvents, insertableTogether, type WorkflowEventData } from '../../src/workflow/payload/auditRows'
import { unique, usePayload } from '../helpers/payload'
import { createUser } from '../helpers/users'

/*
 * Audit rows written together (src/workflow/payload/auditRows.ts): validated one by one as
 * payload.create validates them, stored with one INSERT; the importer writes a batch's rows so.
 */

const ctx = usePayload()

async function inTransaction<T>(write: (req: PayloadRequest) => Promise<T>): Promise<T> {
  const req = await createLocalReq({}, ctx.payload)
  return inRequestTransaction(req, () => write(req))
}

const rowsNoted = async (tag: string) =>
  (
    await ctx.payload.find({
      collection: 'workflow-events',
      where: { note: { like: tag } },
      depth: 0,
      pagination: false,
      sort: 'id',
    })
  ).docs

/** An import event for document `docId`, noted with `tag` so the test finds its rows. */
const event = (tag: string, docId: number, actor: { id?: number; name: string }): WorkflowEventData =>
  workflowEventRow({
    collection: 'articles',
    doc: { id: docId, title: `Audit rows ${tag} ${docId}`, contentVersion: `v${docId}` },
    action: 'import',
    from: 'draft',
    to: 'in-review',
    actor,
    note: `imported ${tag} ${docId}`,
  })

/** A stored row without what the database assigns, and with the fields that name the document made comparable. */
const comparable = (row: WorkflowEvent) => {
  const { id: _id, createdAt: _c, updatedAt: _u, at: _at, ...rest } = row
  return {
    ...rest,
    docId: 0,
    docTitle: rest.docTitle?.replace(/\d+$/, 'N'),
    version: 'vN',
    summary: rest.summary?.replace(/\d+ \(/, 'N ('),
    note: rest.note?.replace(/\d+$/, 'N'),
  }
}

describe('audit rows written together', () => {
  it('stores each row as payload.create stores it, in the order given, in the caller’s transaction', async () => {
    const tag = unique('audit')
    const user = await createUser(ctx.payload, ['editor'], 'Audit Tester')
    const actor = { id: user.id, name: 'Audit Tester <a@b.example>' }
    await inTransaction((req) =>
      createWorkflowEvents(
        ctx.payload,
        req,
        [1, 2, 3].map((n) => event(tag, n, actor)),
      ),
    )
    await inTransaction((req) =>
      recordWorkflowEvent(ctx.payload, req, {
        collection: 'articles',
        doc: { id: 4, title: `Audit rows ${tag} 4`, contentVersion: 'v4' },
        action: 'import',
        from: 'draft',
        to: 'in-review',
        actor,
        note: `imported ${tag} 4`,
      }),
    )
    const rows = await rowsNoted(tag)
    expect(rows.map((r) => r.docId)).toEqual([1, 2, 3, 4])
    const [viaCreate] = rows.splice(3)
    for (const row of rows) {
      expect(comparable(row)).toEqual(comparable(viaCreate))
      expect(row.actor).toBe(user.id)
      expect(row.createdAt).toEqual(expect.any(String))
      expect(row.updatedAt).toEqual(expect.any(String))
    }
    expect(rows[0].summary).toBe(`import: Audit rows ${tag} 1 (draft → in-review)`)
  })

  it('refuses a row that fails validation, and writes none of the call', async () => {
    const tag = unique('audit')
    const rows = [
      event(tag, 1, { name: 'system import' }),
      { ...event(tag, 2, { name: 'system import' }), to: 'nowhere' as never },
    ]
    await inTransaction(async (req) => {
      await expect(createWorkflowEvents(ctx.payload, req, rows)).rejects.toMatchObject({
        name: 'ValidationError',
        data: { errors: [expect.objectContaining({ path: 'to' })] },
      })
    })
    expect(await rowsNoted(tag)).toEqual([])
  })

  it('runs the fields’ hooks: the text limit refuses an over-long note', async () => {
    const tag = unique('audit')
    const long = { ...event(tag, 2, { name: 'system import' }), note: `imported ${tag} ${'x'.repeat(20_001)}` }
    await expect(
      inTransaction((req) => createWorkflowEvents(ctx.payload, req, [event(tag, 1, { name: 'system import' }), long])),
    ).rejects.toMatchObject({
      data: { errors: [{ path: 'note', message: expect.stringMatching(/^At most 20000 characters/) }] },
    })
    expect(await rowsNoted(tag)).toEqual([])
  })

  it('creates the rows one by one through the Local API once the collection has a hook of its own', async () => {
    const config = ctx.payload.collections['workflow-events'].config
    expect(insertableTogether(config)).toBe(true)
    const seen: string[] = []
    const hook: CollectionBeforeChangeHook = ({ data }) => {
      seen.push(String(data.note))
      return { ...data, summary: `hooked: ${data.summary}` }
    }
    config.hooks.beforeChange.push(hook)
    try {
      expect(insertableTogether(config)).toBe(false)
      const tag = unique('audit')
      await inTransaction((req) =>
        createWorkflowEvents(
          ctx.payload,
          req,
          [1, 2].map((n) => event(tag, n, { name: 'system import' })),
        ),
      )
      expect(seen).toEqual([`imported ${tag} 1`, `imported ${tag} 2`])
      expect((await rowsNoted(tag)).map((r) => r.summary)).toEqual(
        [1, 2].map((n) => `hooked: import: Audit rows ${tag} ${n} (draft → in-review)`),
      )
    } finally {
      config.hooks.beforeChange.splice(config.hooks.beforeChange.indexOf(hook), 1)
    }
  })
})
