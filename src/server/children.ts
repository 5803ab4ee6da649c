import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process'
import path from 'node:path'

import { projectRoot } from './paths'
import { onShutdown } from './shutdown'

const running = new Set<ChildProcess>()

// Stop our children before the process (and the embedded database) goes.
const stopChildren = async () => {
  await Promise.all(
    [...running].map(
      (child) =>
        new Promise<void>((resolve) => {
          if (child.exitCode !== null) return resolve()
          child.once('exit', () => resolve())
          child.kill('SIGTERM')
        }),
    ),
  )
}
let hooked = false
function hookShutdown(): void {
  if (hooked) return
  hooked = true
  onShutdown(stopChildren)
  process.on('exit', () => {
    for (const child of running) child.kill('SIGTERM')
  })
}

/** Run a package binary (next, payload, ...) from node_modules/.bin as a tracked child. */
export function spawnBin(bin: string, args: string[], options: SpawnOptions = {}): ChildProcess {
  const file = path.join(projectRoot, 'node_modules', '.bin', bin)
  hookShutdown()
  // Next's anonymous telemetry posts to the internet, which production hosts behind a firewall
  // (and this project's CI) cannot reach; opt out unless the operator chose otherwise.
  const env = { NEXT_TELEMETRY_DISABLED: '1', ...(options.env ?? process.env) }
  const child = spawn(file, args, { cwd: projectRoot, stdio: 'inherit', ...options, env })
  running.add(child)
  child.once('exit', () => running.delete(child))
  return child
}

export function waitForExit(child: ChildProcess): Promise<number> {
  return new Promise((resolve, reject) => {
    if (child.exitCode !== null) return resolve(child.exitCode)
    child.once('error', reject)
    child.once('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)))
  })
}

/**
 * Wait until `url` answers below 500 (the server is up, whatever the page). False when the
 * child exited first or `timeoutMs` passed: the caller decides whether that is fatal.
 */
export async function waitUntilServing(
  url: string,
  child: { exitCode: number | null },
  timeoutMs = 150_000,
): Promise<boolean> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (child.exitCode !== null) return false
    try {
      const response = await fetch(url, { redirect: 'manual' })
      if (response.status < 500) return true
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  return false
}
