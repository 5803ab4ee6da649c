import fs from 'node:fs'
import path from 'node:path'

import { projectRoot } from '../../src/server/paths'

/**
 * The app servers' logs, and the rule that a log with an unexpected error fails the run.
 *
 * Every app the tests start (the shared one and those a test starts itself) writes its
 * stdout and stderr to a file under test-results/server-logs/. After each http and browser
 * test file (tests/setup/server-log.ts) the lines it produced are checked: a Payload `ERROR`
 * line or a Next `⨯` error line fails the file unless the file declared it with
 * `expectServerErrors(/pattern/)` — for tests that provoke an error on purpose.
 */

export const LOG_DIR = path.join(projectRoot, 'test-results', 'server-logs')

// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;]*m/g
const ERROR_LINE = /\bERROR\b|^\s*⨯ /

export const isErrorLine = (line: string): boolean => ERROR_LINE.test(line.replace(ANSI, ''))

/*
 * Refusals Payload answers with a 4xx but logs at error level (access control, missing
 * documents, a wrong password): the behaviour many tests check on purpose, not a fault.
 * Anything else — a stack, a failed query, a Next render error — still fails the file.
 */
// `ERROR:` from Payload's default logger, `ERROR (payload):` from the bounded one (src/server/logging.ts).
const CLIENT_REFUSALS: readonly RegExp[] = [
  /ERROR(?: \(\w+\))?: Not Found\.?$/,
  /ERROR(?: \(\w+\))?: You are not allowed to perform this action\.$/,
  /ERROR(?: \(\w+\))?: Unauthorized, you must be logged in to make this request\.$/,
  /ERROR(?: \(\w+\))?: The email or password provided is incorrect\.$/,
]

const expected: RegExp[] = []

/** Declare errors this test file provokes on purpose; they do not fail it. */
export function expectServerErrors(...patterns: RegExp[]): void {
  expected.push(...patterns)
}

/** Forget the current file's expectations (the setup file calls this after each file). */
export function resetExpectedErrors(): void {
  expected.length = 0
}

export function unexpectedErrors(lines: readonly string[]): string[] {
  return lines
    .map((line) => line.replace(ANSI, ''))
    .filter(
      (line) =>
        isErrorLine(line) && ![...CLIENT_REFUSALS, ...expected].some((pattern) => pattern.test(line.trimEnd())),
    )
}

/** A log file and what has been read of it, so each check sees only its own lines. */
export class ServerLog {
  private offset = 0

  constructor(readonly file: string) {}

  static create(name: string): ServerLog {
    fs.mkdirSync(LOG_DIR, { recursive: true })
    const file = path.join(LOG_DIR, `${name}.log`)
    fs.writeFileSync(file, '')
    return new ServerLog(file)
  }

  append(chunk: Buffer | string): void {
    fs.appendFileSync(this.file, chunk)
  }

  /** The lines written since the last call. */
  newLines(): string[] {
    if (!fs.existsSync(this.file)) return []
    const text = fs.readFileSync(this.file, 'utf8')
    const fresh = text.slice(this.offset)
    this.offset = text.length
    return fresh.split('\n')
  }

  /** Skip what is there now (start of a test file). */
  skipToEnd(): void {
    this.offset = fs.existsSync(this.file) ? fs.readFileSync(this.file, 'utf8').length : 0
  }
}

/** Apps started inside this worker; the setup file checks their logs too. */
export const workerLogs = new Set<ServerLog>()
