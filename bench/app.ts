/** The app under test: `npm start` itself, pointed at the bench database and a bench build. */
import type { ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import { descendants } from '../src/server/processTree'
import { BENCH_DATA, MEDIA_DIR, NEXT_DIST_DIR, ROOT, log, sleep, spawnTracked, stopChild } from './env'

/** Fixed so sessions and revalidation tokens agree between the bench and the app; never used outside the bench. */
export const BENCH_SECRET = 'bench-only-secret-0123456789abcdef0123456789abcdef'

export function appEnv(port: number, databaseUrl: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    SERVER_URL: `http://127.0.0.1:${port}`,
    DATABASE_URL: databaseUrl,
    PAYLOAD_SECRET: BENCH_SECRET,
    GLASSWORKS_DATA_DIR: path.join(BENCH_DATA, 'app'),
    // The bench database is never empty; this only keeps start-up from looking at launch content.
    SEED_CONTENT_DIR: path.join(BENCH_DATA, 'no-seed-content'),
    MEDIA_DIR,
    NEXT_DIST_DIR,
    MAIL_DIR: path.join(BENCH_DATA, 'mail'),
  }
  delete env.ADMIN_EMAIL
  delete env.ADMIN_PASSWORD
  delete env.SMTP_URL
  delete env.EMBEDDED_PG_PORT
  return env
}

/** Build once (not timed) when the sources changed since the bench's last build. */
export async function ensureAppBuild(env: NodeJS.ProcessEnv): Promise<void> {
  process.env.NEXT_DIST_DIR = NEXT_DIST_DIR
  const { buildIsCurrent } = await import('../src/server/build')
  if (buildIsCurrent()) return
  log(`Building the app into ${NEXT_DIST_DIR} (sources changed since the last bench build; not timed) ...`)
  const child = spawnTracked('npm', ['run', 'build'], { env: { ...env, NODE_ENV: 'production' }, stdio: ['ignore', 'inherit', 'inherit'] })
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve))
  if (code !== 0) throw new Error(`npm run build failed (exit ${code})`)
}

export interface RunningApp {
  url: string
  port: number
  child: ChildProcess
  /** ms from spawning `npm start` to the first 200 of the home page. */
  startupMs: number
  /** `npm start` had to build first (sources changed meanwhile). */
  built: boolean
  stop(): Promise<void>
}

export async function startApp(port: number, env: NodeJS.ProcessEnv): Promise<RunningApp> {
  const url = `http://127.0.0.1:${port}`
  const logFile = path.join(BENCH_DATA, 'app.log')
  const out = fs.openSync(logFile, 'a')
  const offset = fs.statSync(logFile).size
  const started = performance.now()
  const child = spawnTracked('npm', ['start'], { env, stdio: ['ignore', out, out] })
  for (;;) {
    if (child.exitCode !== null) throw new Error(`npm start exited with ${child.exitCode}; see ${logFile}`)
    if (performance.now() - started > 300_000) throw new Error(`the app did not answer within 300 s; see ${logFile}`)
    try {
      const response = await fetch(`${url}/`, { redirect: 'manual' })
      if (response.status === 200) break
    } catch {
      // not listening yet
    }
    await sleep(50)
  }
  const startupMs = performance.now() - started
  // start.ts expires all caches once it sees the server up; let that land before measuring.
  const ready = Date.now()
  while (Date.now() - ready < 20_000 && !fs.readFileSync(logFile, 'utf8').slice(-4000).includes('Ready. Site')) await sleep(100)
  // Sources edited after ensureAppBuild make `npm start` build again: that start-up is no measure.
  const built = fs.readFileSync(logFile, 'utf8').slice(offset).includes('Building the app')
  return { url, port, child, startupMs, built, stop: () => stopChild(child) }
}

function rssKiB(pid: number): number {
  try {
    return Number(/VmRSS:\s*(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0)
  } catch {
    return 0
  }
}

/** RSS of the Next server process(es) under `npm start`, in MiB (the npm/tsx wrappers left out). */
/**
 * Under `--cpu-prof`: every node process of a server's tree writes its profile so far and starts
 * a new one (bench/cpuProfileHook.cjs), so a load run sits between two such marks.
 */
export function markCpuProfiles(root: number): void {
  for (const pid of [root, ...descendants(root)]) {
    let comm = ''
    try {
      comm = fs.readFileSync(`/proc/${pid}/comm`, 'utf8').trim()
    } catch {
      continue
    }
    // Only processes that run the hook: a shell would die of the signal.
    if (comm !== 'node' && !comm.startsWith('next-server') && !comm.startsWith('npm')) continue
    try {
      process.kill(pid, 'SIGUSR2')
    } catch {
      // exited meanwhile
    }
  }
}

export function serverRssMiB(app: RunningApp): { next: number; tree: number } {
  let next = 0
  let tree = 0
  for (const pid of descendants(app.child.pid!)) {
    const rss = rssKiB(pid)
    tree += rss
    let cmd = ''
    try {
      cmd = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8')
    } catch {
      continue
    }
    if (/next-server|next\/dist\/bin\/next|\.bin\/next/.test(cmd) || fs.readFileSync(`/proc/${pid}/comm`, 'utf8').startsWith('next-server')) next += rss
  }
  return { next: Math.round(next / 1024), tree: Math.round(tree / 1024) }
}

export { ROOT }

/**
 * Preloads one of the bench's hooks (`bench/<hook>`: a profiler, the timeline) into the app's
 * processes through NODE_OPTIONS, with a new folder for what it writes, under
 * bench/.data/<area>/<label>-<time>, named to the hook by `dirVariable`. Returns the folder.
 */
export function preloadHook(env: Record<string, string | undefined>, hook: string, dirVariable: string, area: string, label: string): string {
  const dir = path.join(BENCH_DATA, area, `${label}-${new Date().toISOString().replace(/[:.]/g, '-')}`)
  fs.mkdirSync(dir, { recursive: true })
  env.NODE_OPTIONS = `${env.NODE_OPTIONS ?? ''} --require=${path.join(ROOT, 'bench', hook)}`.trim()
  env[dirVariable] = dir
  return dir
}
