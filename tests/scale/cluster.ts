import { spawn, type ChildProcess } from 'node:child_process'
import { afterAll, afterEach, expect } from 'vitest'

import { spawnBin } from '../../src/server/children'
import { freePort } from '../../src/server/db/freePort'
import { projectRoot } from '../../src/server/paths'
import { waitForServer } from '../helpers/app'
import { TEST_SECRET } from '../helpers/constants'

/**
 * The processes of a multi-instance deployment, as the scale tests start them: app instances
 * (`next start` of the one production build) and job workers (`npm run worker`'s script), each
 * with its output kept so a test can wait for a line and the run fails on an unexpected ERROR.
 */
export interface Member {
  name: string
  url: string
  logs(): string
  waitForLog(pattern: RegExp, timeoutMs?: number): Promise<void>
  /** SIGTERM and wait: a clean stop. */
  stop(): Promise<void>
  /** SIGKILL and wait: a crash. */
  kill(): Promise<void>
}

function track(name: string, url: string, child: ChildProcess): Member {
  let output = ''
  const collect = (chunk: Buffer) => (output += chunk.toString())
  child.stdout?.on('data', collect)
  child.stderr?.on('data', collect)
  const exited = new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve()
    else child.once('exit', () => resolve())
  })
  const signal = async (sig: NodeJS.Signals) => {
    if (child.exitCode === null && child.signalCode === null) child.kill(sig)
    await exited
  }
  return {
    name,
    url,
    logs: () => output,
    async waitForLog(pattern, timeoutMs = 60_000) {
      const deadline = Date.now() + timeoutMs
      while (!pattern.test(output)) {
        if (child.exitCode !== null) throw new Error(`${name} exited (${child.exitCode}) before logging ${pattern}:\n${output}`)
        if (Date.now() > deadline) throw new Error(`${name} did not log ${pattern} within ${timeoutMs} ms:\n${output}`)
        await new Promise((resolve) => setTimeout(resolve, 100))
      }
    },
    stop: () => signal('SIGTERM'),
    kill: () => signal('SIGKILL'),
  }
}

const baseEnv = (databaseUrl: string, extra: Record<string, string>) => ({
  ...process.env,
  NODE_ENV: 'production' as const,
  DATABASE_URL: databaseUrl,
  PAYLOAD_SECRET: TEST_SECRET,
  // A second's cron, so a due job runs within a second or two.
  GLASSWORKS_JOBS_CRON: '* * * * * *',
  ...extra,
})

/** One app instance of the existing production build. */
export async function startInstance(name: string, databaseUrl: string, env: Record<string, string> = {}) {
  const port = await freePort()
  const url = `http://127.0.0.1:${port}`
  const child = spawnBin('next', ['start', '-p', String(port), '-H', '127.0.0.1'], {
    env: { ...baseEnv(databaseUrl, env), PORT: String(port), SERVER_URL: url },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  const member = track(name, url, child)
  try {
    await waitForServer(url, child)
  } catch (error) {
    await member.kill()
    throw new Error(`${(error as Error).message}\n${member.logs()}`)
  }
  return member
}

/** One job worker (`scripts/worker.ts`, what `npm run worker` runs). */
export async function startWorker(name: string, databaseUrl: string, env: Record<string, string> = {}) {
  // Node itself with tsx as a loader, not the tsx CLI, which runs the script in a child
  // process of its own: a SIGKILL must reach the process that runs the jobs.
  const child = spawn(process.execPath, ['--conditions=production', '--import', 'tsx', 'scripts/worker.ts'], {
    cwd: projectRoot,
    env: baseEnv(databaseUrl, env),
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  const member = track(name, '', child)
  await member.waitForLog(/Worker up/, 120_000)
  return member
}

/**
 * Members started through `cluster.add` are stopped after each test, those through
 * `cluster.addForFile` after the file's last test (instances its tests can share: starting one
 * costs several seconds); each one's log is checked for ERROR lines other than the ones the
 * file's tests said to expect.
 */
export function useCluster() {
  const perTest: Member[] = []
  const perFile: Member[] = []
  const expected: RegExp[] = []
  const stopAndCheck = async (all: Member[], patterns: RegExp[]) => {
    await Promise.all(all.map((member) => member.stop()))
    for (const member of all) {
      const errors = member
        .logs()
        .split('\n')
        .map((line) => line.replace(/\x1b\[[0-9;]*m/g, ''))
        .filter((line) => /\bERROR\b/.test(line) && !patterns.some((p) => p.test(line)))
      expect(errors, `${member.name} logged errors`).toEqual([])
    }
  }
  afterEach(async () => {
    await stopAndCheck(perTest.splice(0), expected)
  })
  afterAll(async () => {
    await stopAndCheck(perFile.splice(0), expected.splice(0))
  })
  return {
    async add<T extends Member>(member: Promise<T>): Promise<T> {
      const started = await member
      perTest.push(started)
      return started
    },
    async addForFile<T extends Member>(member: Promise<T>): Promise<T> {
      const started = await member
      perFile.push(started)
      return started
    },
    expectError(pattern: RegExp) {
      expected.push(pattern)
    },
  }
}
