import { MAX_UPLOAD_BYTES } from '../../shared/media'

/**
 * What one request may ask of the server. Each figure is far above what the admin or the site
 * ever sends (the admin's list view asks for at most 100 rows and a handful of filters), and
 * far below what hurts: a 60,000-clause `where` or four levels of nested joins cost seconds and
 * gigabytes before these existed (issue #11).
 */
export const LIMITS = {
  /** JSON and form bodies: a long article's Lexical JSON is ~200 KB. */
  jsonBodyBytes: 1024 * 1024,
  /** Multipart bodies: the upload limit plus room for the form's other fields. */
  multipartBodyBytes: MAX_UPLOAD_BYTES + 1024 * 1024,
  /** Comparisons (leaves) in one `where`, counting every and/or branch. */
  whereConditions: 100,
  /** and/or nesting of one `where`. */
  whereDepth: 6,
  /** Values in one `in`, `not_in` or `all` list (the admin's bulk actions send one page of ids). */
  listValues: 500,
  /** Rows per page for REST and GraphQL lists, joins included. */
  pageSize: 500,
  /** Population depth a request may ask for. */
  depth: 5,
  /** GraphQL selection depth (fields inside fields). */
  graphqlDepth: 10,
  /** GraphQL cost: every field counts once per row it is fetched for (see graphqlBudget.ts). */
  graphqlCost: 20_000,
  /** Rows assumed for a list without a limit argument (hasMany relationships, arrays, blocks). */
  graphqlAssumedListSize: 20,
  /** Characters of one request value that may reach a log line. */
  loggedValueChars: 300,
} as const
