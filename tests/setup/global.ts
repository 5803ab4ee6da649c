import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { TestProject } from 'vitest/node'

import { ensureBuild } from '../../src/server/build'
import { spawnBin, waitForExit } from '../../src/server/children'
import { dropDatabase } from '../../src/server/db/admin'
import { ensureDatabase, startDatabase, withDatabase, type RunningDatabase } from '../../src/server/db/embedded'
import { dataDir } from '../../src/server/paths'
import { startApp, type RunningApp } from '../helpers/app'
import { TEST_SECRET } from '../helpers/constants'

declare module 'vitest' {
  export interface ProvidedContext {
    databaseUrl: string
    adminDatabaseUrl: string
    serverUrl: string
    mailDir: string
    /** The shared app server's log file ('' without one), see tests/helpers/serverLog.ts. */
    serverLogFile: string
  }
}

/**
 * One database server for the run (embedded under .data/test, or DATABASE_URL's server),
 * one fresh database built by the committed migrations, and — when HTTP or browser tests
 * are selected — the production build served by `next start` against that database.
 */
interface Shared {
  values: Promise<{ databaseUrl: string; scaleDatabaseUrl: string; adminDatabaseUrl: string; serverUrl: string; mailDir: string; serverLogFile: string }>
  teardown?: () => Promise<void>
  users: number
}

// Every project extends the root config and so runs this setup; they all share one run.
const SHARED = Symbol.for('glassworks.test.global')
const registry = globalThis as unknown as { [SHARED]?: Shared }

export default async function setup(project: TestProject) {
  const selected = project.vitest.projects.map((p) => p.name)
  if (selected.every((name) => name === 'unit')) return
  let shared = registry[SHARED]
  if (!shared) {
    const created: Shared = { users: 0, values: undefined as never }
    created.values = prepare(selected, (teardown) => (created.teardown = teardown))
    shared = registry[SHARED] = created
  }
  shared.users++
  const values = await shared.values
  // The scale tests run job runners of their own, and a PostgreSQL advisory lock (per database)
  // decides which process runs jobs: the shared app's runner must not hold theirs.
  project.provide('databaseUrl', project.name === 'scale' ? values.scaleDatabaseUrl : values.databaseUrl)
  project.provide('adminDatabaseUrl', values.adminDatabaseUrl)
  project.provide('serverUrl', values.serverUrl)
  project.provide('mailDir', values.mailDir)
  project.provide('serverLogFile', values.serverLogFile)
  return async () => {
    if (--shared.users > 0) return
    delete registry[SHARED]
    await shared.teardown?.()
  }
}

/** tests/setup/migrate-cli.ts in a child process (see there why not in this one). */
async function migrateInChild(url: string): Promise<void> {
  const child = spawnBin('tsx', [path.join('tests', 'setup', 'migrate-cli.ts'), url], { env: process.env })
  const code = await waitForExit(child)
  if (code !== 0) throw new Error(`migrating the test database failed (exit ${code}); its output is above`)
}

async function prepare(selected: string[], onTeardown: (teardown: () => Promise<void>) => void) {
  const log = (message: string) => console.log(`[test-setup] ${message}`)
  const server: RunningDatabase = await startDatabase({
    dir: path.join(dataDir(), 'test', 'postgres'),
    log,
    reclaimOrphan: true,
  })
  try {
    return await prepareOn(server, selected, log, onTeardown)
  } catch (error) {
    await server.stop()
    throw error
  }
}

const FIRST_REQUESTS = ['/api/users/me', '/admin/login', '/', '/admin']

async function prepareOn(
  server: RunningDatabase,
  selected: string[],
  log: (message: string) => void,
  onTeardown: (teardown: () => Promise<void>) => void,
) {
  const database = `gw_test_${process.pid}_${Date.now()}`
  await ensureDatabase(server.adminUrl, database)
  const databaseUrl = withDatabase(server.adminUrl, database)
  const scaleDatabase = `${database}_scale`
  const scaleDatabaseUrl = withDatabase(server.adminUrl, scaleDatabase)
  await migrateInChild(databaseUrl)
  if (selected.includes('scale')) {
    await ensureDatabase(server.adminUrl, scaleDatabase)
    await migrateInChild(scaleDatabaseUrl)
  }
  log(`database ${database} migrated on ${server.embedded ? 'the embedded server' : 'DATABASE_URL'}`)

  let app: RunningApp | undefined
  // The app writes its notifications here as .eml files (no SMTP in tests).
  const mailDir = fs.mkdtempSync(path.join(os.tmpdir(), 'gw-mail-'))
  const servesApp = selected.some((name) => name === 'http' || name === 'browser' || name === 'security')
  // The scale tests start instances of their own from the same build.
  if (servesApp || selected.includes('scale')) {
    await ensureBuild({ ...process.env, NODE_ENV: 'production', PAYLOAD_SECRET: TEST_SECRET }, log)
  }
  if (servesApp) {
    // Payload boots inside whatever request comes first, and its job queue inherits that
    // context: vary it between runs (TEST_FIRST_REQUEST pins one).
    const firstRequest = process.env.TEST_FIRST_REQUEST || FIRST_REQUESTS[Math.floor(Math.random() * FIRST_REQUESTS.length)]
    log(`first request to the app: ${firstRequest}`)
    try {
      // The job runner on, as `npm start` runs it: scheduled publishing and the browser journeys
      // depend on it; the cron every few seconds so tests need not wait a minute.
      app = await startApp(
        databaseUrl,
        { MAIL_DIR: mailDir, GLASSWORKS_RUN_JOBS: 'true', GLASSWORKS_JOBS_CRON: '*/5 * * * * *' },
        { shared: true, firstRequest },
      )
    } catch (error) {
      await dropDatabase(server.adminUrl, database)
      throw error
    }
    log(`app serving at ${app.url}`)
  }

  onTeardown(async () => {
    await app?.stop()
    await dropDatabase(server.adminUrl, database)
    if (selected.includes('scale')) await dropDatabase(server.adminUrl, scaleDatabase)
    await server.stop()
    fs.rmSync(mailDir, { recursive: true, force: true })
  })
  return {
    databaseUrl,
    scaleDatabaseUrl,
    adminDatabaseUrl: server.adminUrl,
    serverUrl: app?.url ?? '',
    mailDir,
    serverLogFile: app?.log.file ?? '',
  }
}
