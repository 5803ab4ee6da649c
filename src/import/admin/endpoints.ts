import type { Endpoint, PayloadRequest } from 'payload'

import { isStaffUser } from '../../access'
import { MAX_SOURCE_BYTES } from '../parse'
import { parseSource, type ImportSourceInput } from '../persist'
import { importUploads } from './importUploads'
import { needsJob, progressOf, startImportJob } from './job'
import { previewOf } from './preview'

/*
 * The admin's Import view talks to these endpoints: `POST /api/import/check` parses uploaded
 * files and answers with the dry-run report (nothing written); `POST /api/import/run` imports
 * them as drafts, submits each for review through the workflow and attaches the report to the
 * draft as a review comment (importUploads.ts) — or, for more than a handful of files, queues
 * that as a job and answers 202 with the run, whose progress `GET /api/import/runs/:id` gives
 * (job.ts). Staff only; the files come as multipart form data ("files").
 */

const ACCEPTED = /\.(?:md|markdown|txt|html?|xml)$/i
const MAX_FILES = 50

type Refusal = { status: number; message: string }

async function readUploads(req: PayloadRequest): Promise<ImportSourceInput[] | Refusal> {
  if (!req.user) return { status: 401, message: 'Log in to import documents.' }
  if (!isStaffUser(req.user)) return { status: 403, message: 'Only staff can import documents.' }
  let form: FormData
  try {
    form = await (req as unknown as Request).formData()
  } catch {
    return { status: 400, message: 'Send the files as multipart/form-data in a field named "files".' }
  }
  const files = form.getAll('files').filter((f): f is File => typeof f === 'object' && f !== null && 'arrayBuffer' in f)
  if (!files.length) return { status: 400, message: 'No files: choose at least one .md, .txt, .html or .xml file.' }
  if (files.length > MAX_FILES) return { status: 400, message: `At most ${MAX_FILES} files per import.` }
  const refused = files.find((f) => !ACCEPTED.test(f.name))
  if (refused) return { status: 400, message: `${refused.name}: only .md, .txt, .html and .xml files can be imported.` }
  const large = files.find((f) => f.size > MAX_SOURCE_BYTES)
  if (large) return { status: 413, message: `${large.name} is larger than the 5 MB import limit.` }
  return Promise.all(
    files.map(async (f) => ({ path: f.name, fileName: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })),
  )
}

const refuse = (r: Refusal) => Response.json({ error: r.message }, { status: r.status })

export const importCheckEndpoint: Endpoint = {
  path: '/import/check',
  method: 'post',
  handler: async (req) => {
    const uploads = await readUploads(req)
    if (!Array.isArray(uploads)) return refuse(uploads)
    const files = uploads.map((u) => {
      const { doc, report } = parseSource(u, { dryRun: true })
      return previewOf({ ...report, status: doc ? 'created' : 'failed' }, doc)
    })
    return Response.json({ files })
  },
}

export const importRunEndpoint: Endpoint = {
  path: '/import/run',
  method: 'post',
  handler: async (req) => {
    const uploads = await readUploads(req)
    if (!Array.isArray(uploads)) return refuse(uploads)
    // Many or large files: a job imports them and the view polls its progress.
    if (needsJob(uploads)) return Response.json({ run: await startImportJob(req, uploads) }, { status: 202 })
    return Response.json({ files: await importUploads(req, uploads) })
  },
}

export const importProgressEndpoint: Endpoint = {
  path: '/import/runs/:id',
  method: 'get',
  handler: async (req) => {
    if (!req.user) return refuse({ status: 401, message: 'Log in to follow an import.' })
    if (!isStaffUser(req.user)) return refuse({ status: 403, message: 'Only staff can follow imports.' })
    const id = Number(req.routeParams?.id)
    if (!Number.isInteger(id) || id <= 0) return refuse({ status: 404, message: 'No such import.' })
    const run = await req.payload.findByID({ collection: 'import-runs', id, depth: 0, disableErrors: true, overrideAccess: false, user: req.user, req })
    if (!run) return refuse({ status: 404, message: `No import with the id ${id}.` })
    return Response.json(progressOf(run))
  },
}
