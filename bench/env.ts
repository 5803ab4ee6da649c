/** Paths, logging, processes and the Debian tools the bench drives. */
import { spawn, spawnSync, type ChildProcess, type SpawnOptions } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import { projectRoot } from '../src/server/paths'

export const ROOT = projectRoot
export const BENCH_DIR = path.join(ROOT, 'bench')
/** Git-ignored scratch: database cluster, media, nginx prefix and cache, builds. */
export const BENCH_DATA = path.join(BENCH_DIR, '.data')
/** The app's own build for the bench, apart from the developer's .next (and excluded from tsc). */
export const NEXT_DIST_DIR = 'bench/.data/next'
export let MEDIA_DIR = path.join(BENCH_DATA, 'media')
export function setMediaDir(dir: string): void {
  MEDIA_DIR = dir
  fs.mkdirSync(dir, { recursive: true })
}

export const log = (message: string) => console.log(`[bench] ${message}`)

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

const children = new Set<ChildProcess>()
/** Spawn a child that is killed (with its process group) when the bench exits. */
export function spawnTracked(command: string, args: string[], options: SpawnOptions = {}): ChildProcess {
  const child = spawn(command, args, { cwd: ROOT, detached: true, ...options })
  children.add(child)
  child.once('exit', () => children.delete(child))
  return child
}
export function killTree(child: ChildProcess, signal: NodeJS.Signals = 'SIGTERM'): void {
  if (child.exitCode !== null || child.signalCode !== null || !child.pid) return
  try {
    process.kill(-child.pid, signal)
  } catch {
    child.kill(signal)
  }
}
/** Whether any process of the child's group is still running. */
function groupAlive(pid: number): boolean {
  try {
    process.kill(-pid, 0)
    return true
  } catch {
    return false
  }
}

/**
 * SIGTERM to the child's whole group, resolved when every process of it has gone (not just the
 * leader: `npm start`'s server may still be writing, e.g. a CPU profile); SIGKILL after timeoutMs.
 */
export function stopChild(child: ChildProcess, timeoutMs = 30_000): Promise<void> {
  const pid = child.pid
  return new Promise((resolve) => {
    if (!pid || ((child.exitCode !== null || child.signalCode !== null) && !groupAlive(pid))) return resolve()
    const started = Date.now()
    killTree(child, 'SIGTERM')
    const poll = setInterval(() => {
      if (groupAlive(pid)) {
        if (Date.now() - started < timeoutMs) return
        try {
          process.kill(-pid, 'SIGKILL')
        } catch {
          // gone meanwhile
        }
      }
      clearInterval(poll)
      resolve()
    }, 50)
  })
}
process.on('exit', () => {
  for (const child of children) killTree(child, 'SIGKILL')
})

export class MissingToolError extends Error {}

const TOOLS = [
  { bin: 'nginx', paths: ['/usr/sbin/nginx'], pkg: 'nginx' },
  { bin: 'wrk', paths: ['/usr/bin/wrk'], pkg: 'wrk' },
  { bin: 'chromium', paths: [process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'], pkg: 'chromium' },
] as const

export type ToolPaths = Record<(typeof TOOLS)[number]['bin'], string>

function locate(paths: readonly string[]): string | undefined {
  return paths.find((p) => fs.existsSync(p))
}

/** nginx, wrk and chromium from Debian: installed with apt-get when missing (as root). */
export function ensureTools(): ToolPaths {
  const missing = TOOLS.filter((t) => !locate(t.paths))
  if (missing.length) {
    const pkgs = missing.map((t) => t.pkg)
    const isRoot = process.getuid?.() === 0
    const hasApt = fs.existsSync('/usr/bin/apt-get')
    if (!isRoot || !hasApt) {
      throw new MissingToolError(
        `The bench needs Debian's ${pkgs.join(', ')}. Install them with \`sudo apt-get install -y ${pkgs.join(' ')}\` ` +
          `(or set CHROMIUM_PATH for another Chromium) and run the bench again.`,
      )
    }
    log(`Installing ${pkgs.join(', ')} with apt-get ...`)
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
    const update = spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env })
    const install = spawnSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...pkgs], { stdio: 'inherit', env })
    if (update.status !== 0 || install.status !== 0 || TOOLS.some((t) => !locate(t.paths))) {
      throw new MissingToolError(
        `apt-get could not install ${pkgs.join(', ')} (no network or no Debian mirror?). ` +
          `Install them by hand (\`apt-get install -y ${pkgs.join(' ')}\`) and run the bench again.`,
      )
    }
  }
  return Object.fromEntries(TOOLS.map((t) => [t.bin, locate(t.paths)!])) as ToolPaths
}

export function machineInfo(pgVersion: string) {
  const tool = (cmd: string, args: string[]) => {
    const result = spawnSync(cmd, args, { encoding: 'utf8' })
    return `${result.stdout ?? ''}${result.stderr ?? ''}`.trim().split('\n')[0]
  }
  const cpu = fs.readFileSync('/proc/cpuinfo', 'utf8').match(/model name\s*:\s*(.*)/)?.[1] ?? 'unknown'
  const mem = Number(fs.readFileSync('/proc/meminfo', 'utf8').match(/MemTotal:\s*(\d+)/)?.[1] ?? 0)
  return {
    cpuModel: cpu,
    memoryGiB: Math.round(mem / 1024 / 1024),
    node: process.version,
    postgres: pgVersion,
    nginx: tool('nginx', ['-v']),
    wrk: tool('wrk', ['--version']),
    chromium: tool(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', ['--version']),
  }
}
