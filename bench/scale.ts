/**
 * Scenario 11 (issue #14): several app instances sharing Redis. Two `next start` instances of
 * the bench build with REDIS_URL (the machine's Redis, under a key prefix of this run's own);
 * the cached article page through the shipped nginx with one, then both, as its upstream
 * (ratio 2 : 1 instances); and a publish through instance A timed until instance B serves it.
 */

import { appEnv } from './app'
import { BENCH_PASSWORD, BENCH_USERS, withClient } from './data'
import { log, sleep, spawnTracked, stopChild, type ToolPaths } from './env'
import { startNginx } from './nginx'
import type { Row } from './report'
import { round } from './stats'
import { wrk, type LoadResult } from './wrk'

export interface ScaleContext {
  tools: ToolPaths
  /** The bench database, not through the SQL counter. */
  dbUrl: string
  seconds: number
  slug: string
  freePort(): Promise<number>
  add(row: Row): void
  note(text: string): void
}

const REDIS_URL = process.env.BENCH_REDIS_URL || 'redis://127.0.0.1:6379'

async function redisReachable(): Promise<boolean> {
  // Imported here, not at the top: the bench process stays small for the scenarios before this one.
  const { createClient } = await import('redis')
  const client = createClient({ url: REDIS_URL, socket: { connectTimeout: 2_000, reconnectStrategy: false } })
  // A probe: "no Redis here" is an answer (the scenario is skipped with a note), not a failure.
  client.on('error', () => undefined)
  try {
    await client.connect()
    await client.ping()
    await client.quit()
    return true
  } catch {
    return false
  }
}

async function startInstance(port: number, dbUrl: string, prefix: string) {
  const env = {
    ...appEnv(port, dbUrl),
    NODE_ENV: 'production' as const,
    REDIS_URL,
    REDIS_KEY_PREFIX: prefix,
    SKIP_KEYSPACE_CONFIG_CHECK: 'true',
    GLASSWORKS_RUN_JOBS: 'false',
    GLASSWORKS_COMPRESS: 'false',
  }
  const child = spawnTracked('node_modules/.bin/next', ['start', '-p', String(port), '-H', '127.0.0.1'], { env, stdio: 'ignore' })
  const url = `http://127.0.0.1:${port}`
  const deadline = Date.now() + 180_000
  for (;;) {
    if (child.exitCode !== null) throw new Error(`next start on ${port} exited with ${child.exitCode}`)
    if (Date.now() > deadline) throw new Error(`next start on ${port} did not answer within 180 s`)
    try {
      if ((await fetch(`${url}/`)).status === 200) break
    } catch {
      // not listening yet
    }
    await sleep(100)
  }
  return { url, port, stop: () => stopChild(child) }
}

async function signIn(base: string, email: string): Promise<string> {
  const response = await fetch(`${base}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: BENCH_PASSWORD }),
  })
  if (!response.ok) throw new Error(`login ${email}: ${response.status}`)
  return ((await response.json()) as { token: string }).token
}

async function call(base: string, method: string, route: string, token: string, body?: unknown) {
  const response = await fetch(`${base}${route}`, {
    method,
    headers: { Authorization: `JWT ${token}`, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const text = await response.text()
  if (!response.ok) throw new Error(`${method} ${route} answered ${response.status}: ${text.slice(0, 300)}`)
  return JSON.parse(text) as Record<string, unknown>
}

export async function scenarioScale(ctx: ScaleContext): Promise<void> {
  if (!(await redisReachable())) {
    ctx.note(`Scenario 11 (several instances) skipped: no Redis at ${REDIS_URL} (set BENCH_REDIS_URL).`)
    return
  }
  const prefix = `bench-${process.pid}-${Date.now().toString(36)}:`
  const [portA, portB, proxyPort, staticPort] = [await ctx.freePort(), await ctx.freePort(), await ctx.freePort(), await ctx.freePort()]
  log('Scenario 11: two app instances sharing Redis ...')
  const a = await startInstance(portA, ctx.dbUrl, prefix)
  const b = await startInstance(portB, ctx.dbUrl, prefix)
  try {
    const pathname = `/blog/${ctx.slug}`
    for (const app of [a, b]) for (let i = 0; i < 2; i++) await (await fetch(`${app.url}${pathname}`)).text()
    const through = async (ports: number[]): Promise<LoadResult> => {
      const nginx = await startNginx(ctx.tools.nginx, { appPort: ports, proxyPort, staticPort })
      try {
        await wrk(ctx.tools.wrk, `${nginx.proxyUrl}${pathname}`, 1)
        return await wrk(ctx.tools.wrk, `${nginx.proxyUrl}${pathname}`, ctx.seconds)
      } finally {
        await nginx.stop()
      }
    }
    const one = await through([a.port])
    const two = await through([a.port, b.port])
    const fmt = (r: LoadResult) => `${Math.round(r.rps)} req/s, p99 ${round(r.p99Ms, 1)} ms`
    ctx.add({
      id: '11a',
      scenario: 'Cached article page through nginx, 2 app instances (shared Redis cache) vs 1',
      figure: fmt(two),
      baseline: `1 instance ${fmt(one)}`,
      ratio: two.rps / one.rps,
      data: { one, two },
    })

    // Publish through A, poll B directly (no nginx) until it serves the new text.
    const [article] = await withClient(ctx.dbUrl, async (c) =>
      (
        await c.query<{ id: number; slug: string }>(
          `SELECT id, slug FROM articles WHERE _status = 'published' AND workflow_state = 'published' AND NOT coalesce(medical, false) AND slug <> $1 ORDER BY id DESC OFFSET 2 LIMIT 1`,
          [ctx.slug],
        )
      ).rows,
    )
    const editor = await signIn(a.url, BENCH_USERS.editor.email)
    const reviewer = await signIn(a.url, BENCH_USERS.reviewer.email)
    const page = `${b.url}/blog/${article!.slug}`
    await (await fetch(page)).text()
    const marker = `acrossinstances${Date.now()}`
    const doc = (await call(a.url, 'GET', `/api/articles/${article!.id}?depth=0&draft=true`, editor)) as { excerpt?: string }
    await call(a.url, 'POST', `/api/articles/${article!.id}/workflow`, editor, { action: 'reopen' })
    await call(a.url, 'PATCH', `/api/articles/${article!.id}?draft=true`, editor, { excerpt: `${doc.excerpt ?? ''} ${marker}`.trim() })
    await call(a.url, 'POST', `/api/articles/${article!.id}/workflow`, editor, { action: 'submit' })
    await (await fetch(page)).text()
    const started = performance.now()
    await call(a.url, 'POST', `/api/articles/${article!.id}/workflow`, reviewer, { action: 'publish' })
    let visible = NaN
    while (performance.now() - started < 15_000) {
      if ((await (await fetch(page)).text()).includes(marker)) {
        visible = performance.now() - started
        break
      }
      await sleep(20)
    }
    ctx.add({
      id: '11b',
      scenario: 'Publish through instance A → visible on instance B (shared Redis cache)',
      figure: Number.isNaN(visible) ? 'not visible after 15 s' : `${round(visible, 1)} ms`,
      target: '< 1 s',
      met: visible < 1000,
      data: { visibleMs: visible },
    })
  } finally {
    await a.stop()
    await b.stop()
    const { createClient } = await import('redis')
    const redis = createClient({ url: REDIS_URL })
    await redis.connect()
    for await (const key of redis.scanIterator({ MATCH: `${prefix}*`, COUNT: 500 })) await redis.unlink(key)
    await redis.quit()
  }
}
