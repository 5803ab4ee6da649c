import type { Payload, PayloadRequest } from 'payload'

import type { Article } from '../../payload-types'

/*
 * Where an import puts its documents in the editorial workflow, and the audit row for the
 * article. Written by hand here (not through src/workflow) because the importer writes the
 * state together with the content, in the file's transaction.
 */

export const importedStatus = (publish: boolean) => (publish ? ('published' as const) : ('draft' as const))

/** Imports enter the workflow as submitted drafts; launch content (--publish) goes straight live. */
export const importedWorkflowState = (publish: boolean) => (publish ? ('published' as const) : ('in-review' as const))

/** The article's state after the import: a WordPress draft (or an admin upload, submitted afterwards) stays a plain draft. */
export const articleWorkflowState = (publish: boolean, keepDraft: boolean | undefined) =>
  keepDraft && !publish ? ('draft' as const) : importedWorkflowState(publish)

/** The workflow's audit row for an imported article: from its previous state to the one the import wrote. */
export async function recordImportedState(
  payload: Payload,
  req: PayloadRequest,
  event: {
    saved: Article
    previous?: Article
    title: string
    fileName: string
    to: NonNullable<Article['workflowState']>
    actorId?: number
    actorName: string
  },
): Promise<void> {
  const from = event.previous?.workflowState ?? 'draft'
  await payload.create({
    collection: 'workflow-events',
    data: {
      summary: `import: ${event.title} (${from} → ${event.to})`,
      collectionSlug: 'articles',
      docId: event.saved.id,
      docTitle: event.title,
      action: 'import',
      from,
      to: event.to,
      actor: event.actorId,
      actorName: event.actorName,
      version: event.saved.contentVersion ?? undefined,
      note: `imported from ${event.fileName}`,
      at: new Date().toISOString(),
    },
    req,
  })
}
