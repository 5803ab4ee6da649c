import type { ChildProcess } from 'node:child_process'

import { spawnBin, waitUntilServing } from '../../src/server/children'
import { freePort } from '../../src/server/db/freePort'
import { siteRevalidationToken } from '../../src/site/revalidate'
import { TEST_SECRET } from './constants'
import { ServerLog, workerLogs } from './serverLog'

export interface RunningApp {
  url: string
  /** stdout and stderr of the server, checked for unexpected errors after each test file. */
  log: ServerLog
  stop(): Promise<void>
}

/** Wait for the app to answer; throws with the reason when it exits or takes too long. */
export async function waitForServer(
  url: string,
  child: ChildProcess,
  timeoutMs = 120_000,
  firstRequest = '/api/users/me',
): Promise<void> {
  if (await waitUntilServing(`${url}${firstRequest}`, child, timeoutMs)) return
  if (child.exitCode !== null) throw new Error(`next start exited with code ${child.exitCode}`)
  throw new Error(`The app did not answer at ${url} within ${timeoutMs / 1000} s`)
}

/** `next start` of the existing production build against `databaseUrl`, as its own process. */
export async function startApp(
  databaseUrl: string,
  extraEnv: Record<string, string> = {},
  options: {
    shared?: boolean
    /**
     * The path the readiness probe asks for: the server's very first request. What Payload
     * first boots inside (an API route, an admin render) used to decide whether its job queue worked.
     */
    firstRequest?: string
  } = {},
): Promise<RunningApp> {
  const port = await freePort()
  const url = `http://127.0.0.1:${port}`
  const env = {
    ...process.env,
    NODE_ENV: 'production' as const,
    DATABASE_URL: databaseUrl,
    PAYLOAD_SECRET: TEST_SECRET,
    PORT: String(port),
    SERVER_URL: url,
    ...extraEnv,
  }
  const child = spawnBin('next', ['start', '-p', String(port), '-H', '127.0.0.1'], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  const log = ServerLog.create(`${options.shared ? 'shared' : 'app'}-${port}`)
  // The shared app's log is checked by the setup file through its path; others by this worker.
  if (!options.shared) workerLogs.add(log)
  child.stdout?.on('data', (chunk: Buffer) => log.append(chunk))
  child.stderr?.on('data', (chunk: Buffer) => {
    log.append(chunk)
    process.stderr.write(chunk)
  })
  try {
    await waitForServer(url, child, 120_000, options.firstRequest)
    // As `npm start` does (scripts/start.ts): expire what the build prerendered (the list
    // pages' empty shells, built without a database) and whatever an earlier run cached.
    const purge = await fetch(`${url}/next/revalidate`, {
      method: 'POST',
      headers: { authorization: `Bearer ${siteRevalidationToken(TEST_SECRET)}`, 'content-type': 'application/json' },
      body: JSON.stringify({ all: true }),
    })
    if (!purge.ok) throw new Error(`The app refused the start-up cache purge: ${purge.status} ${await purge.text()}`)
  } catch (error) {
    child.kill('SIGTERM')
    throw error
  }
  return {
    url,
    log,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve()
        child.once('exit', () => resolve())
        child.kill('SIGTERM')
      }),
  }
}
