import type { ParsedDocument } from './parse'

export type FileStatus = 'created' | 'updated' | 'unchanged' | 'skipped' | 'failed'

/** One line of the import report; also the shape of `--json` output per file. */
export interface FileReport {
  file: string
  status: FileStatus
  format?: ParsedDocument['format']
  encoding?: ParsedDocument['encoding']
  slug?: string
  title?: string
  headings: number
  faqs: number
  tips: number
  treatments: { linked: string[]; created: string[] }
  removed: { line: number; text: string; reason: string }[]
  warnings: string[]
  error?: string
}

/** A report before anything is known: failed until the import says otherwise. */
export function emptyReport(file: string): FileReport {
  return {
    file,
    status: 'failed',
    headings: 0,
    faqs: 0,
    tips: 0,
    treatments: { linked: [], created: [] },
    removed: [],
    warnings: [],
  }
}

/** A file that never reached the parser: failed with its error, or skipped with it as a warning. */
export function failedReport(file: string, error: string, status: 'failed' | 'skipped' = 'failed'): FileReport {
  return { ...emptyReport(file), status, ...(status === 'failed' ? { error } : { warnings: [error] }) }
}

/**
 * A failed write in words: the database's reason (a query error carries it as its cause)
 * rather than the whole SQL statement.
 */
export function describeFailure(error: unknown): string {
  const { message, cause } = error as Error & { cause?: unknown }
  if (!(cause instanceof Error)) return message
  const statement = message.split('\n')[0]
  return `${cause.message} (${statement.length > 100 ? `${statement.slice(0, 100)}…` : statement})`
}
