import pg from 'pg'
import { describe, expect, inject, it } from 'vitest'

import { recoverStaleJobs } from '../../src/server/jobs/recovery'
import { usePayload } from '../helpers/payload'
import { actAs, approvedArticle, eventually, isLive } from '../helpers/scheduling'
import { startInstance, startWorker, useCluster } from './cluster'

/*
 * The job queue with more than one process: app instances that never run jobs, one worker that
 * does, and what is left behind when a runner dies. Scheduled publishing is the job.
 */
const ctx = usePayload()
const cluster = useCluster()
const db = () => inject('databaseUrl')
const soon = (ms: number) => new Date(Date.now() + ms).toISOString()

const publishEvents = async (id: number) =>
  (
    await ctx.payload.count({
      collection: 'workflow-events',
      where: { and: [{ docId: { equals: id } }, { action: { equals: 'publish' } }] },
    })
  ).totalDocs

async function jobFor(id: number) {
  const found = await ctx.payload.find({
    collection: 'payload-jobs',
    where: { 'input.id': { equals: id } },
    sort: '-createdAt',
    limit: 1,
  })
  expect(found.docs, `a publish job for article ${id}`).toHaveLength(1)
  return found.docs[0]!
}

/** Jobs for the article that have not finished (Payload deletes a job once it succeeds). */
const unfinishedJobs = async (id: number) =>
  (
    await ctx.payload.count({
      collection: 'payload-jobs',
      where: { and: [{ 'input.id': { equals: id } }, { completedAt: { exists: false } }] },
    })
  ).totalDocs
const finished = (id: number) => eventually(async () => (await unfinishedJobs(id)) === 0, 10_000)

const runs = (logs: string) => (logs.match(/Running \d+ jobs/g) ?? []).length

describe('one job worker', () => {
  it('runs a scheduled publish exactly once, in the worker, with two app instances up', async () => {
    const [a, b] = await Promise.all([
      cluster.add(startInstance('app A', db(), { GLASSWORKS_RUN_JOBS: 'false' })),
      cluster.add(startInstance('app B', db(), { GLASSWORKS_RUN_JOBS: 'false' })),
    ])
    const worker = await cluster.add(startWorker('worker', db(), { GLASSWORKS_APP_URL: a.url }))
    const { doc, reviewer } = await approvedArticle(ctx.payload)
    await actAs(ctx.payload, reviewer, doc.id, 'schedule', soon(2_000))

    expect(await eventually(() => isLive(ctx.payload, doc.id), 30_000)).toBe(true)
    // Give any second runner the chance to run it again.
    await new Promise((resolve) => setTimeout(resolve, 3_000))
    expect(await publishEvents(doc.id)).toBe(1)
    expect(await finished(doc.id)).toBe(true)
    expect(runs(worker.logs())).toBeGreaterThan(0)
    expect(runs(a.logs()) + runs(b.logs())).toBe(0)
  })

  it('lets only one of two processes configured to run jobs run them; the other takes over when it dies', async () => {
    // Started side by side: whichever takes the lock first runs the queue, the other stands by.
    const workers = await Promise.all([cluster.add(startWorker('worker 1', db())), cluster.add(startWorker('worker 2', db()))])
    await Promise.all(workers.map((worker) => worker.waitForLog(/This process runs the job queue|stands by/)))
    const first = workers.find((worker) => /This process runs the job queue/.test(worker.logs()))!
    const second = workers.find((worker) => worker !== first)!
    expect(first, 'one worker holding the lock').toBeDefined()
    expect(second.logs()).toMatch(/stands by/)
    expect(second.logs()).not.toMatch(/This process runs the job queue/)

    const one = await approvedArticle(ctx.payload)
    await actAs(ctx.payload, one.reviewer, one.doc.id, 'schedule', soon(1_500))
    expect(await eventually(() => isLive(ctx.payload, one.doc.id), 30_000)).toBe(true)
    expect(runs(first.logs())).toBeGreaterThan(0)
    expect(runs(second.logs())).toBe(0)

    await first.kill()
    const two = await approvedArticle(ctx.payload)
    await actAs(ctx.payload, two.reviewer, two.doc.id, 'schedule', soon(1_500))
    await second.waitForLog(/This process runs the job queue/, 30_000)
    expect(await eventually(() => isLive(ctx.payload, two.doc.id), 30_000)).toBe(true)
    expect(await finished(two.doc.id)).toBe(true)
    expect(await publishEvents(one.doc.id)).toBe(1)
    expect(await publishEvents(two.doc.id)).toBe(1)
  })

  it('completes a job whose worker was killed in the middle of it, and one claimed but never started, once a worker runs again', async () => {
    const { doc, reviewer } = await approvedArticle(ctx.payload)
    const worker = await cluster.add(startWorker('worker', db()))
    await worker.waitForLog(/This process runs the job queue/)

    await actAs(ctx.payload, reviewer, doc.id, 'schedule', soon(4_000))
    // Hold the article's row so the job blocks halfway: claimed, document read, not yet written.
    const blocker = new pg.Client({ connectionString: db() })
    await blocker.connect()
    try {
      await blocker.query('BEGIN')
      await blocker.query('SELECT id FROM articles WHERE id = $1 FOR UPDATE', [doc.id])
      const waiting = async () =>
        Number(
          (
            await blocker.query(
              `SELECT count(*) AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`,
            )
          ).rows[0].n,
        ) > 0
      expect(await eventually(waiting, 30_000), 'the job to wait on the article row').toBe(true)
      expect((await jobFor(doc.id)).processing).toBe(true)
      await worker.kill()
    } finally {
      await blocker.query('ROLLBACK')
      await blocker.end()
    }
    // Nothing runs it while no runner is up: still claimed by the dead worker.
    expect((await jobFor(doc.id)).processing).toBe(true)
    expect(await isLive(ctx.payload, doc.id)).toBe(false)
    // And what a runner that died right after claiming, before starting, leaves behind.
    const claimed = await approvedArticle(ctx.payload)
    await actAs(ctx.payload, claimed.reviewer, claimed.doc.id, 'schedule', soon(500))
    await ctx.payload.update({ collection: 'payload-jobs', id: (await jobFor(claimed.doc.id)).id, data: { processing: true } })

    const restarted = await cluster.add(startWorker('restarted worker', db()))
    await restarted.waitForLog(/Released 2 job/)
    expect(await eventually(() => isLive(ctx.payload, doc.id), 30_000)).toBe(true)
    expect(await eventually(() => isLive(ctx.payload, claimed.doc.id), 30_000)).toBe(true)
    expect(await finished(claimed.doc.id)).toBe(true)
    expect(await publishEvents(claimed.doc.id)).toBe(1)
    // The job's audit row is written after the document: count once the job has finished.
    expect(await finished(doc.id)).toBe(true)
    expect(await publishEvents(doc.id)).toBe(1)
  })

  it('sweeps only claims older than the limit while the runner is up', async () => {
    const old = await approvedArticle(ctx.payload)
    const fresh = await approvedArticle(ctx.payload)
    await actAs(ctx.payload, old.reviewer, old.doc.id, 'schedule', soon(3_600_000))
    await actAs(ctx.payload, fresh.reviewer, fresh.doc.id, 'schedule', soon(3_600_000))
    const oldJob = await jobFor(old.doc.id)
    const freshJob = await jobFor(fresh.doc.id)
    for (const job of [oldJob, freshJob]) {
      await ctx.payload.update({ collection: 'payload-jobs', id: job.id, data: { processing: true } })
    }
    const sql = new pg.Client({ connectionString: db() })
    await sql.connect()
    try {
      await sql.query(`UPDATE payload_jobs SET updated_at = now() - interval '1 hour' WHERE id = $1`, [oldJob.id])
    } finally {
      await sql.end()
    }
    const released = await recoverStaleJobs(ctx.payload, { olderThan: new Date(Date.now() - 10 * 60_000) })
    expect(released).toContain(Number(oldJob.id))
    expect(released).not.toContain(Number(freshJob.id))
    expect((await jobFor(fresh.doc.id)).processing).toBe(true)
    await ctx.payload.delete({ collection: 'payload-jobs', where: { id: { in: [oldJob.id, freshJob.id] } } })
  })
})
