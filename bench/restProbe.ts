/**
 * The REST scenario's requests (5) through Payload's own REST handler in this process, without
 * Next: wall time, this process's CPU (user + system) and SQL statements per request, and the
 * answer's size. CPU and statements do not depend on the machine's load, so two variants of
 * the read path can be compared here even while other work runs; `--cpu-prof` on node profiles
 * just the read path.
 *
 *   npx tsx bench/restProbe.ts [--n 40] [--database bench_10000] [--only list|slug] [--dump DIR] [--sql] [--time-sql]
 *
 * `--sql` prints one request's statements; `--time-sql` how long each kind took as node-postgres
 * saw it (sent → rows parsed, so event-loop delay included).
 *
 * Needs the bench database (bench/.data/postgres, made by `npm run bench`).
 */
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'

import { BENCH_SECRET } from './app'
import { startBenchPostgres, withClient } from './data'
import { startSqlCounter } from './sqlCounter'

const { values: args } = parseArgs({
  options: { n: { type: 'string', default: '40' }, database: { type: 'string', default: 'bench_10000' }, only: { type: 'string' }, dump: { type: 'string' }, sql: { type: 'boolean' }, 'time-sql': { type: 'boolean' } },
})

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]
}

async function main() {
  const server = await startBenchPostgres()
  const counter = await startSqlCounter(server.port)
  try {
    const dbUrl = new URL(server.url(args.database!))
    const slugs = await withClient(dbUrl.toString(), async (c) =>
      (await c.query<{ slug: string }>(`SELECT slug FROM articles WHERE _status = 'published' ORDER BY md5(slug) LIMIT $1`, [Number(args.n)])).rows.map((r) => r.slug),
    )
    dbUrl.port = String(counter.port)
    process.env.DATABASE_URL = dbUrl.toString()
    process.env.PAYLOAD_SECRET = BENCH_SECRET
    process.env.GLASSWORKS_RUN_JOBS = ''
    // --time-sql: how long each statement took from sending to its rows (node-postgres' view).
    const sqlTimes: { text: string; ms: number }[] = []
    if (args['time-sql']) {
      const pg = (await import('pg')).default
      const query = pg.Client.prototype.query as (...a: unknown[]) => unknown
      pg.Client.prototype.query = function (this: unknown, ...a: unknown[]) {
        const t0 = performance.now()
        const text = typeof a[0] === 'string' ? a[0] : String((a[0] as { text?: string })?.text ?? '')
        const last = a.length - 1
        if (typeof a[last] === 'function') {
          const callback = a[last] as (...r: unknown[]) => unknown
          a[last] = (...r: unknown[]) => {
            sqlTimes.push({ text: text.slice(0, 60), ms: performance.now() - t0 })
            return callback(...r)
          }
        }
        const result = query.apply(this, a)
        if (result && typeof (result as Promise<unknown>).then === 'function') {
          void (result as Promise<unknown>).then(() => sqlTimes.push({ text: text.slice(0, 60), ms: performance.now() - t0 }), () => {})
        }
        return result
      } as typeof pg.Client.prototype.query
    }
    const { getPayload, handleEndpoints } = await import('payload')
    const { default: config } = await import('../payload.config')
    const payload = await getPayload({ config })
    const origin = 'http://127.0.0.1:3000'
    const scenarios = {
      list: slugs.map((_, i) => `/api/articles?where[_status][equals]=published&depth=1&limit=20&page=${1 + (i % 25)}`),
      slug: slugs.map((s) => `/api/articles?where[slug][equals]=${encodeURIComponent(s)}&depth=2&limit=1`),
    }
    const variants = ['as is']
    const avg = (v: number[]) => v.reduce((a, b) => a + b, 0) / v.length
    for (const [name, paths] of Object.entries(scenarios)) {
      if (args.only && args.only !== name) continue
      const stats = Object.fromEntries(variants.map((v) => [v, { wall: [] as number[], cpu: [] as number[], statements: [] as number[], bytes: 0, digests: new Set<string>() }]))
      // Two warm-up requests (module loading, first-use compilation) are not counted.
      for (const [i, p] of [paths[0], paths[1], ...paths].entries()) {
        for (const variant of variants) {
          const before = counter.count()
          const cpu0 = process.cpuUsage()
          const t0 = performance.now()
          const response = await handleEndpoints({ config, request: new Request(origin + p) })
          const text = await response.text()
          const t = performance.now() - t0
          const c = process.cpuUsage(cpu0)
          if (response.status !== 200) throw new Error(`${p}: ${response.status} ${text.slice(0, 300)}`)
          if (i < 2) continue
          const s = stats[variant]
          s.wall.push(t)
          s.cpu.push((c.user + c.system) / 1000)
          s.statements.push(counter.count() - before)
          if (args.sql && i === 2) console.log(counter.log().slice(-(counter.count() - before)).join('\n---\n'))
          s.bytes += text.length
          s.digests.add(createHash('sha1').update(text).digest('hex'))
          // The answers themselves, to compare two variants' content (`diff -r`).
          if (args.dump) {
            const dir = path.join(args.dump, variant.replace(/ /g, '-'), name)
            fs.mkdirSync(dir, { recursive: true })
            fs.writeFileSync(path.join(dir, `${i - 2}.json`), text)
          }
        }
      }
      if (args['time-sql']) {
        const byKind = new Map<string, number[]>()
        for (const { text, ms } of sqlTimes.splice(0)) byKind.set(text, [...(byKind.get(text) ?? []), ms])
        for (const [text, times] of byKind) console.log(`  ${percentile(times, 50).toFixed(1)} ms p50, ${percentile(times, 95).toFixed(1)} p95 (${times.length}×) ${text}`)
      }
      for (const variant of variants) {
        const { wall, cpu, statements, bytes } = stats[variant]
        console.log(
          `${name} [${variant}]: ${wall.length} requests; wall p50 ${percentile(wall, 50).toFixed(1)} p95 ${percentile(wall, 95).toFixed(1)} ms; ` +
            `CPU mean ${avg(cpu).toFixed(1)} p50 ${percentile(cpu, 50).toFixed(1)} ms; statements ${Math.min(...statements)}–${Math.max(...statements)}; ` +
            `${Math.round(bytes / wall.length / 1024)} KB/answer`,
        )
      }
    }
    await payload.destroy?.()
  } finally {
    await counter.close()
    await server.stop()
  }
  process.exit(0)
}

void main()
