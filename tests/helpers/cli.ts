import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import pg from 'pg'

import { projectRoot } from '../../src/server/paths'
import { descendants } from '../../src/server/processTree'

export interface CliResult {
  status: number | null
  stdout: string
  stderr: string
  /** Set when the command outlived its time: what it and the database were doing then. */
  stuck?: string
}

const safeRead = (file: string) => {
  try {
    return fs.readFileSync(file, 'utf8')
  } catch {
    return ''
  }
}

/** What the database's sessions of `applicationName` were doing, and who blocked them. */
async function sessionsOf(databaseUrl: string, applicationName: string): Promise<string> {
  const client = new pg.Client({ connectionString: databaseUrl })
  try {
    await client.connect()
    const { rows } = await client.query(
      `SELECT pid, state, wait_event_type, wait_event, pg_blocking_pids(pid) AS blocked_by,
              now() - xact_start AS in_transaction, left(query, 200) AS query
         FROM pg_stat_activity WHERE application_name = $1`,
      [applicationName],
    )
    const blockers = [...new Set(rows.flatMap((r) => r.blocked_by as number[]))]
    const { rows: holding } = blockers.length
      ? await client.query(
          `SELECT pid, application_name, state, now() - xact_start AS in_transaction, left(query, 200) AS query
             FROM pg_stat_activity WHERE pid = ANY($1)`,
          [blockers],
        )
      : { rows: [] }
    return JSON.stringify({ sessions: rows, blockers: holding }, null, 1)
  } catch (error) {
    return `(could not ask the database: ${(error as Error).message})`
  } finally {
    await client.end().catch(() => undefined)
  }
}

/**
 * Runs `npm run import`'s script (or another under scripts/) as a user would, without blocking
 * this process (spawnSync would freeze the test worker, and with it anything the command might
 * wait for). A command still running after `timeoutMs` is not just killed: the failure says
 * what its database sessions were waiting on and where its JavaScript stood (Node's diagnostic
 * report of every process of the tree), so that a rare hang in CI explains itself.
 */
export async function runScriptCli(
  script: string,
  args: string[],
  options: { env?: Record<string, string>; databaseUrl?: string; timeoutMs?: number } = {},
): Promise<CliResult> {
  const reports = fs.mkdtempSync(path.join(os.tmpdir(), 'gw-cli-report-'))
  const applicationName = `glassworks-cli-test-${process.pid}-${Date.now().toString(36)}`
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ...options.env,
    PGAPPNAME: applicationName,
    NODE_OPTIONS:
      `${process.env.NODE_OPTIONS ?? ''} --report-on-signal --report-signal=SIGUSR2 --report-directory=${reports}`.trim(),
  }
  const child = spawn(path.join(projectRoot, 'node_modules', '.bin', 'tsx'), [script, ...args], {
    cwd: projectRoot,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let stdout = ''
  let stderr = ''
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk))
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
  const exited = new Promise<number | null>((resolve) => child.once('close', (code) => resolve(code)))
  let timer: NodeJS.Timeout | undefined
  const timedOut = new Promise<'timeout'>(
    (resolve) => (timer = setTimeout(() => resolve('timeout'), options.timeoutMs ?? 90_000)),
  )
  const first = await Promise.race([exited, timedOut])
  clearTimeout(timer)
  if (first !== 'timeout') {
    fs.rmSync(reports, { recursive: true, force: true })
    return { status: first, stdout, stderr }
  }
  const database = options.databaseUrl ? await sessionsOf(options.databaseUrl, applicationName) : '(no database given)'
  // tsx runs the script in a child of its own: every process of the tree writes its report.
  const tree = descendants(child.pid!)
  for (const pid of tree) {
    try {
      process.kill(pid, 'SIGUSR2')
    } catch {
      // gone meanwhile
    }
  }
  await new Promise((resolve) => setTimeout(resolve, 3_000))
  const written = fs.readdirSync(reports).map((file) => {
    const report = JSON.parse(safeRead(path.join(reports, file)) || '{}') as {
      header?: { commandLine?: string[] }
      javascriptStack?: { message?: string; stack?: string[] }
      libuv?: {
        type: string
        is_active: boolean
        is_referenced?: boolean
        remoteEndpoint?: unknown
        localEndpoint?: unknown
      }[]
    }
    const handles = (report.libuv ?? [])
      // What can keep a process alive, and every connection: loop internals are left out.
      .filter((h) => h.is_active && (h.is_referenced !== false || h.type === 'tcp') && h.type !== 'loop')
      .map(
        (h) =>
          `${h.type}${h.is_referenced === false ? ' (unref)' : ''}${h.remoteEndpoint ? ` → ${JSON.stringify(h.remoteEndpoint)}` : ''}`,
      )
    return `${report.header?.commandLine?.join(' ')}\n  stack: ${(report.javascriptStack?.stack ?? []).slice(0, 12).join('\n         ')}\n  active handles: ${handles.join('; ')}`
  })
  for (const pid of tree) {
    try {
      process.kill(pid, 'SIGKILL')
    } catch {
      // gone meanwhile
    }
  }
  await exited
  fs.rmSync(reports, { recursive: true, force: true })
  const stuck = `still running after ${options.timeoutMs ?? 90_000} ms.\ndatabase: ${database}\nprocesses:\n${written.join('\n') || '(no report written)'}\nstderr:\n${stderr.slice(-4000)}`
  return { status: null, stdout, stderr, stuck }
}
