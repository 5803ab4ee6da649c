/**
 * Reads a `restMissProbe --timeline` folder: for each probe request, how long the server held it
 * (request start → answer finished), and which garbage collections of the server and of the
 * probe's own process (which also runs the SQL-counting proxy) overlapped it. Prints the slowest
 * requests with that breakdown and, for slow against the rest, the mean of each part.
 *
 *   npx tsx bench/timelineReport.ts <dir> [--over 50]
 */
import fs from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'

interface Span {
  start: number
  end: number
  url: string
  ms?: number
  cpu?: number
  mainCpu?: number
  /** The client's own CPU for this request (its fetch and, in the same process, the SQL proxy). */
  ownCpu?: number
}
interface Gc {
  start: number
  ms: number
  kind: string | number
}
interface Timeline {
  requests: Span[]
  gcs: Gc[]
}

const { values, positionals } = parseArgs({ allowPositionals: true, options: { over: { type: 'string', default: '50' } } })
const dir = positionals[0]
const client = JSON.parse(fs.readFileSync(path.join(dir, 'client.json'), 'utf8')) as Timeline
const servers = fs
  .readdirSync(dir)
  .filter((f) => f !== 'client.json')
  .map((f) => JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')) as Timeline)
// The first time the server saw each URL (later ones are the cache's repeats).
const serverRequests = new Map<string, Span>()
for (const r of servers.flatMap((s) => s.requests).sort((a, b) => a.start - b.start)) {
  const key = decodeURIComponent(new URL(r.url, 'http://x').search)
  if (!serverRequests.has(key)) serverRequests.set(key, r)
}
const serverGcs = servers.flatMap((s) => s.gcs)

/** Milliseconds of these collections inside [start, end], by kind. */
function overlap(gcs: Gc[], start: number, end: number): Record<string, number> {
  const out: Record<string, number> = {}
  for (const gc of gcs) {
    const ms = Math.min(end, gc.start + gc.ms) - Math.max(start, gc.start)
    if (ms > 0) out[String(gc.kind)] = (out[String(gc.kind)] ?? 0) + ms
  }
  return out
}
const total = (o: Record<string, number>) => Object.values(o).reduce((a, b) => a + b, 0)
const fmt = (o: Record<string, number>) =>
  Object.entries(o)
    .map(([k, v]) => `${k} ${v.toFixed(1)}`)
    .join(', ') || '-'

const rows = client.requests.map((c, i) => {
  const s = serverRequests.get(decodeURIComponent(new URL(c.url).search))
  const wall = c.end - c.start
  const server = s ? s.end - s.start : NaN
  const serverGc = s ? overlap(serverGcs, s.start, s.end) : {}
  const clientGc = overlap(client.gcs, c.start, c.end)
  return { i, wall, ownCpu: c.ownCpu ?? NaN, server, cpu: s?.cpu ?? NaN, mainCpu: s?.mainCpu ?? NaN, before: s ? s.start - c.start : NaN, after: s ? c.end - s.end : NaN, serverGc, clientGc }
})
const over = Number(values.over)
const slow = rows.filter((r) => r.wall > over)
console.log(`${rows.length} requests, ${slow.length} over ${over} ms; server collections ${serverGcs.length}, probe's ${client.gcs.length}`)
for (const r of slow)
  console.log(
    `#${r.i}: wall ${r.wall.toFixed(1)} = to server ${r.before.toFixed(1)} + server ${r.server.toFixed(1)} (CPU ${r.cpu.toFixed(1)}, main thread ${r.mainCpu.toFixed(1)}) + back ${r.after.toFixed(1)}; client CPU ${r.ownCpu.toFixed(1)}; server GC [${fmt(r.serverGc)}]; probe GC [${fmt(r.clientGc)}]`,
  )
const mean = (v: number[]) => (v.length ? v.reduce((a, b) => a + b, 0) / v.length : NaN)
for (const [label, set] of [
  ['slow', slow],
  ['rest', rows.filter((r) => r.wall <= over)],
] as const)
  console.log(
    `${label} (${set.length}): wall ${mean(set.map((r) => r.wall)).toFixed(1)}, server ${mean(set.map((r) => r.server)).toFixed(1)} (CPU ${mean(set.map((r) => r.cpu)).toFixed(1)}, main ${mean(set.map((r) => r.mainCpu)).toFixed(1)}), outside server ${mean(set.map((r) => r.before + r.after)).toFixed(1)}, client CPU ${mean(set.map((r) => r.ownCpu)).toFixed(1)}, server GC ${mean(set.map((r) => total(r.serverGc))).toFixed(1)}, probe GC ${mean(set.map((r) => total(r.clientGc))).toFixed(1)}`,
  )
const majors = serverGcs.filter((g) => g.kind === 'major')
console.log(`server major collections: ${majors.length} (${majors.map((g) => g.ms.toFixed(1)).join(', ')} ms)`)
