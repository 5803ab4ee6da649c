import { describe, expect, it } from 'vitest'

import type { ImportProgress } from '../../src/import/admin/job'
import { api, login } from '../helpers/http'
import { unique, usePayload } from '../helpers/payload'
import { createUser } from '../helpers/users'

const ctx = usePayload()

const upload = (names: string[]) => {
  const body = new FormData()
  for (const name of names) {
    const text = `# Night Routine ${name}\n\nDouble cleansing at night lifts sunscreen before the serum goes on.\n\n## Step One\n\nOil first, then a gentle foam.\n`
    body.append('files', new Blob([text], { type: 'text/markdown' }), name)
  }
  return body
}

describe('a large import from the admin runs as a job', () => {
  it('answers 202 with the run, whose progress reaches done with a report per file', async () => {
    const editor = await createUser(ctx.payload, ['editor'])
    const token = await login(editor.email)
    const names = Array.from({ length: 6 }, (_, i) => `${unique('routine')}-${i}.md`)
    const started = await api('/api/import/run', { method: 'POST', body: upload(names), token })
    expect(started.status).toBe(202)
    const { run } = (await started.json()) as { run: ImportProgress }
    expect(run).toMatchObject({ status: 'queued', done: 0, total: 6 })

    // The app's job runner (GLASSWORKS_RUN_JOBS, every 5 s in tests) picks it up.
    let progress: ImportProgress = run
    const counts: number[] = []
    const deadline = Date.now() + 120_000
    while (progress.status !== 'done' && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 250))
      const response = await api(`/api/import/runs/${run.id}`, { token })
      expect(response.status).toBe(200)
      progress = (await response.json()) as ImportProgress
      counts.push(progress.done)
      expect(progress.status).not.toBe('failed')
    }
    expect(progress).toMatchObject({ status: 'done', done: 6, total: 6 })
    expect(counts).toEqual([...counts].sort((a, b) => a - b))
    expect(progress.files.map((f) => [f.file, f.status])).toEqual(names.map((n) => [n, 'created']))
    expect(JSON.stringify(progress)).not.toContain('"sources"')
    for (const file of progress.files) {
      const draft = await ctx.payload.findByID({ collection: 'articles', id: file.articleId!, draft: true, depth: 0 })
      expect(draft.workflowState).toBe('in-review')
    }
  })

  it('imports five small files at once, without a job', async () => {
    const editor = await createUser(ctx.payload, ['editor'])
    const token = await login(editor.email)
    const names = Array.from({ length: 5 }, (_, i) => `${unique('small')}-${i}.md`)
    const response = await api('/api/import/run', { method: 'POST', body: upload(names), token })
    expect(response.status).toBe(200)
    const { files } = (await response.json()) as { files: { status: string }[] }
    expect(files.map((f) => f.status)).toEqual(['created', 'created', 'created', 'created', 'created'])
  })

  it('answers 401 to anonymous starts and progress reads, and 404 for an unknown run', async () => {
    expect((await api('/api/import/run', { method: 'POST', body: upload(['a.md']) })).status).toBe(401)
    expect((await api('/api/import/runs/1')).status).toBe(401)
    expect((await api('/api/import-runs')).status).toBe(403)
    const editor = await createUser(ctx.payload, ['editor'])
    const token = await login(editor.email)
    const missing = await api('/api/import/runs/999999999', { token })
    expect(missing.status).toBe(404)
    expect(((await missing.json()) as { error: string }).error).toMatch(/No import/)
  })
})
