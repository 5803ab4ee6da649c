import type { PayloadRequest } from 'payload'

import { performAction } from '../../workflow/payload/transition'
import { importParsed, ImportBatch, parseSource, prefetchFor, type ImportSourceInput } from '../persist'
import { previewOf, reportText, type ImportPreview } from './preview'

/**
 * The admin's import of uploaded files, for the request that carries them or for the job a
 * large upload becomes: each file lands as a plain draft, the workflow's own "submit" puts it
 * in review (with its audit row), and the report goes on the draft as a review comment.
 * `req.user` is the staff member who uploaded them.
 */
export async function importUploads(
  req: PayloadRequest,
  uploads: ImportSourceInput[],
  onFile?: (preview: ImportPreview, index: number) => Promise<void>,
): Promise<ImportPreview[]> {
  const user = req.user!
  const options = { user: user as never, metadata: { draft: true, hash: 'admin-upload' } }
  const batch = new ImportBatch()
  const parsed = uploads.map((upload) => parseSource(upload, options))
  await prefetchFor(req.payload, batch, uploads.map((u, i) => ({ fileName: u.fileName, doc: parsed[i].doc })))
  const results: ImportPreview[] = []
  for (const [index, upload] of uploads.entries()) {
    const { doc } = parsed[index]
    // importParsed fills the parse's report in place; the preview wants the parse's lists too.
    const report = await importParsed(req.payload, upload, parsed[index], options, batch)
    const preview = previewOf(report, doc)
    if (report.status === 'created' || report.status === 'updated') {
      const { article } = await batch.article(req.payload, upload.fileName, doc!.slug)
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
    await onFile?.(preview, index)
  }
  return results
}
