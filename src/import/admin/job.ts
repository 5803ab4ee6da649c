import { createLocalReq, type PayloadRequest, type TaskConfig } from 'payload'

import type { ImportRun, User } from '../../../payload-types'
import { OUTSIDE_NEXT_REQUEST } from '../../site/revalidate'
import type { ImportSourceInput } from '../persist'
import { importUploads } from './importUploads'
import type { ImportPreview } from './preview'

/*
 * A large upload from the Import view runs as a job: the files wait in an `import-runs`
 * document (the database, since the job runner may be another process), the job imports them
 * one by one as the request would, and writes its progress there after each file; the view
 * polls `GET /api/import/runs/:id`.
 */

export const IMPORT_UPLOADS = 'import-uploads' as const

/** More files than this, or more bytes than this in all, go through the job. */
export const JOB_MIN_FILES = 5
export const JOB_MIN_BYTES = 1024 * 1024

export const needsJob = (uploads: ImportSourceInput[]): boolean =>
  uploads.length > JOB_MIN_FILES || uploads.reduce((sum, u) => sum + u.bytes.length, 0) > JOB_MIN_BYTES

type StoredSource = { name: string; data: string }

/** What the view shows while it waits: no uploaded bytes, just the counts and the reports so far. */
export interface ImportProgress {
  id: number
  status: ImportRun['status']
  done: number
  total: number
  files: ImportPreview[]
  error?: string
}

export const progressOf = (run: ImportRun): ImportProgress => ({
  id: run.id,
  status: run.status,
  done: run.done,
  total: run.total,
  files: (run.results as ImportPreview[] | null) ?? [],
  ...(run.error ? { error: run.error } : {}),
})

/** Store the uploads and queue their import; the caller has checked who may import. */
export async function startImportJob(req: PayloadRequest, uploads: ImportSourceInput[]): Promise<ImportProgress> {
  const run = await req.payload.create({
    collection: 'import-runs',
    data: {
      summary: `${uploads.length} files by ${req.user!.email}`,
      status: 'queued',
      total: uploads.length,
      done: 0,
      startedBy: req.user!.id as number,
      sources: uploads.map((u): StoredSource => ({ name: u.fileName, data: Buffer.from(u.bytes).toString('base64') })),
      results: [],
    },
    overrideAccess: true,
  })
  await req.payload.jobs.queue({ task: IMPORT_UPLOADS, input: { run: run.id }, req })
  return progressOf(run)
}

async function importRun(req: PayloadRequest, id: number): Promise<void> {
  const { payload } = req
  const run = await payload.findByID({ collection: 'import-runs', id, depth: 0, overrideAccess: true })
  if (run.status === 'done') return
  if (!run.startedBy) throw new Error('the account that started this import no longer exists')
  const user = (await payload.findByID({ collection: 'users', id: run.startedBy as number, depth: 0, overrideAccess: true })) as User
  // The workflow's "submit" and the comments are the uploader's, as in the request path.
  const asUploader = await createLocalReq({ user: { ...user, collection: 'users' }, context: { [OUTSIDE_NEXT_REQUEST]: true } }, payload)
  const results = [...((run.results as ImportPreview[] | null) ?? [])]
  // A retried job goes on after the last file it finished.
  const rest = ((run.sources as StoredSource[] | null) ?? []).slice(results.length).map((s) => ({
    path: s.name,
    fileName: s.name,
    bytes: new Uint8Array(Buffer.from(s.data, 'base64')),
  }))
  await payload.update({ collection: 'import-runs', id, data: { status: 'running', error: null }, overrideAccess: true })
  await importUploads(asUploader, rest, async (preview) => {
    results.push(preview)
    await payload.update({ collection: 'import-runs', id, data: { done: results.length, results }, overrideAccess: true })
  })
  await payload.update({ collection: 'import-runs', id, data: { status: 'done', sources: null }, overrideAccess: true })
}

export const importUploadsTask: TaskConfig<'import-uploads'> = {
  slug: IMPORT_UPLOADS,
  label: 'Import uploaded documents',
  inputSchema: [{ name: 'run', type: 'number', required: true }],
  retries: 2,
  handler: async ({ input, req }) => {
    const id = (input as { run: number }).run
    try {
      await importRun(req, id)
    } catch (error) {
      req.payload.logger.error({ err: error, msg: `import run ${id} failed` })
      await req.payload.update({ collection: 'import-runs', id, data: { status: 'failed', error: (error as Error).message }, overrideAccess: true })
      throw error
    }
    return { output: {} }
  },
}
