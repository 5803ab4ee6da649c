import type { User } from '../../payload-types'

export interface ImportOptions {
  dryRun?: boolean
  publish?: boolean
  force?: boolean
  authorSlug?: string
  topicSlug?: string
  /** Who runs the import; recorded on the article. */
  user?: User
  /** Draw a cover (with sharp) for articles that have no usable hero image. */
  generateCovers?: boolean
  /** A WordPress uploads folder (wp-content/uploads) for featured images of a WXR export. */
  mediaDir?: string
  /** What an import manifest says about this file; wins over what the parser derives. */
  metadata?: FileMetadata
}

/** A manifest entry with its authors and topics resolved to ids (see run.ts). */
export interface FileMetadata {
  title?: string
  authorIds?: number[]
  topicIds?: number[]
  medical?: boolean
  /** Relative to the file's folder (or absolute). */
  heroImage?: string
  publishedAt?: string
  /** Keep the article a plain draft instead of submitting it for review (a WordPress draft). */
  draft?: boolean
  /** Treatments this import creates stay drafts for review even when the article is published. */
  keepTreatmentsDraft?: boolean
  /** Changes whenever the entry does, so a re-import after a manifest edit is not "unchanged". */
  hash: string
}

export const IMPORT_REVIEW_NOTE = 'created by import, needs review'

/**
 * Imports run without a user (the seed, a CLI run without --as) are the system's. No account
 * stands behind it: an extra user would take the place of the admin's create-first-user.
 */
export const SYSTEM_IMPORTER = 'system import'

/** Importer writes skip per-document revalidation (src/shared/requestContext.ts); the run purges once. */
export const IMPORT_CONTEXT = { skipRevalidation: true } as const

/** A refusal the importer words itself (a missing --author): reported, not logged as an error. */
export class ImportFailure extends Error {}

/** Who the article says imported it. */
export const importedBy = (user: User | undefined): string => (user ? `${user.name} <${user.email}>` : SYSTEM_IMPORTER)
