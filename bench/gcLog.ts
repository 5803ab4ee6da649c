import { performance, PerformanceObserver } from 'node:perf_hooks'

/** One garbage collection of this process, on the clock bench/timelineHook.cjs uses (epoch ms). */
export interface GcEntry {
  start: number
  ms: number
  /** perf_hooks' kind, as Node reports it: 1 minor, 4 major, 8 incremental marking, 16 weak callbacks. */
  kind: number
}

/** This process's collections from now until `stop()` (nothing is recorded when `on` is false). */
export function logGcs(on: boolean): { entries: GcEntry[]; stop(): void } {
  const entries: GcEntry[] = []
  const observer = new PerformanceObserver((list) => {
    for (const e of list.getEntries())
      entries.push({ start: performance.timeOrigin + e.startTime, ms: e.duration, kind: (e as unknown as { detail: { kind: number } }).detail.kind })
  })
  if (on) observer.observe({ entryTypes: ['gc'] })
  return { entries, stop: () => observer.disconnect() }
}
