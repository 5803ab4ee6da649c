/** Where imported content enters the workflow: decided here, not by the importer. */
import type { State } from './states'

/**
 * Imports enter as submitted drafts (in review); launch content (`--publish`) goes straight
 * live; a source's own draft (a WordPress draft) stays a draft unless published.
 */
export function importedState(options: { publish: boolean; keepDraft?: boolean }): State {
  if (options.publish) return 'published'
  return options.keepDraft ? 'draft' : 'in-review'
}
