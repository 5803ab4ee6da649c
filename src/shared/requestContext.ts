/**
 * Every `req.context` flag the app's hooks read, in one type. Payload passes `context` down to
 * every hook of a write (and to nested Local API calls given the same `req`), so a flag set by
 * the caller is how a hook tells a trusted write from a user's. The augmentation below types
 * `req.context` with these flags everywhere, so a hook reads `req.context.workflow` without a
 * cast and a misspelt flag fails the typecheck.
 */
export interface RequestFlags {
  /** Set by the workflow (endpoint, scheduler, importer's audit): the write IS a transition. */
  workflow?: boolean
  /** Set by Payload itself while restoring a version. */
  isRestoringVersion?: boolean
  /** Bulk writes (the importer) that purge the site once at the end skip per-document revalidation. */
  skipRevalidation?: boolean
  /**
   * The write runs outside any Next request (job queue, CLI): revalidation goes through the
   * signed POST after commit. The key is `OUTSIDE_NEXT_REQUEST` of src/site/revalidate.ts.
   */
  outsideNextRequest?: boolean
  /** Old public slugs by `collection:id`, from beforeChange to afterChange (src/content/slugRedirects.ts). */
  movedSlugs?: Record<string, string>
}

declare module 'payload' {
  // Declaration merging with Payload's own (open) RequestContext.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  export interface RequestContext extends RequestFlags {}
}
