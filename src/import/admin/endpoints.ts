import type { Endpoint, PayloadRequest } from 'payload'

import { isStaffUser } from '../../access'
import { performAction } from '../../workflow/payload/transition'
import { MAX_SOURCE_BYTES } from '../parse'
import { importSource, parseSource, type ImportSourceInput } from '../persist'
import { previewOf, reportText, type ImportPreview } from './preview'

/*
 * The admin's Import view talks to two endpoints: `POST /api/import/check` parses uploaded
 * files and answers with the dry-run report (nothing written); `POST /api/import/run` imports
 * them as drafts, submits each for review through the workflow and attaches the report to the
 * draft as a review comment. Staff only; the files come as multipart form data ("files").
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
    const user = req.user!
    const results: ImportPreview[] = []
    for (const upload of uploads) {
      const { doc } = parseSource(upload)
      // A plain draft first: the workflow's own "submit" puts it in review, with its audit row.
      const report = await importSource(req.payload, upload, { user: user as never, metadata: { draft: true, hash: 'admin-upload' } })
      const preview = previewOf(report, doc)
      if (report.status === 'created' || report.status === 'updated') {
        const { docs } = await req.payload.find({
          collection: 'articles',
          where: { 'importSource.fileName': { equals: upload.fileName } },
          draft: true,
          depth: 0,
          limit: 1,
        })
        const article = docs[0]
        if (article) {
          preview.articleId = article.id
          const submitted = await performAction(req, 'articles', article.id, { action: 'submit', note: `imported from ${upload.fileName}` })
          if (submitted.status !== 200) preview.warnings.push(`not submitted for review: ${String(submitted.body.message ?? submitted.status)}`)
          await req.payload.create({
            collection: 'comments',
            data: { doc: { relationTo: 'articles', value: article.id }, text: reportText(preview), author: user.id as number },
            req,
          })
        }
      }
      results.push(preview)
    }
    return Response.json({ files: results })
  },
}
