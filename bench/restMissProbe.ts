/**
 * Scenario 5's first-time list URLs, many of them, against the built app (`npm start`, as the
 * bench runs it): the bench's REST scenario has only 10 first-time URLs, so its p95 is their
 * maximum. Here the scenario's pages are asked under URLs the cache has never seen, and besides
 * wall time each request's CPU in the Next server process (from /proc, load-independent) is recorded.
 *
 *   npx tsx bench/restMissProbe.ts [--pages 200] [--cpu-prof] [--accept-encoding identity] [--direct] [--warm N] [--env KEY=VALUE ...]
 *
 * Needs the bench database and build (`npm run bench -- --only rest` once). `--cpu-prof`
 * writes the server's profile of just the measured requests (the `-2.cpuprofile` segment).
 */
import fs from 'node:fs'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import { parseArgs } from 'node:util'

import { descendants } from '../src/server/processTree'
import { appEnv, BENCH_SECRET, ensureAppBuild, markCpuProfiles, preloadHook, startApp } from './app'
import { dbName, ensureBenchData, startBenchPostgres } from './data'
import { BENCH_DATA, ROOT, log, setMediaDir, sleep } from './env'
import { logGcs } from './gcLog'
import { listUrl, warmUpRest } from './restWarmUp'
import { startSqlCounter } from './sqlCounter'

const { values: args } = parseArgs({
  options: {
    pages: { type: 'string', default: '200' },
    'cpu-prof': { type: 'boolean' },
    // Milliseconds between one answer and the next request (the bench scenario has none).
    pause: { type: 'string', default: '5' },
    // Line each request up with the server's own request and GC times (bench/timelineHook.cjs).
    timeline: { type: 'boolean' },
    // Where the server allocates during the measured requests (bench/allocProfileHook.cjs).
    'alloc-prof': { type: 'boolean' },
    env: { type: 'string', multiple: true },
    // The app straight to PostgreSQL, without the statement-counting proxy (statements then read 0).
    direct: { type: 'boolean' },
    // Warm-up reads before the measured ones (the bench scenario's number by default).
    warm: { type: 'string' },
    // What the client accepts (fetch's own default is "gzip, deflate"; identity: no compression on either side).
    'accept-encoding': { type: 'string' },
  },
})

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]
}

/** User + system CPU of one process so far, in ms (/proc counts 10 ms ticks). */
function cpuMs(pid: number): number {
  const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8')
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
  return (Number(fields[11]) + Number(fields[12])) * 10
}

/** The Next server process of the app's tree (the one that listens; the largest RSS). */
function nextServerPid(root: number): number {
  const pids = descendants(root)
  let best = root
  let bestRss = 0
  for (const pid of pids) {
    try {
      const comm = fs.readFileSync(`/proc/${pid}/comm`, 'utf8')
      const cmd = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8')
      if (!comm.startsWith('next-server') && !/next\/dist\/bin\/next|\.bin\/next/.test(cmd)) continue
      const rss = Number(/VmRSS:\s*(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0)
      if (rss > bestRss) [best, bestRss] = [pid, rss]
    } catch {
      // exited meanwhile
    }
  }
  return best
}

async function main() {
  process.env.PAYLOAD_SECRET = BENCH_SECRET
  process.env.GLASSWORKS_DATA_DIR = path.join(BENCH_DATA, 'app')
  process.env.NEXT_DIST_DIR = 'bench/.data/next'
  delete process.env.DATABASE_URL
  const server = await startBenchPostgres()
  const articles = 10_000
  setMediaDir(path.join(BENCH_DATA, 'media', dbName(articles)))
  process.env.MEDIA_DIR = path.join(BENCH_DATA, 'media', dbName(articles))
  const data = await ensureBenchData(server, articles)
  const counter = await startSqlCounter(server.port)
  const proxied = new URL(data.url)
  proxied.port = String(counter.port)
  const { freePort } = await import('../src/server/db/freePort')
  const port = await freePort()
  const env = appEnv(port, args.direct ? data.url : proxied.toString())
  for (const pair of args.env ?? []) env[pair.slice(0, pair.indexOf('='))] = pair.slice(pair.indexOf('=') + 1)
  await ensureAppBuild(env)
  let profiles: string | undefined
  if (args['cpu-prof']) profiles = preloadHook(env, 'cpuProfileHook.cjs', 'BENCH_CPU_PROFILE_DIR', 'profiles', 'restmiss')
  if (args['alloc-prof']) profiles = preloadHook(env, 'allocProfileHook.cjs', 'BENCH_ALLOC_PROFILE_DIR', 'profiles', 'restalloc')
  const timeline = args.timeline ? preloadHook(env, 'timelineHook.cjs', 'BENCH_TIMELINE_DIR', 'timelines', 'restmiss') : undefined
  const app = await startApp(port, env)
  try {
    const pid = nextServerPid(app.child.pid!)
    // The scenario's pages (1–10): deeper ones time PostgreSQL's OFFSET (the page query evaluates
    // the relations of every skipped row). A parameter Payload ignores makes each URL new to the cache.
    const firstTime = (i: number) => `${listUrl(app.url, 1 + (i % 10))}&probe=${i}`
    // As the scenario: warm up on pages nobody asks later.
    await warmUpRest(app.url, args.warm ? Number(args.warm) : undefined)
    await sleep(500)
    if (profiles) {
      markCpuProfiles(app.child.pid!)
      await sleep(1000)
    }
    const wall: number[] = []
    const at: { start: number; end: number; ownCpu: number }[] = []
    const ownGcs = logGcs(Boolean(timeline))
    const pause = Number(args.pause)
    const cpu: number[] = []
    const statements: number[] = []
    let bytes = 0
    for (let i = 0; i < Number(args.pages); i++) {
      const before = counter.count()
      const c0 = cpuMs(pid)
      const own0 = process.cpuUsage()
      const t0 = performance.now()
      const response = await fetch(firstTime(i), args['accept-encoding'] ? { headers: { 'accept-encoding': args['accept-encoding'] } } : undefined)
      // Bytes, not text, as the bench scenario reads them (a large string per request sets off
      // the client's major collections).
      const body = await response.arrayBuffer()
      const t1 = performance.now()
      wall.push(t1 - t0)
      const own = process.cpuUsage(own0)
      at.push({ start: performance.timeOrigin + t0, end: performance.timeOrigin + t1, ownCpu: (own.user + own.system) / 1000 })
      // The server's CPU may still run a moment after the last byte (the cache write).
      if (pause > 0) await sleep(pause)
      cpu.push(cpuMs(pid) - c0)
      statements.push(counter.count() - before)
      bytes += body.byteLength
      if (response.status !== 200 || response.headers.get('x-glassworks-cache') === 'hit')
        throw new Error(`${firstTime(i)}: ${response.status} ${response.headers.get('x-glassworks-cache')}`)
    }
    if (profiles) {
      markCpuProfiles(app.child.pid!)
      await sleep(1500)
    }
    if (timeline) {
      ownGcs.stop()
      markCpuProfiles(app.child.pid!)
      await sleep(1000)
      fs.writeFileSync(path.join(timeline, 'client.json'), JSON.stringify({ requests: at.map((r, i) => ({ ...r, url: firstTime(i), ms: wall[i] })), gcs: ownGcs.entries }))
      log(`timeline: ${path.relative(ROOT, timeline)} (npx tsx bench/timelineReport.ts <dir>)`)
    }
    const mean = (v: number[]) => v.reduce((a, b) => a + b, 0) / v.length
    log(
      `first-time lists: ${wall.length}; wall p50 ${percentile(wall, 50).toFixed(1)} p95 ${percentile(wall, 95).toFixed(1)} ms; ` +
        `server CPU mean ${mean(cpu).toFixed(1)} ms (10 ms ticks); statements ${Math.min(...statements)}–${Math.max(...statements)}; ` +
        `${Math.round(bytes / wall.length / 1024)} KB/answer`,
    )
    // Whether the read path is still getting faster (V8 optimising it) or has settled.
    const per50 = Array.from({ length: Math.ceil(wall.length / 50) }, (_, i) => wall.slice(i * 50, i * 50 + 50))
    log(`wall p50 / p95 per 50 in order: ${per50.map((w) => `${percentile(w, 50).toFixed(1)} / ${percentile(w, 95).toFixed(1)}`).join(', ')} ms`)
    if (profiles)
      log(
        args['alloc-prof']
          ? `allocations of the measured requests: ${path.relative(ROOT, profiles)}/${pid}-2.heapprofile (npx tsx bench/allocProfile.ts <file> ${wall.length})`
          : `profile of the measured requests: ${path.relative(ROOT, profiles)}/${pid}-2.cpuprofile (npx tsx bench/cpuProfile.ts <file> ${wall.length})`,
      )
  } finally {
    await app.stop()
    await counter.close()
    await server.stop()
  }
  process.exit(0)
}

void main()
