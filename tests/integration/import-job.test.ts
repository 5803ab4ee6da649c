import { createLocalReq } from 'payload'
import { describe, expect, it } from 'vitest'

import { IMPORT_UPLOADS, needsJob, startImportJob } from '../../src/import/admin/job'
import { unique, usePayload } from '../helpers/payload'
import { createUser } from '../helpers/users'

const ctx = usePayload()

const markdown = (title: string) => `# ${title}

Sunscreen every morning is the one habit that pays back for years.

## Why It Matters

Ultraviolet light breaks down collagen long before wrinkles show.

## FAQ

**Do I need it indoors?** – Near a window, yes: UVA passes through glass.
`

describe('the import-uploads job', () => {
  it('imports every stored file as a draft in review with its report, recording progress file by file', async () => {
    const editor = await createUser(ctx.payload, ['editor'], 'Jo Jobs')
    const marker = unique('job')
    const uploads = Array.from({ length: 6 }, (_, i) => {
      const name = `${marker}-${i}.md`
      return { path: name, fileName: name, bytes: new TextEncoder().encode(markdown(`Daily Sunscreen ${marker} part ${i}`)) }
    })
    // One file the parser refuses: it is reported and the others go on.
    uploads.push({ path: `${marker}-empty.txt`, fileName: `${marker}-empty.txt`, bytes: new Uint8Array() })
    expect(needsJob(uploads)).toBe(true)
    expect(needsJob(uploads.slice(0, 5))).toBe(false)

    const req = await createLocalReq({ user: { ...editor, collection: 'users' } }, ctx.payload)
    const started = await startImportJob(req, uploads)
    expect(started).toMatchObject({ status: 'queued', done: 0, total: 7, files: [] })

    const seen: number[] = []
    const { docs: jobs } = await ctx.payload.find({ collection: 'payload-jobs', where: { taskSlug: { equals: IMPORT_UPLOADS } }, sort: '-createdAt', limit: 1 })
    expect(jobs[0]?.input).toEqual({ run: started.id })
    // Progress is written after every file; read it while the job runs.
    const watch = setInterval(() => {
      void ctx.payload.findByID({ collection: 'import-runs', id: started.id, depth: 0 }).then((r) => seen.push(r.done))
    }, 50)
    try {
      await ctx.payload.jobs.runByID({ id: jobs[0].id })
    } finally {
      clearInterval(watch)
    }

    const run = await ctx.payload.findByID({ collection: 'import-runs', id: started.id, depth: 0 })
    expect(run.status).toBe('done')
    expect(run.done).toBe(7)
    expect(run.sources).toBeNull()
    expect(seen.some((n) => n > 0 && n < 7)).toBe(true)
    const results = run.results as { file: string; status: string; articleId?: number; error?: string }[]
    expect(results.map((r) => r.status)).toEqual(['created', 'created', 'created', 'created', 'created', 'created', 'failed'])
    expect(results[6].error).toContain(`${marker}-empty.txt`)

    for (const result of results.slice(0, 6)) {
      const draft = await ctx.payload.findByID({ collection: 'articles', id: result.articleId!, draft: true, depth: 0 })
      expect(draft._status).toBe('draft')
      expect(draft.workflowState).toBe('in-review')
      expect(draft.importSource?.importedBy).toContain(editor.email)
      const events = await ctx.payload.find({ collection: 'workflow-events', where: { docId: { equals: draft.id }, collectionSlug: { equals: 'articles' } } })
      expect(events.docs.map((e) => e.to)).toContain('in-review')
      const comments = await ctx.payload.find({ collection: 'comments', where: { 'doc.value': { equals: draft.id } }, depth: 0 })
      const report = comments.docs.find((c) => c.text.startsWith('Import report'))
      expect(report?.text).toContain('Do I need it indoors?')
      expect(report?.author).toBe(editor.id)
    }
  })

  it('keeps the uploaded files from every API, and the runs from non-staff', async () => {
    const editor = await createUser(ctx.payload, ['editor'])
    const req = await createLocalReq({ user: { ...editor, collection: 'users' } }, ctx.payload)
    const started = await startImportJob(req, [{ path: 'a.md', fileName: `${unique('hidden')}.md`, bytes: new TextEncoder().encode('# A\n\nText.') }])
    const asEditor = await ctx.payload.findByID({ collection: 'import-runs', id: started.id, overrideAccess: false, user: editor })
    expect(asEditor.total).toBe(1)
    expect(asEditor.sources).toBeUndefined()
    await expect(ctx.payload.findByID({ collection: 'import-runs', id: started.id, overrideAccess: false })).rejects.toMatchObject({ status: 403 })
    await expect(
      ctx.payload.update({ collection: 'import-runs', id: started.id, data: { status: 'done' }, overrideAccess: false, user: editor }),
    ).rejects.toMatchObject({ status: 403 })
    await ctx.payload.jobs.cancel({ where: { taskSlug: { equals: IMPORT_UPLOADS }, completedAt: { exists: false } } })
  })
})
