/**
 * `npm run bench -- [--quick] [--articles N] [--grow M] [--only a,b,...] [--seconds S] [--cpu-prof] [--timeline]`
 *
 * Fills (or reuses) a bench database, starts the app with `npm start` against it, and measures
 * the scenarios of issue #6, each against its baseline from the same run. Writes
 * bench/results/<date>[-quick].md and .json. See bench/README.md.
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import { parseArgs } from 'node:util'
import pg from 'pg'

import { appEnv, BENCH_SECRET, ensureAppBuild, markCpuProfiles, preloadHook, serverRssMiB, startApp, type RunningApp } from './app'
import { logGcs } from './gcLog'
import { listUrl, warmUpRest } from './restWarmUp'
import { ensureBareNext, startBareNext } from './bareNext'
import { BENCH_PASSWORD, BENCH_USERS, dbName, ensureBenchData, recreateDatabase, startBenchPostgres, withClient, type BenchServer } from './data'
import { BENCH_DATA, ROOT, ensureTools, log, machineInfo, MissingToolError, setMediaDir, sleep, type ToolPaths } from './env'
import { generateDocument, searchQueries, searchWarmUpQueries } from './generate'
import { scenarioHostile } from './hostile'
import { CATEGORIES, lighthouseScores } from './lighthouse'
import { startNginx } from './nginx'
import { scenarioScale } from './scale'
import { markdown, writeReport, type Report, type Row } from './report'
import { startSqlCounter, type SqlCounter } from './sqlCounter'
import { median, percentile, round, timed } from './stats'
import { wrk, type LoadResult } from './wrk'

const SCENARIOS = ['load', 'render', 'publish', 'search', 'rest', 'draft', 'import', 'lighthouse', 'scale', 'hostile'] as const
type Scenario = (typeof SCENARIOS)[number]

const { values: args } = parseArgs({
  options: {
    quick: { type: 'boolean' },
    articles: { type: 'string' },
    grow: { type: 'string' },
    only: { type: 'string' },
    seconds: { type: 'string' },
    'cpu-prof': { type: 'boolean' },
    // The REST scenario's requests lined up with the server's own request and GC times
    // (bench/timelineHook.cjs; read with bench/timelineReport.ts).
    timeline: { type: 'boolean' },
    'import-jobs': { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  },
})
if (args.help) {
  console.log('npm run bench -- [--quick] [--articles N] [--grow M] [--only load,render,publish,search,rest,draft,import,lighthouse,scale,hostile] [--seconds S] [--cpu-prof] [--timeline] [--import-jobs N]')
  process.exit(0)
}
const quick = Boolean(args.quick)
const config = {
  articles: Number(args.articles ?? (quick ? 1000 : 10_000)),
  grow: args.grow ? Number(args.grow) : quick ? undefined : 100_000,
  seconds: Number(args.seconds ?? (quick ? 4 : 20)),
  // The app's pages and the bare page are measured in rounds (bare, article, home, … then again):
  // a slow stretch of the shared 2-core machine then falls on every page alike instead of on
  // whichever page ran during it. A profiled run keeps one round, so each profile segment holds one page.
  rounds: quick || args['cpu-prof'] ? 1 : 3,
  lighthouseRuns: quick ? 1 : 3,
  importDocs: quick ? 150 : 1000,
  samples: quick ? 40 : 200,
  drafts: quick ? 10 : 40,
  renders: quick ? 10 : 30,
  only: new Set<Scenario>((args.only ? args.only.split(',') : SCENARIOS) as Scenario[]),
}

const rows: Row[] = []
const notes: string[] = []
/** Saves the table so far: a run that fails later keeps what it measured. */
let afterScenario = () => {}
const add = (row: Row) => {
  rows.push(row)
  afterScenario()
  log(`${row.id} ${row.scenario}: ${row.figure}${row.baseline ? ` (baseline ${row.baseline})` : ''}${row.met === undefined ? '' : row.met ? ' ✓' : ' ✗'}`)
}
const ms = (n: number) => (n === Infinity ? `> ${SEARCH_TIMEOUT_MS} ms` : `${round(n, n < 10 ? 2 : 1)} ms`)

async function get(url: string, init?: RequestInit): Promise<{ status: number; text: string }> {
  const response = await fetch(url, { redirect: 'manual', ...init })
  return { status: response.status, text: await response.text() }
}

async function expectOk(url: string, init?: RequestInit): Promise<string> {
  const { status, text } = await get(url, init)
  if (status !== 200) throw new Error(`GET ${url} answered ${status}: ${text.slice(0, 300)}`)
  return text
}

/** Sequential requests: latencies and SQL statements per request. */
async function sample(urls: string[], counter: SqlCounter, init?: RequestInit) {
  const latencies: number[] = []
  const queries: number[] = []
  let statements: string[] = []
  for (const url of urls) {
    const before = counter.count()
    const { ms: t } = await timed(() => expectOk(url, init))
    latencies.push(t)
    const n = counter.count() - before
    queries.push(n)
    if (statements.length === 0 && n > 0) statements = counter.log().slice(-n).map((q) => q.replace(/\s+/g, ' ').slice(0, 400))
  }
  return {
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    max: Math.max(...latencies),
    qMin: Math.min(...queries),
    qMedian: median(queries),
    qMax: Math.max(...queries),
    exampleStatements: statements,
  }
}

interface Ctx {
  tools: ToolPaths
  server: BenchServer
  dbUrl: string
  counter: SqlCounter
  app: RunningApp
  ports: { app: number; proxy: number; static: number; bare: number }
}

async function api(ctx: Ctx, method: string, route: string, token: string, body?: unknown) {
  const response = await fetch(`${ctx.app.url}${route}`, {
    method,
    headers: { Authorization: `JWT ${token}`, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const text = await response.text()
  if (!response.ok) throw new Error(`${method} ${route} answered ${response.status}: ${text.slice(0, 400)}`)
  return JSON.parse(text) as Record<string, unknown>
}

async function login(ctx: Ctx, email: string): Promise<string> {
  const response = await fetch(`${ctx.app.url}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: BENCH_PASSWORD }),
  })
  if (!response.ok) throw new Error(`login ${email}: ${response.status}`)
  return ((await response.json()) as { token: string }).token
}

const sql = <T extends pg.QueryResultRow>(ctx: Ctx, text: string, values: unknown[] = []) =>
  withClient(ctx.dbUrl, async (c) => (await c.query<T>(text, values)).rows)

/** The template article the load scenarios read: published, not medical, the first by id. */
async function pickArticle(ctx: Ctx) {
  const [row] = await sql<{ id: number; slug: string }>(ctx, `SELECT id, slug FROM articles WHERE _status = 'published' AND NOT coalesce(medical, false) ORDER BY id LIMIT 1`)
  return row
}

/* ------------------------------------------------------------------------------------------ */

async function scenarioLoad(ctx: Ctx, slug: string) {
  const pathname = `/blog/${slug}`
  const html = await expectOk(`${ctx.app.url}${pathname}`)
  const articleProbe = await fetch(`${ctx.app.url}${pathname}`)
  await articleProbe.text()
  const articleHeaders = { 'cache-control': articleProbe.headers.get('cache-control'), 'x-nextjs-cache': articleProbe.headers.get('x-nextjs-cache') }
  const size = Buffer.byteLength(html)

  const nginx = await startNginx(ctx.tools.nginx, { appPort: ctx.ports.app, proxyPort: ctx.ports.proxy, staticPort: ctx.ports.static })
  const file = path.join(nginx.staticRoot, pathname, 'index.html')
  fs.mkdirSync(path.dirname(file), { recursive: true })
  fs.writeFileSync(file, html)
  const bareBuild = await ensureBareNext(size)
  const bareEnv: Record<string, string> = {}
  if (args['cpu-prof']) {
    bareEnv.NODE_OPTIONS = process.env.NODE_OPTIONS ?? ''
    const bareProfiles = preloadHook(bareEnv, 'cpuProfileHook.cjs', 'BENCH_CPU_PROFILE_DIR', 'profiles', 'bare-next')
    log(`CPU profile of the bare Next server goes to ${path.relative(ROOT, bareProfiles)}`)
  }
  const bare = await startBareNext(ctx.ports.bare, bareEnv)

  const cachedRequests = await sample(Array.from({ length: 20 }, () => `${ctx.app.url}${pathname}`), ctx.counter)
  const bareSequential = await sample(Array.from({ length: 20 }, () => `${bare.url}/`), ctx.counter)
  const rssBefore = serverRssMiB(ctx.app)
  const run = async (label: string, url: string): Promise<LoadResult> => {
    await wrk(ctx.tools.wrk, url, 1) // warm-up: JIT, connection pools, caches
    const result = await wrk(ctx.tools.wrk, url, config.seconds)
    if (result.errors) notes.push(`${label}: ${result.errors} errors or non-2xx answers under load.`)
    log(`  ${label}: ${round(result.rps, 0)} req/s, p50 ${ms(result.p50Ms)}, p99 ${ms(result.p99Ms)}`)
    return result
  }
  let staticR: LoadResult, bareR: RoundsResult, appR: RoundsResult, proxyR: LoadResult
  try {
    staticR = await run('static nginx', `${nginx.staticUrl}${pathname}`)
    const listed = await listedTargets(ctx)
    const mark = () => {
      if (args['cpu-prof']) for (const pid of [bare.pid, ctx.app.child.pid!]) markCpuProfiles(pid)
    }
    mark()
    const results = await inRounds(
      ctx.tools.wrk,
      [
        { label: 'bare Next', url: `${bare.url}/` },
        { label: 'app', url: `${ctx.app.url}${pathname}` },
        ...listed.map((target) => ({ label: target.name, url: target.url })),
      ],
      // Profiled (one round): each server's second segment ends with the article's run.
      (label) => label === 'app' && mark(),
    )
    await bare.stop()
    bareR = results.get('bare Next')!
    appR = results.get('app')!
    if (args['cpu-prof']) log(`  profiled segments (<pid>-2.cpuprofile): bare Next ${bareR.requests} and app ${appR.requests} requests (warm-up second not included)`)
    const pages = listedRows(listed, results, appR, bareR, size)
    const rssAfter = serverRssMiB(ctx.app)
    proxyR = await run('nginx micro-cache', `${nginx.proxyUrl}${pathname}`)
    const proxied = await fetch(`${nginx.proxyUrl}${pathname}`)
    const cacheStatus = proxied.headers.get('x-cache')
    await proxied.text()

    const fmt = (r: LoadResult) => `${Math.round(r.rps)} req/s, p50 ${ms(r.p50Ms)}, p99 ${ms(r.p99Ms)}`
    add({ id: '1c', scenario: 'Baseline: static file from nginx', figure: fmt(staticR), data: { ...staticR, bytes: size } })
    add({
      id: '1c',
      scenario: 'Baseline: bare prerendered Next page',
      figure: `${fmt(bareR)}; one at a time ${ms(bareSequential.p50)}`,
      data: { ...bareR, bytes: bareBuild.size, sequential: bareSequential },
    })
    add({
      id: '1a',
      scenario: `Cached article page, app alone (${Math.round(size / 1024)} KiB HTML, 64 conns)`,
      figure: `${fmt(appR)}; one at a time ${ms(cachedRequests.p50)}, ${cachedRequests.qMedian} SQL statements; x-nextjs-cache ${articleHeaders['x-nextjs-cache'] ?? '—'}; Cache-Control: ${articleHeaders['cache-control']}`,
      baseline: `bare Next ${Math.round(bareR.rps)} req/s${spread(roundsNote(appR, bareR).roundRatios)}`,
      ratio: appR.rps / bareR.rps,
      target: '≥ 0.9 × bare Next, p99 < 50 ms',
      met: appR.rps >= 0.9 * bareR.rps && appR.p99Ms < 50,
      data: { ...appR, sequential: cachedRequests, headers: articleHeaders, ...roundsNote(appR, bareR) },
    })
    add({
      id: '1b',
      scenario: 'Cached article page, nginx micro-cache in front',
      figure: fmt(proxyR),
      baseline: `static nginx ${Math.round(staticR.rps)} req/s`,
      ratio: proxyR.rps / staticR.rps,
      target: '≥ 0.5 × static nginx, p99 < 10 ms',
      met: proxyR.rps >= 0.5 * staticR.rps && proxyR.p99Ms < 10,
      data: { ...proxyR, cacheStatusAfter: cacheStatus },
    })
    for (const row of pages) add(row)
    add({
      id: '9',
      scenario: 'Memory: Next server RSS before → after the app load',
      figure: `${rssBefore.next} → ${rssAfter.next} MiB (whole npm start tree ${rssBefore.tree} → ${rssAfter.tree} MiB)`,
      data: { before: rssBefore, after: rssAfter },
    })
    return nginx
  } catch (error) {
    await nginx.stop()
    await bare.stop()
    throw error
  }
}

interface RoundsResult extends LoadResult {
  /** One result per round, in order. */
  rounds: LoadResult[]
}

/**
 * Every target under the same load, one after another, `config.rounds` times (A B C A B C …),
 * each for its share of `config.seconds` after a warm-up second in the first round. Requests per
 * second is the mean over the rounds, p50 and p99 the medians of the rounds'.
 */
async function inRounds(
  wrkPath: string,
  targets: { label: string; url: string }[],
  afterTarget: (label: string) => void = () => {},
): Promise<Map<string, RoundsResult>> {
  const seconds = Math.max(2, Math.round(config.seconds / config.rounds))
  const byLabel = new Map<string, LoadResult[]>(targets.map((t) => [t.label, []]))
  for (let n = 1; n <= config.rounds; n++) {
    for (const target of targets) {
      if (n === 1) await wrk(wrkPath, target.url, 1)
      const result = await wrk(wrkPath, target.url, seconds)
      if (result.errors) notes.push(`${target.label} (round ${n}): ${result.errors} errors or non-2xx answers under load.`)
      log(`  ${target.label}${config.rounds > 1 ? ` (round ${n})` : ''}: ${round(result.rps, 0)} req/s, p50 ${ms(result.p50Ms)}, p99 ${ms(result.p99Ms)}`)
      byLabel.get(target.label)!.push(result)
      afterTarget(target.label)
    }
  }
  return new Map(
    [...byLabel].map(([label, rounds]) => [
      label,
      {
        rps: rounds.reduce((sum, r) => sum + r.rps, 0) / rounds.length,
        p50Ms: median(rounds.map((r) => r.p50Ms)),
        p99Ms: median(rounds.map((r) => r.p99Ms)),
        requests: rounds.reduce((sum, r) => sum + r.requests, 0),
        errors: rounds.reduce((sum, r) => sum + r.errors, 0),
        rounds,
      },
    ]),
  )
}

/** A page's ratio to its baseline in each round, for the row's data and figure. */
const roundsNote = (page: RoundsResult, base: RoundsResult) => ({ roundRatios: page.rounds.map((r, i) => r.rps / base.rounds[i].rps) })
const spread = (ratios: number[]) => (ratios.length > 1 ? `; per round ${ratios.map((r) => r.toFixed(2)).join(', ')}` : '')

/**
 * The other public pages of issue #16, measured in the same rounds as the article (1a): home,
 * the blog list, the treatment, tip and FAQ lists (their first pages) and a search (a common
 * term, asked repeatedly as a popular query would be), each with the headers it answers with.
 */
async function listedTargets(ctx: Ctx) {
  const targets = [
    { name: 'home', path: '/' },
    { name: 'blog list', path: '/blog' },
    { name: 'treatment list', path: '/treatments' },
    { name: 'tip list', path: '/tips' },
    { name: 'FAQ list', path: '/faqs' },
    { name: 'search', path: `/search?q=${encodeURIComponent(searchQueries(1)[0])}` },
  ]
  const measured = []
  for (const target of targets) {
    const url = `${ctx.app.url}${target.path}`
    await expectOk(url)
    const probe = await fetch(url)
    const bytes = Buffer.byteLength(await probe.text())
    const headers = { 'cache-control': probe.headers.get('cache-control'), 'x-nextjs-cache': probe.headers.get('x-nextjs-cache') }
    const sequential = await sample(Array.from({ length: 20 }, () => url), ctx.counter)
    measured.push({ ...target, url, bytes, headers, sequential })
  }
  return measured
}

function listedRows(
  targets: Awaited<ReturnType<typeof listedTargets>>,
  results: Map<string, RoundsResult>,
  article: RoundsResult,
  bare: RoundsResult,
  articleBytes: number,
) {
  return targets.map((target): Parameters<typeof add>[0] => {
    const result = results.get(target.name)!
    const listed = target.name !== 'search'
    const { roundRatios } = roundsNote(result, article)
    return {
      id: '1d',
      scenario: `${target.name[0].toUpperCase()}${target.name.slice(1)} (${target.path.split('?')[0]}${listed ? '' : '?q=…'}, ${Math.round(target.bytes / 1024)} KiB), app alone`,
      figure: `${Math.round(result.rps)} req/s, p50 ${ms(result.p50Ms)}, p99 ${ms(result.p99Ms)}; one at a time ${ms(target.sequential.p50)}, ${target.sequential.qMedian} SQL; x-nextjs-cache ${target.headers['x-nextjs-cache'] ?? '—'}; Cache-Control: ${target.headers['cache-control']}`,
      baseline: `article ${Math.round(article.rps)} req/s (${Math.round(articleBytes / 1024)} KiB)${spread(roundRatios)}; bare Next ${(result.rps / bare.rps).toFixed(2)}×`,
      ratio: result.rps / article.rps,
      target: listed ? '≥ 0.9 × article page' : undefined,
      met: listed ? result.rps >= 0.9 * article.rps : undefined,
      data: { ...result, path: target.path, bytes: target.bytes, headers: target.headers, sequential: target.sequential, vsBare: result.rps / bare.rps, roundRatios },
    }
  })
}

async function scenarioRender(ctx: Ctx) {
  const slugs = await sql<{ slug: string }>(
    ctx,
    `SELECT slug FROM articles WHERE _status = 'published' ORDER BY md5(slug || $1) LIMIT $2`,
    [String(Date.now()), config.renders],
  )
  const result = await sample(slugs.map((s) => `${ctx.app.url}/blog/${s.slug}`), ctx.counter)
  add({
    id: '2',
    scenario: 'First render of an article page not in the cache',
    figure: `p50 ${ms(result.p50)}, p95 ${ms(result.p95)}; ${result.qMedian} SQL statements (${result.qMin}–${result.qMax})`,
    data: result,
  })
}

async function scenarioPublish(ctx: Ctx, proxyUrl: string | undefined, slugToAvoid: string) {
  const editor = await login(ctx, BENCH_USERS.editor.email)
  const reviewer = await login(ctx, BENCH_USERS.reviewer.email)
  const candidates = await sql<{ id: number; slug: string }>(
    ctx,
    `SELECT id, slug FROM articles WHERE _status = 'published' AND workflow_state = 'published' AND NOT coalesce(medical, false) AND slug <> $1 ORDER BY id DESC LIMIT 2`,
    [slugToAvoid],
  )
  const targets: { label: string; base: string; limitMs: number }[] = [{ label: 'app alone', base: ctx.app.url, limitMs: 1000 }]
  if (proxyUrl) targets.push({ label: 'through nginx', base: proxyUrl, limitMs: 2000 })
  for (const [i, target] of targets.entries()) {
    const article = candidates[i]
    const page = `${target.base}/blog/${article.slug}`
    await expectOk(page)
    await expectOk(page)
    const marker = `benchmarker${Date.now()}`
    const doc = (await api(ctx, 'GET', `/api/articles/${article.id}?depth=0&draft=true`, editor)) as { excerpt?: string }
    await api(ctx, 'POST', `/api/articles/${article.id}/workflow`, editor, { action: 'reopen' })
    await api(ctx, 'PATCH', `/api/articles/${article.id}?draft=true`, editor, { excerpt: `${doc.excerpt ?? ''} ${marker}`.trim() })
    await api(ctx, 'POST', `/api/articles/${article.id}/workflow`, editor, { action: 'submit' })
    if (!(await expectOk(page)).includes(marker)) {
      // still the published text: good, the draft did not leak
    } else throw new Error('the draft text showed on the public page before publishing')
    // keep the proxy's copy hot, as under traffic
    await expectOk(page)
    const started = performance.now()
    await api(ctx, 'POST', `/api/articles/${article.id}/workflow`, reviewer, { action: 'publish' })
    const publishCall = performance.now() - started
    let visible = NaN
    while (performance.now() - started < 15_000) {
      if ((await get(page)).text.includes(marker)) {
        visible = performance.now() - started
        break
      }
      await sleep(20)
    }
    add({
      id: '3',
      scenario: `Publish → visible, ${target.label}`,
      figure: Number.isNaN(visible) ? 'not visible after 15 s' : `${ms(visible)} (publish call ${ms(publishCall)})`,
      target: `< ${target.limitMs / 1000} s`,
      met: visible < target.limitMs,
      data: { visibleMs: visible, publishCallMs: publishCall },
    })
  }
}

/**
 * Search requests one at a time, each given at most SEARCH_TIMEOUT_MS. A search the app is still
 * working on after that is cancelled in PostgreSQL too (else abandoned queries pile up), and
 * after three such the remaining common-term queries are counted as timed out without running.
 */
const SEARCH_TIMEOUT_MS = 5000
/** One search page, read to its end; a timeout rejects with a TimeoutError. */
async function searchOnce(ctx: Ctx, q: string): Promise<void> {
  const response = await fetch(`${ctx.app.url}/search?q=${encodeURIComponent(q)}`, { signal: AbortSignal.timeout(SEARCH_TIMEOUT_MS) })
  await response.text()
  if (response.status !== 200) throw new Error(`search "${q}" answered ${response.status}`)
}

async function searchSample(ctx: Ctx, queries: string[]) {
  const latencies: number[] = []
  const rare: number[] = []
  const queriesPerRequest: number[] = []
  let timeouts = 0
  let skipped = 0
  for (const [i, q] of queries.entries()) {
    const common = i % 5 < 3
    if (common && timeouts >= 3) {
      latencies.push(Infinity)
      skipped++
      continue
    }
    const before = ctx.counter.count()
    const started = performance.now()
    try {
      await searchOnce(ctx, q)
      latencies.push(performance.now() - started)
      if (!common) rare.push(performance.now() - started)
      queriesPerRequest.push(ctx.counter.count() - before)
    } catch (error) {
      if ((error as Error).name !== 'TimeoutError') throw error
      latencies.push(Infinity)
      if (!common) rare.push(Infinity)
      timeouts++
      await sql(ctx, `SELECT pg_cancel_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND state = 'active' AND query LIKE '%ts_headline%' AND pid <> pg_backend_pid()`)
      await sleep(200)
    }
  }
  return {
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    timeouts: timeouts + skipped,
    rareP50: percentile(rare, 50),
    rareP95: percentile(rare, 95),
    qMedian: median(queriesPerRequest),
    // Each query's time in order ('r' marks a rare term), to tell a cold start from a slow query.
    times: latencies.map((t, i) => `${i % 5 < 3 ? '' : 'r'}${Math.round(t * 10) / 10}`),
  }
}

async function scenarioSearch(ctx: Ctx, articles: number, target: boolean) {
  const queries = searchQueries(quick ? 50 : 200)
  // As for REST (restWarmUp.ts): the figure is a running server's, not its first seconds'. At
  // 100k the scenario starts an app of its own, whose first search took ~0.5 s (V8 compiling the
  // path, each new pool connection loading PostgreSQL's catalogs) and the next ~50 ran ~1.5x
  // the later ones; that first query's time is reported apart.
  const [firstWarmUp, ...warmUps] = searchWarmUpQueries()
  const { ms: firstMs } = await timed(() => searchOnce(ctx, firstWarmUp))
  for (const q of warmUps) await searchOnce(ctx, q)
  const result = { ...(await searchSample(ctx, queries)), warmUps: warmUps.length + 1, firstWarmUpMs: round(firstMs, 1) }
  // EXPLAIN the articles branch for a common and a rare term, as the search module runs it.
  const index = (await sql<{ indexname: string }>(ctx, `SELECT indexname FROM pg_indexes WHERE tablename = 'articles' AND indexdef ILIKE '%USING gin%'`))[0]?.indexname
  // The search module's own statement, as it went over the wire.
  const searchSql = ctx.counter.log().reverse().find((text) => text.includes('ts_headline'))
  if (!searchSql) throw new Error('no search statement seen on the wire')
  const plans: Record<string, string> = {}
  for (const [i, q] of [queries[0], queries.find((x, i) => i % 5 >= 3)!].entries()) {
    // Running a common term at 100k takes minutes (see bench/README.md): plan only.
    const analyze = i === 1 || articles <= 10_000
    const rows = await sql<{ 'QUERY PLAN': string }>(ctx, `EXPLAIN ${analyze ? '(ANALYZE, BUFFERS)' : ''} ${searchSql}`, [q])
    plans[q] = rows.map((r) => r['QUERY PLAN']).join('\n')
  }
  const ginUse = Object.fromEntries(Object.entries(plans).map(([q, p]) => [q, Boolean(index) && p.includes(index)]))
  // A term in most rows is cheaper by a sequential scan; the index must serve the selective ones.
  const usesGin = Object.values(ginUse)[1]
  const sqlTimes = Object.fromEntries(Object.entries(plans).map(([q, p]) => [q, Number(/Execution Time: ([\d.]+)/.exec(p)?.[1])]))
  add({
    id: '4',
    scenario: `Search page, ${queries.length} queries (3/5 common terms), ${articles.toLocaleString('en')} articles`,
    figure: `p50 ${ms(result.p50)}, p95 ${ms(result.p95)} (after ${result.warmUps} warm-up queries, the first ${ms(result.firstWarmUpMs)})${result.timeouts ? ` (${result.timeouts} of ${queries.length} over ${SEARCH_TIMEOUT_MS / 1000} s)` : ''}; rare terms only p50 ${ms(result.rareP50)}, p95 ${ms(result.rareP95)}; search SQL alone ${Object.entries(sqlTimes)
      .map(([q, t]) => `"${q}" ${Number.isNaN(t) ? 'not run' : `${t} ms`} (GIN ${ginUse[q] ? 'used' : 'not used'})`)
      .join(', ')}`,
    target: target ? 'p95 < 30 ms at 100k; EXPLAIN uses GIN' : undefined,
    met: target ? result.p95 < 30 && usesGin : undefined,
    data: { ...result, articles, index, ginUse, searchSql, plans },
  })
}

/**
 * Like `sample`, split by the REST cache's verdict (`X-Glassworks-Cache`, src/server/api/publicCache.ts):
 * a first-time URL is a miss that runs Payload, a repeat a hit; the statement count is judged on the misses.
 */
async function sampleRest(urls: string[], counter: SqlCounter) {
  const rows: { ms: number; queries: number; cache: string }[] = []
  const spans: { url: string; start: number; end: number; ms: number; ownCpu: number }[] = []
  let statements: string[] = []
  const gcs = logGcs(Boolean(timelineDir))
  for (const url of urls) {
    const before = counter.count()
    let cache = '—'
    const start = performance.timeOrigin + performance.now()
    const cpu0 = process.cpuUsage()
    const { ms: t } = await timed(async () => {
      const response = await fetch(url, { redirect: 'manual' })
      // Bytes, not text: a 280 KB string is a large object in the client's old generation, and
      // one per request set off a major collection of the bench process every few requests,
      // whose CPU the server then missed (bench/README.md, ninth pass).
      const body = await response.arrayBuffer()
      if (response.status !== 200) throw new Error(`GET ${url} answered ${response.status}: ${Buffer.from(body).toString('utf8', 0, 300)}`)
      cache = response.headers.get('x-glassworks-cache') ?? '—'
    })
    const n = counter.count() - before
    rows.push({ ms: t, queries: n, cache })
    const cpu1 = process.cpuUsage(cpu0)
    if (cache !== 'hit') spans.push({ url, start, end: performance.timeOrigin + performance.now(), ms: t, ownCpu: (cpu1.user + cpu1.system) / 1000 })
    if (statements.length === 0 && n > 0) statements = counter.log().slice(-n).map((q) => q.replace(/\s+/g, ' ').slice(0, 400))
  }
  const summary = (subset: typeof rows) =>
    subset.length === 0
      ? undefined
      : {
          n: subset.length,
          p50: percentile(subset.map((r) => r.ms), 50),
          p95: percentile(subset.map((r) => r.ms), 95),
          qMin: Math.min(...subset.map((r) => r.queries)),
          qMedian: median(subset.map((r) => r.queries)),
          qMax: Math.max(...subset.map((r) => r.queries)),
        }
  const all = summary(rows)!
  const missRows = rows.filter((r) => r.cache !== 'hit')
  const misses = summary(missRows) ?? all
  const hits = summary(rows.filter((r) => r.cache === 'hit'))
  // Each first-time URL's time in request order, to tell a slow stretch or a pause from a slow read.
  const missTimes = missRows.map((r) => Math.round(r.ms * 10) / 10)
  gcs.stop()
  return { ...all, max: Math.max(...rows.map((r) => r.ms)), misses, hits, missTimes, exampleStatements: statements, spans, gcs: gcs.entries }
}

async function scenarioRest(ctx: Ctx) {
  const slugs = await sql<{ slug: string }>(ctx, `SELECT slug FROM articles WHERE _status = 'published' ORDER BY md5(slug) LIMIT $1`, [config.samples])
  const pages = Math.max(1, Math.floor(slugs.length / 20))
  const page = (i: number) => 1 + (i % Math.min(pages, 10))
  // The sample's first-time URLs would otherwise time a server still compiling its read path.
  await warmUpRest(ctx.app.url)
  // Ten list pages asked 20 times each would give 10 first-time URLs, whose p95 is their maximum.
  // The first quarter of the sample asks the same pages under URLs the cache has never seen (a
  // parameter Payload ignores, as a client's cache-buster would be): the same work for Payload,
  // and a p95 over 60 first-time URLs. Deeper pages would time PostgreSQL's OFFSET instead.
  const list = await sampleRest(
    slugs.map((_, i) => listUrl(ctx.app.url, page(i)) + (i < slugs.length / 4 ? `&fresh=${i}` : '')),
    ctx.counter,
  )
  if (timelineDir) {
    const heap = process.memoryUsage()
    log(`  bench process after the sample: heap ${(heap.heapUsed / 1048576).toFixed(1)} MB used, external ${(heap.external / 1048576).toFixed(1)} MB`)
    markCpuProfiles(ctx.app.child.pid!)
    await sleep(1000)
    fs.writeFileSync(path.join(timelineDir, 'client.json'), JSON.stringify({ requests: list.spans, gcs: list.gcs }))
    log(`  timeline of the first-time lists: ${path.relative(ROOT, timelineDir)} (npx tsx bench/timelineReport.ts <dir>)`)
  }
  const one = await sampleRest(
    slugs.map((s) => `${ctx.app.url}/api/articles?where[slug][equals]=${encodeURIComponent(s.slug)}&depth=2&limit=1`),
    ctx.counter,
  )
  for (const [label, r] of [
    ['REST: list 20 published articles, depth 1', list],
    ['REST: one article by slug, depth 2', one],
  ] as const) {
    // The headline is Payload's answer to a first-time URL: the sample repeats each list URL
    // (60 distinct of 200), so the mix of all requests is mostly cache hits and says little
    // about a URL nobody asked for yet. The target holds for both halves.
    const split = r.hits
      ? `first-time URLs (${r.misses.n}, Payload) p50 ${ms(r.misses.p50)}, p95 ${ms(r.misses.p95)}, SQL ${r.misses.qMedian} (min ${r.misses.qMin}, max ${r.misses.qMax}); repeats (${r.hits.n}, cache) p50 ${ms(r.hits.p50)}, p95 ${ms(r.hits.p95)}, SQL ${r.hits.qMedian}; all ${r.n}: p50 ${ms(r.p50)}, p95 ${ms(r.p95)}`
      : `p50 ${ms(r.p50)}, p95 ${ms(r.p95)}; SQL/request ${r.qMedian} (min ${r.qMin}, max ${r.qMax})`
    add({
      id: '5',
      scenario: label,
      figure: split,
      target: 'p95 < 50 ms (first-time URLs and repeats), constant SQL/request',
      met: r.misses.p95 < 50 && (r.hits?.p95 ?? 0) < 50 && r.misses.qMax - r.misses.qMin <= 1,
      data: { ...r, spans: undefined, gcs: undefined },
    })
  }
}

/**
 * First-time list URLs right after the load scenario, reported without a target: the same
 * pages as the sample, under URLs of their own, with no warm-up (the server is warm; what is
 * measured is the load's aftermath in its heap).
 */
async function scenarioRestAfterLoad(ctx: Ctx) {
  const urls = Array.from({ length: 120 }, (_, i) => `${listUrl(ctx.app.url, 1 + (i % 10))}&after-load=${i}`)
  const r = await sampleRest(urls, ctx.counter)
  const first = r.missTimes.slice(0, 20)
  const rest = r.missTimes.slice(20)
  add({
    id: '5',
    scenario: 'REST: list 20 published articles, depth 1, first-time URLs right after the load scenario',
    figure: `${r.misses.n} requests: p50 ${ms(r.misses.p50)}, p95 ${ms(r.misses.p95)}, max ${ms(r.max)}; the first 20 p50 ${ms(percentile(first, 50))}, max ${ms(Math.max(...first))}; the other ${rest.length} p50 ${ms(percentile(rest, 50))}, p95 ${ms(percentile(rest, 95))}`,
    data: { ...r, spans: undefined, gcs: undefined },
  })
}

async function scenarioDraft(ctx: Ctx, avoid: number[]) {
  const editor = await login(ctx, BENCH_USERS.editor.email)
  const [article] = await sql<{ id: number; words: number }>(
    ctx,
    `SELECT id, length(body::text) AS words FROM articles WHERE _status = 'published' AND NOT coalesce(medical, false) AND id <> ALL($1) ORDER BY length(body::text) DESC LIMIT 1`,
    [avoid],
  )
  const doc = (await api(ctx, 'GET', `/api/articles/${article.id}?depth=0&draft=true`, editor)) as { body: { root: { children: unknown[] } }; workflowState: string }
  if (doc.workflowState === 'published') await api(ctx, 'POST', `/api/articles/${article.id}/workflow`, editor, { action: 'reopen' })
  const words = JSON.stringify(doc.body).match(/"text":"([^"]*)"/g)?.join(' ').split(/\s+/).length ?? 0
  const latencies: number[] = []
  const queries: number[] = []
  for (let i = 0; i < config.drafts; i++) {
    const children = [...doc.body.root.children]
    children.push({ type: 'paragraph', version: 1, format: '', indent: 0, direction: 'ltr', textFormat: 0, children: [{ type: 'text', version: 1, text: `Revision ${i}.`, format: 0, detail: 0, mode: 'normal', style: '' }] })
    const before = ctx.counter.count()
    const { ms: t } = await timed(() => api(ctx, 'PATCH', `/api/articles/${article.id}?draft=true&depth=0`, editor, { body: { root: { ...doc.body.root, children } } }))
    latencies.push(t)
    queries.push(ctx.counter.count() - before)
  }
  add({
    id: '6',
    scenario: `Admin: save a draft of a long article (~${words} words)`,
    figure: `p50 ${ms(percentile(latencies, 50))}, p95 ${ms(percentile(latencies, 95))}; ${median(queries)} SQL statements`,
    data: { latencies, queries, articleId: article.id },
  })
}

async function scenarioImport(server: BenchServer) {
  const dir = path.join(BENCH_DATA, 'import-docs')
  fs.rmSync(dir, { recursive: true, force: true })
  fs.mkdirSync(dir, { recursive: true })
  for (let i = 0; i < config.importDocs; i++) {
    const doc = generateDocument(50_000 + i)
    fs.writeFileSync(path.join(dir, doc.name), doc.text)
  }
  await recreateDatabase(server, 'bench_import')
  const mediaDir = path.join(BENCH_DATA, 'media-import')
  fs.rmSync(mediaDir, { recursive: true, force: true })
  const counter = await startSqlCounter(server.port)
  const url = new URL(server.url('bench_import'))
  url.port = String(counter.port)
  let atStart = 0
  let atEnd = 0
  // PostgreSQL's own time executing the import's statements (pg_stat_database.active_time, ms;
  // backends report it when idle, so the reading at the start may miss up to a second of migrations).
  const activeMs = () =>
    withClient(server.adminUrl, async (c) => Number((await c.query(`SELECT active_time FROM pg_stat_database WHERE datname = 'bench_import'`)).rows[0]?.active_time ?? 0))
  let activeAtStart: Promise<number> | undefined
  const workerEnv: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: url.toString(), PAYLOAD_SECRET: BENCH_SECRET, MEDIA_DIR: mediaDir, PORT: '1' }
  // --import-jobs: the importer's --jobs (default: its own default for the folder).
  const worker = [path.join(ROOT, 'bench', 'importWorker.ts'), dir, ...(args['import-jobs'] ? [args['import-jobs']] : [])]
  let command = [path.join(ROOT, 'node_modules', '.bin', 'tsx'), ...worker]
  if (args['cpu-prof']) {
    // Node refuses --cpu-prof in NODE_OPTIONS, so the worker runs as `node --cpu-prof --import tsx`.
    const profiles = path.join(BENCH_DATA, 'profiles', `import-${new Date().toISOString().replace(/[:.]/g, '-')}`)
    fs.mkdirSync(profiles, { recursive: true })
    command = [process.execPath, '--cpu-prof', `--cpu-prof-dir=${profiles}`, '--import', 'tsx', ...worker]
    log(`CPU profile of the import worker goes to ${path.relative(ROOT, profiles)} (summarise with: npx tsx bench/cpuProfile.ts <file> ${config.importDocs})`)
  }
  const output = await new Promise<string>((resolve, reject) => {
    const child = spawn(command[0], command.slice(1), {
      cwd: ROOT,
      // PORT: no app listens there, so the importer's revalidation call fails fast and harmlessly.
      env: workerEnv,
      stdio: ['ignore', 'pipe', 'inherit'],
    })
    let out = ''
    child.stdout.on('data', (d) => {
      out += d
      if (!atStart && out.includes('BENCH_IMPORT_START')) {
        atStart = counter.count()
        activeAtStart = activeMs()
      }
      if (!atEnd && out.includes('BENCH_RESULT')) atEnd = counter.count()
    })
    child.on('exit', (code) => (code === 0 ? resolve(out) : reject(new Error(`import worker exited with ${code}: ${out.slice(-2000)}`))))
  })
  const result = JSON.parse(/BENCH_RESULT (.*)/.exec(output)?.[1] ?? 'null') as {
    files: number
    created: number
    failed: number
    firstError?: string
    seconds: number
    cpuSeconds: number
    parseCpuSeconds: number
    jobs: number
  }
  const databaseSeconds = ((await activeMs()) - ((await activeAtStart) ?? 0)) / 1000
  // What the statements are (of the last 5,000 the counter keeps): which writes and reads dominate.
  const kinds = new Map<string, number>()
  for (const text of counter.log()) {
    const kind = text.replace(/\s+/g, ' ').replace(/\$\d+/g, '?').slice(0, 70)
    kinds.set(kind, (kinds.get(kind) ?? 0) + 1)
  }
  const statementKinds = [...kinds].sort((a, b) => b[1] - a[1]).slice(0, 25)
  for (const [kind, n] of statementKinds.slice(0, 12)) log(`  ${String(n).padStart(5)}  ${kind}`)
  await counter.close()
  const perDoc = (atEnd - atStart) / Math.max(1, result.files)
  if (result.failed) notes.push(`Import: ${result.failed} of ${result.files} documents failed (first: ${result.firstError}).`)
  const rate = result.created / result.seconds
  const msPerDoc = (s: number) => round((1000 * s) / Math.max(1, result.files), 1)
  add({
    id: '7',
    scenario: `Import ${result.files} generated documents (Markdown and plain text) through the importer (${result.jobs} worker${result.jobs === 1 ? '' : 's'})`,
    figure:
      `${round(rate, 1)} documents/s (${round(result.seconds, 1)} s, ${result.created} created; ${Math.round(perDoc)} SQL statements per document; ` +
      `per document ${msPerDoc(result.cpuSeconds)} ms CPU in Node (parsing alone ${msPerDoc(result.parseCpuSeconds)} ms), ${msPerDoc(databaseSeconds)} ms in PostgreSQL)`,
    target: '≥ 50 documents/s',
    met: rate >= 50,
    data: { ...result, databaseSeconds, statementsPerDocument: perDoc, statementKinds },
  })
  await withClient(server.adminUrl, (c) => c.query('DROP DATABASE IF EXISTS bench_import'))
}

async function scenarioLighthouse(ctx: Ctx, base: string, articleSlug: string) {
  const [treatment] = await sql<{ slug: string }>(ctx, `SELECT slug FROM treatments WHERE _status = 'published' ORDER BY id LIMIT 1`)
  const pages: [string, string][] = [
    ['home', `${base}/`],
    ['article', `${base}/blog/${articleSlug}`],
    ['treatment', `${base}/treatments/${treatment.slug}`],
  ]
  for (const [, url] of pages) await expectOk(url)
  // The baseline: the bare Next page of the article's size, scored in the same Chrome and run.
  // Both ship Next's and React's client runtime, so the difference is what the pages add.
  const articleBytes = Buffer.byteLength(await expectOk(`${ctx.app.url}/blog/${articleSlug}`))
  await ensureBareNext(articleBytes)
  const bare = await startBareNext(ctx.ports.bare)
  let scores: Awaited<ReturnType<typeof lighthouseScores>>
  try {
    scores = await lighthouseScores(ctx.tools.chromium, [...pages.map(([, url]) => url), `${bare.url}/`], config.lighthouseRuns)
  } finally {
    await bare.stop()
  }
  const baseline = scores[`${bare.url}/`]
  const metricsText = (s: (typeof scores)[string]) =>
    `FCP ${Math.round(s.metrics.FCP)} ms, LCP ${Math.round(s.metrics.LCP)} ms, TBT ${Math.round(s.metrics.TBT)} ms, CLS ${round(s.metrics.CLS, 3)}, SI ${Math.round(s.metrics.SI)} ms`
  add({
    id: '10',
    scenario: `Lighthouse (mobile, median of ${config.lighthouseRuns}): baseline bare Next page (${Math.round(articleBytes / 1024)} KiB)`,
    figure: `performance ${baseline.performance} (${metricsText(baseline)})`,
    data: { url: `${bare.url}/`, ...baseline },
  })
  for (const [label, url] of pages) {
    const s = scores[url]
    add({
      id: '10',
      baseline: `bare Next performance ${baseline.performance}`,
      ratio: s.performance / baseline.performance,
      scenario: `Lighthouse (mobile, median of ${config.lighthouseRuns}): ${label}`,
      figure: `performance ${s.performance}, accessibility ${s.accessibility}, best practices ${s['best-practices']}, SEO ${s.seo} (${metricsText(s)})`,
      target: 'all ≥ 95',
      met: CATEGORIES.every((c) => s[c] >= 95),
      data: { url, ...s },
    })
  }
}

/* ------------------------------------------------------------------------------------------ */

/** Preloads bench/cpuProfileHook.cjs (Node 20 refuses --cpu-prof in NODE_OPTIONS). */
/** Where `--timeline` writes (set when the app starts). */
let timelineDir: string | undefined

async function withApp<T>(server: BenchServer, articles: number, fn: (ctx: Ctx) => Promise<T>, tools: ToolPaths, from?: number): Promise<T> {
  setMediaDir(path.join(BENCH_DATA, 'media', dbName(articles)))
  if (from !== undefined) {
    // The grown tier shares the smaller tier's media files.
    const source = path.join(BENCH_DATA, 'media', dbName(from))
    for (const f of fs.readdirSync(source)) {
      const target = path.join(BENCH_DATA, 'media', dbName(articles), f)
      if (!fs.existsSync(target)) fs.copyFileSync(path.join(source, f), target)
    }
  }
  process.env.MEDIA_DIR = path.join(BENCH_DATA, 'media', dbName(articles))
  const data = await ensureBenchData(server, articles, from)
  const counter = await startSqlCounter(server.port)
  const proxied = new URL(data.url)
  proxied.port = String(counter.port)
  const { freePort } = await import('../src/server/db/freePort')
  const ports = { app: await freePort(), proxy: await freePort(), static: await freePort(), bare: await freePort() }
  process.env.PORT = String(ports.app)
  const env = appEnv(ports.app, proxied.toString())
  await ensureAppBuild(env)
  if (args['cpu-prof']) {
    // Every process of the app writes a profile on exit; the Next server's is the largest.
    const dir = preloadHook(env, 'cpuProfileHook.cjs', 'BENCH_CPU_PROFILE_DIR', 'profiles', 'app')
    log(`CPU profiles of the app go to ${path.relative(ROOT, dir)} (summarise with: npx tsx bench/cpuProfile.ts <file> [requests])`)
  }
  if (args.timeline) timelineDir = preloadHook(env, 'timelineHook.cjs', 'BENCH_TIMELINE_DIR', 'timelines', 'bench')
  log(`Starting the app (npm start) on port ${ports.app} against ${dbName(articles)} ...`)
  let app = await startApp(ports.app, env)
  if (app.built) {
    log('  npm start rebuilt the app (sources changed meanwhile); starting again to time a start on an existing build')
    await app.stop()
    app = await startApp(ports.app, env)
  }
  log(`  first 200 after ${Math.round(app.startupMs)} ms`)
  try {
    return await fn({ tools, server, dbUrl: data.url, counter, app, ports })
  } finally {
    await app.stop()
    await counter.close()
  }
}

async function main(): Promise<number> {
  const began = Date.now()
  // The import scenario runs in a process and database of its own: alone, it needs no app, build or load tools.
  const needsApp = [...config.only].some((s) => s !== 'import')
  const tools = needsApp ? ensureTools() : undefined
  process.env.PAYLOAD_SECRET = BENCH_SECRET
  process.env.GLASSWORKS_DATA_DIR = path.join(BENCH_DATA, 'app')
  process.env.NEXT_DIST_DIR = 'bench/.data/next'
  delete process.env.DATABASE_URL
  const server = await startBenchPostgres()
  const pgVersion = await withClient(server.adminUrl, async (c) => (await c.query('SHOW server_version')).rows[0].server_version as string)
  const on = (s: Scenario) => config.only.has(s)
  const machine = { ...machineInfo(pgVersion), cpus: os.availableParallelism() }
  const save = (failure?: unknown) => {
    const report: Report = {
      date: new Date().toISOString().slice(0, 10),
      mode: quick ? 'quick' : 'full',
      only: args.only ? [...config.only] : undefined,
      articles: [config.articles, ...(config.grow ? [config.grow] : [])],
      machine,
      durationSeconds: (Date.now() - began) / 1000,
      rows: [...rows].sort((a, b) => parseFloat(a.id) - parseFloat(b.id) || a.id.localeCompare(b.id)),
      notes: [
        'wrk (2 threads, 64 connections) runs on the same 2 cores as the server it loads: absolute figures understate a real server, ratios to the baselines of the same run are what compare.',
        'SQL statements are counted on the wire (a protocol-level proxy between app and PostgreSQL); BEGIN/COMMIT count.',
        ...notes,
        ...(failure ? [`The run stopped early: ${(failure as Error).message ?? failure}`] : []),
      ],
    }
    return { report, files: writeReport(report) }
  }
  afterScenario = () => void save()
  try {
    if (needsApp) await withApp(
      server,
      config.articles,
      async (ctx) => {
        add({
          id: '8',
          scenario: 'Start-up: npm start to the first 200 (existing build)',
          figure: `${round(ctx.app.startupMs / 1000, 2)} s`,
          target: '< 10 s',
          met: ctx.app.startupMs < 10_000,
          data: { ms: ctx.app.startupMs },
        })
        const article = await pickArticle(ctx)
        // Before the load scenario: its 64 connections leave the server's heap at ~800 MiB, and
        // the collection that follows ran through the next ~110 REST reads (bench/README.md,
        // eleventh pass). What those cost is reported apart, after the load.
        if (on('rest')) await scenarioRest(ctx)
        const nginx = on('load') || on('publish') || on('lighthouse') ? await scenarioLoadOrProxy(ctx, article.slug, on('load')) : undefined
        try {
          if (on('rest') && on('load')) await scenarioRestAfterLoad(ctx)
          if (on('render')) await scenarioRender(ctx)
          if (on('search')) await scenarioSearch(ctx, config.articles, config.grow === undefined)
          if (on('lighthouse')) await scenarioLighthouse(ctx, nginx?.proxyUrl ?? ctx.app.url, article.slug)
          if (on('publish')) await scenarioPublish(ctx, nginx?.proxyUrl, article.slug)
          if (on('draft')) await scenarioDraft(ctx, [article.id])
          if (on('hostile')) await scenarioHostile(ctx.app.url, () => serverRssMiB(ctx.app).next, add)
        } finally {
          await nginx?.stop()
        }
        if (on('scale')) {
          const { freePort } = await import('../src/server/db/freePort')
          await scenarioScale({ tools: ctx.tools, dbUrl: ctx.dbUrl, seconds: config.seconds, slug: article.slug, freePort, add, note: (t) => notes.push(t) })
        }
      },
      tools!,
    )
    if (on('import')) await scenarioImport(server)
    if (config.grow && on('search')) {
      await withApp(server, config.grow, (ctx) => scenarioSearch(ctx, config.grow!, true), tools!, config.articles)
    }
  } catch (error) {
    save(error)
    throw error
  } finally {
    await server.stop()
  }
  const { report, files } = save()
  console.log(`\n${markdown(report)}`)
  log(`Written ${path.relative(ROOT, files.md)} and ${path.relative(ROOT, files.json)}.`)
  return 0
}

/** The load scenario, or just the proxy when only publish/lighthouse need it. */
async function scenarioLoadOrProxy(ctx: Ctx, slug: string, load: boolean) {
  if (load) return scenarioLoad(ctx, slug)
  return startNginx(ctx.tools.nginx, { appPort: ctx.ports.app, proxyPort: ctx.ports.proxy, staticPort: ctx.ports.static })
}

main().then(
  (code) => process.exit(code),
  (error) => {
    if (error instanceof MissingToolError) console.error(`\n[bench] ${error.message}\n`)
    else console.error('[bench] failed:', error)
    process.exit(1)
  },
)
