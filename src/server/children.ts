import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process'
import path from 'node:path'
import exitHook from 'async-exit-hook'

import { projectRoot } from './paths'

const running = new Set<ChildProcess>()

// On Ctrl-C or SIGTERM stop our children before the process (and the embedded database) goes.
// On a plain process exit the hook runs synchronously without `done`: just signal them.
exitHook((done?: () => void) => {
  let left = running.size
  if (left === 0) return done?.()
  for (const child of running) {
    child.once('exit', () => {
      if (--left === 0) done?.()
    })
    child.kill('SIGTERM')
  }
})

/** Run a package binary (next, payload, ...) from node_modules/.bin as a tracked child. */
export function spawnBin(bin: string, args: string[], options: SpawnOptions = {}): ChildProcess {
  const file = path.join(projectRoot, 'node_modules', '.bin', bin)
  const child = spawn(file, args, { cwd: projectRoot, stdio: 'inherit', ...options })
  running.add(child)
  child.once('exit', () => running.delete(child))
  return child
}

export function waitForExit(child: ChildProcess): Promise<number> {
  return new Promise((resolve, reject) => {
    child.once('error', reject)
    child.once('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)))
  })
}
