/*
 * Preloaded (`--require`) into the app's processes by `restMissProbe --timeline`: records, on
 * one clock shared by every process of the machine (epoch ms, sub-ms), when each HTTP request
 * arrived and when its answer finished, and every garbage collection with its kind and length.
 * SIGUSR2 writes what it has so far to BENCH_TIMELINE_DIR/<pid>.json (only processes that served
 * a request), so the probe can line its own timings up with the server's.
 */
const fs = require('node:fs')
const path = require('node:path')
const dc = require('node:diagnostics_channel')
const v8 = require('node:v8')
const { PerformanceObserver, performance, constants } = require('node:perf_hooks')

const dir = process.env.BENCH_TIMELINE_DIR
if (dir) {
  const now = () => performance.timeOrigin + performance.now()
  const requests = []
  const gcs = []
  const started = new WeakMap()
  // CPU of the whole process (GC helpers and libuv's pool included) and of the main thread alone.
  const cpu = () => {
    const all = process.cpuUsage()
    const main = process.threadCpuUsage ? process.threadCpuUsage() : { user: NaN, system: NaN }
    return { all: (all.user + all.system) / 1000, main: (main.user + main.system) / 1000 }
  }
  dc.subscribe('http.server.request.start', ({ request }) => started.set(request, { at: now(), cpu: cpu() }))
  dc.subscribe('http.server.response.finish', ({ request }) => {
    const begin = started.get(request)
    if (!begin) return
    const end = cpu()
    const old = v8.getHeapSpaceStatistics().find((space) => space.space_name === 'old_space')
    requests.push({ url: request.url, start: begin.at, end: now(), cpu: end.all - begin.cpu.all, mainCpu: end.main - begin.cpu.main, oldMb: old.space_used_size / 1048576 })
  })
  const kinds = {
    [constants.NODE_PERFORMANCE_GC_MINOR]: 'minor',
    [constants.NODE_PERFORMANCE_GC_MAJOR]: 'major',
    [constants.NODE_PERFORMANCE_GC_INCREMENTAL]: 'incremental',
    [constants.NODE_PERFORMANCE_GC_WEAKCB]: 'weakcb',
  }
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      gcs.push({ start: performance.timeOrigin + entry.startTime, ms: entry.duration, kind: kinds[entry.detail?.kind] ?? String(entry.detail?.kind) })
  }).observe({ entryTypes: ['gc'] })
  process.on('SIGUSR2', () => {
    if (requests.length === 0) return
    fs.writeFileSync(path.join(dir, `${process.pid}.json`), JSON.stringify({ requests, gcs }))
  })
}
