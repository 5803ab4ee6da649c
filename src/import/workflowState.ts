import type { Article } from '../../payload-types'
import { importedState } from '../workflow/machine'
import { importEventRow } from '../workflow/payload/apply'
import type { WorkflowEventData } from '../workflow/payload/auditRows'

/*
 * Where an import puts its documents in the editorial workflow, and the audit row for the
 * article: the workflow module decides the state (src/workflow/imported.ts) and writes the
 * event's row (apply.ts); the importer only writes them inside the file's transaction.
 */

export const importedStatus = (publish: boolean) => (publish ? ('published' as const) : ('draft' as const))

/** Imports enter the workflow as submitted drafts; launch content (--publish) goes straight live. */
export const importedWorkflowState = (publish: boolean) => importedState({ publish })

/** The article's state after the import: a WordPress draft (or an admin upload, submitted afterwards) stays a plain draft. */
export const articleWorkflowState = (publish: boolean, keepDraft: boolean | undefined) =>
  importedState({ publish, keepDraft: keepDraft ?? false })

/** The workflow's audit row for an imported article: from its previous state to the one the import wrote. */
export function importedStateRow(event: {
  saved: Article
  previous?: Article
  fileName: string
  to: NonNullable<Article['workflowState']>
  actorId?: number
  actorName: string
}): WorkflowEventData {
  return importEventRow({
    collection: 'articles',
    doc: event.saved,
    from: event.previous?.workflowState ?? 'draft',
    to: event.to,
    actor: { id: event.actorId, name: event.actorName },
    note: `imported from ${event.fileName}`,
  })
}
