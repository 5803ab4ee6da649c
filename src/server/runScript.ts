/**
 * Runs a command-line script's `main` to its end and exits with its code (1 when it throws,
 * after `onError` has said why).
 *
 * The process is held open until `main` settles. The database pool lets idle connections stop
 * holding a process (`allowExitOnIdle`, payload.config.ts), so a script whose only pending work
 * was not a handle Node counts could end mid-run with exit code 0 and no output: the import
 * command did, once in a while, in the integration tests. Held, such a wait is at worst a
 * visible hang, never a silent half-done run.
 */
export function runScript(main: () => Promise<number | void>, onError: (error: unknown) => void = console.error): void {
  const hold = setInterval(() => undefined, 1 << 30)
  main().then(
    (code) => {
      clearInterval(hold)
      process.exit(code ?? 0)
    },
    (error: unknown) => {
      clearInterval(hold)
      onError(error)
      process.exit(1)
    },
  )
}
