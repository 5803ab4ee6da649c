/** A stored editorial document as the workflow adapters read it (depth 0, latest draft). */
export type Doc = Record<string, unknown> & { id: number }

/** The name people know a document by, whatever its collection calls it. */
export const titleOf = (doc: Doc): string => String(doc.title ?? doc.name ?? doc.question ?? `#${doc.id}`)

/** Who a transition is recorded for: a user, or the system (scheduler, importer) by name. */
export interface ActingAs {
  id?: number | string
  name: string
}
