import { createLocalReq, type Payload } from 'payload'
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest'

import { performAction } from '../../src/workflow/payload/transition'
import type { User } from '../../payload-types'
import { idOf } from '../../src/shared/canonical'
import { dropDatabase } from '../../src/server/db/admin'
import { ensureDatabase, withDatabase } from '../../src/server/db/embedded'
import { closePayload } from '../../src/server/payload-lifecycle'
import { startApp, type RunningApp } from '../helpers/app'
import { checklistReadyArticle } from '../helpers/content'
import { readMails } from '../helpers/mail'
import { migrateDatabase, payloadFor } from '../helpers/migrate'
import { reviewFellDue } from '../helpers/scheduling'
import { createUser, ensureAdmin } from '../helpers/users'

/*
 * Its own database: the run's shared app also runs the job queue (as `npm start` does), and
 * here only the apps these tests start may pick the jobs up.
 */
const database = `gw_sched_${process.pid}_${Date.now()}`
let databaseUrl = ''
const ctx = {} as { payload: Payload }

beforeAll(async () => {
  await ensureDatabase(inject('adminDatabaseUrl'), database)
  databaseUrl = withDatabase(inject('adminDatabaseUrl'), database)
  await migrateDatabase(databaseUrl)
  ctx.payload = await payloadFor(databaseUrl)
})
afterAll(async () => {
  if (ctx.payload) await closePayload(ctx.payload)
  await dropDatabase(inject('adminDatabaseUrl'), database)
})

const apps: RunningApp[] = []
afterEach(async () => {
  await Promise.all(apps.splice(0).map((app) => app.stop()))
})

/** An app like `npm start` runs it: job queue on, here polled every second. */
async function appWithJobs(env: Record<string, string> = {}, firstRequest?: string) {
  const app = await startApp(
    databaseUrl,
    { GLASSWORKS_RUN_JOBS: 'true', GLASSWORKS_JOBS_CRON: '* * * * * *', MAIL_DIR: inject('mailDir'), ...env },
    { firstRequest },
  )
  apps.push(app)
  return app
}

type Act = 'submit' | 'approve' | 'schedule' | 'withdraw' | 'publish' | 'take-down' | 'sign-off'

async function as(user: User, id: number, action: Act, at?: string) {
  const req = await createLocalReq({ user: { ...user, collection: 'users' } as never }, ctx.payload)
  const result = await performAction(req, 'articles', id, {
    action,
    publishAt: action === 'schedule' ? at : undefined,
    unpublishAt: action === 'take-down' ? at : undefined,
  })
  expect(result.status, `${action}: ${JSON.stringify(result.body)}`).toBe(200)
}

async function approvedArticle(overrides: Record<string, unknown> = {}) {
  await ensureAdmin(ctx.payload)
  const editor = await createUser(ctx.payload, ['editor'])
  const reviewer = await createUser(ctx.payload, ['reviewer'], 'Rae Reviewer')
  const doc = await ctx.payload.create({
    collection: 'articles',
    data: (await checklistReadyArticle(ctx.payload, overrides)) as never,
    draft: true,
    user: editor,
    overrideAccess: false,
  })
  await as(editor, doc.id, 'submit')
  return { doc, editor, reviewer }
}

const isLive = async (id: number) =>
  (await ctx.payload.count({ collection: 'articles', where: { id: { equals: id } }, overrideAccess: false }))
    .totalDocs === 1

async function waitFor(check: () => Promise<boolean>, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (await check()) return true
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  return check()
}

const soon = (ms: number) => new Date(Date.now() + ms).toISOString()

async function lastEvent(id: number) {
  const last = await ctx.payload.find({ collection: 'workflow-events', where: { docId: { equals: id } }, sort: '-at', limit: 1 })
  return last.docs[0]
}

describe('scheduled publishing', () => {
  it('publishes on time inside the app, after the app was restarted, with no outside trigger', async () => {
    const { doc, reviewer } = await approvedArticle()
    await as(reviewer, doc.id, 'approve')
    const first = await appWithJobs()
    await as(reviewer, doc.id, 'schedule', soon(6_000))
    await first.stop()
    apps.splice(apps.indexOf(first), 1)
    expect(await isLive(doc.id)).toBe(false)

    await appWithJobs()
    expect(await waitFor(() => isLive(doc.id), 30_000)).toBe(true)
    const stored = await ctx.payload.findByID({ collection: 'articles', id: doc.id, draft: true })
    expect(stored.workflowState).toBe('published')
    expect(await lastEvent(doc.id)).toMatchObject({ action: 'publish', actorName: 'scheduler', to: 'published' })
  })

  it('goes live on its own, page included, when the server’s first request was the admin login page', async () => {
    // The queue's timer then runs inside that render's context, where Next forbids revalidation.
    const app = await appWithJobs({}, '/admin/login')
    const { doc, reviewer } = await approvedArticle()
    expect((await fetch(`${app.url}/blog/${doc.slug}`)).status).toBe(404)
    await as(reviewer, doc.id, 'schedule', soon(3_000))
    expect(await waitFor(() => isLive(doc.id), 30_000)).toBe(true)
    expect(await waitFor(async () => (await fetch(`${app.url}/blog/${doc.slug}`)).status === 200, 10_000)).toBe(true)
    expect(await lastEvent(doc.id)).toMatchObject({ action: 'publish', actorName: 'scheduler' })
  })

  it('does not publish a schedule that was withdrawn', async () => {
    const { doc, editor, reviewer } = await approvedArticle()
    await as(reviewer, doc.id, 'schedule', soon(2_000))
    await as(editor, doc.id, 'withdraw')
    await appWithJobs()
    await new Promise((resolve) => setTimeout(resolve, 5_000))
    expect(await isLive(doc.id)).toBe(false)
    expect((await ctx.payload.findByID({ collection: 'articles', id: doc.id, draft: true })).workflowState).toBe('draft')
  })

  it('refuses a publish date in the past', async () => {
    const { doc, reviewer } = await approvedArticle()
    const req = await createLocalReq({ user: { ...reviewer, collection: 'users' } as never }, ctx.payload)
    const result = await performAction(req, 'articles', doc.id, { action: 'schedule', publishAt: soon(-60_000) })
    expect(result.status).toBe(400)
  })

  it('reports a schedule the workflow refuses at release: the reason on the document, the audit trail and an email to the reviewer', async () => {
    const { doc, reviewer } = await approvedArticle()
    await as(reviewer, doc.id, 'schedule', soon(3_000))
    // While it waits, someone deletes its hero image: it may no longer go live.
    await ctx.payload.delete({ collection: 'media', id: idOf(doc.heroImage) as number })
    await appWithJobs()
    const issue = async () =>
      (await ctx.payload.findByID({ collection: 'articles', id: doc.id, draft: true })).scheduleIssue ?? ''
    expect(await waitFor(async () => (await issue()).length > 0, 30_000)).toBe(true)
    expect(await issue()).toMatch(/Not published: .*Add a hero image\./)
    expect(await isLive(doc.id)).toBe(false)
    expect(await lastEvent(doc.id)).toMatchObject({ action: 'schedule-failed', actorName: 'scheduler' })
    // The notice is mailed after the reason and the event are stored: wait for it as well.
    const mail = () => readMails().find((m) => m.includes(`To: ${reviewer.email}`) && m.includes('Scheduled publish failed'))
    expect(await waitFor(async () => mail() !== undefined, 10_000)).toBe(true)
    expect(mail()).toContain('Add a hero image.')
  })

  it('takes published content down at the time a reviewer set', async () => {
    const { doc, reviewer } = await approvedArticle()
    await as(reviewer, doc.id, 'publish')
    expect(await isLive(doc.id)).toBe(true)
    await as(reviewer, doc.id, 'take-down', soon(3_000))
    const app = await appWithJobs()
    expect(await waitFor(async () => !(await isLive(doc.id)), 30_000)).toBe(true)
    const stored = await ctx.payload.findByID({ collection: 'articles', id: doc.id, draft: true })
    expect(stored).toMatchObject({ workflowState: 'unpublished', unpublishAt: null })
    expect(await lastEvent(doc.id)).toMatchObject({ action: 'unpublish', actorName: 'scheduler', to: 'unpublished' })
    expect(await waitFor(async () => (await fetch(`${app.url}/blog/${doc.slug}`)).status === 404, 10_000)).toBe(true)
  })

  it('takes a medical page down on its own once its re-review is overdue by the set days, only with the setting on', async () => {
    await ensureAdmin(ctx.payload)
    const medic = await ctx.payload.update({
      collection: 'users',
      id: (await createUser(ctx.payload, ['medical-reviewer'], 'Dr Min Park')).id,
      data: { credentials: 'MD' },
    })
    /** A signed-off medical article, live, whose re-review fell due `daysAgo` days ago. */
    const liveWithReviewDue = async (daysAgo: number) => {
      const { doc, reviewer } = await approvedArticle({ medical: true })
      await as(medic, doc.id, 'sign-off')
      await as(reviewer, doc.id, 'publish')
      // Time passing, as the sign-off's due date records it (the only arrangement done by hand).
      await reviewFellDue(ctx.payload, doc.id, daysAgo)
      return doc
    }
    const overdue = await liveWithReviewDue(10)
    const recent = await liveWithReviewDue(2)
    const status = async (app: RunningApp, slug: string) => (await fetch(`${app.url}/blog/${slug}`)).status
    // The check runs every second here instead of hourly.
    const everySecond = { GLASSWORKS_OVERDUE_REVIEW_CRON: '* * * * * *' }

    // The apps before queued the hourly check for the top of the hour, and Payload queues no
    // other run of a scheduled task while one waits: clear it so the per-second schedule applies.
    await ctx.payload.delete({ collection: 'payload-jobs', where: { taskSlug: { equals: 'take-down-overdue-reviews' } } })

    // Without the setting the job runs and leaves everything online.
    const off = await appWithJobs(everySecond)
    expect(await status(off, overdue.slug)).toBe(200)
    // Payload deletes a completed job and queues the next run only once the last one is done:
    // a second job id, or a second scheduling time in its job stats, means the first one ran
    // through. (The runner queues and runs it in the same tick, so a job can come and go
    // between two looks; the stats keep the last scheduling time.)
    const seenJobs = new Set<number>()
    const seenSchedules = new Set<string>()
    const ranTwice = async () => {
      const jobs = await ctx.payload.find({
        collection: 'payload-jobs',
        where: { taskSlug: { equals: 'take-down-overdue-reviews' } },
        depth: 0,
      })
      for (const job of jobs.docs) seenJobs.add(job.id as number)
      const stats = (await ctx.payload.findGlobal({ slug: 'payload-jobs-stats' as never })) as {
        stats?: { scheduledRuns?: { queues?: Record<string, { tasks?: Record<string, { lastScheduledRun?: string }> }> } }
      }
      const last = Object.values(stats.stats?.scheduledRuns?.queues ?? {})
        .map((q) => q.tasks?.['take-down-overdue-reviews']?.lastScheduledRun)
        .find(Boolean)
      if (last) seenSchedules.add(last)
      return seenJobs.size >= 2 || seenSchedules.size >= 2
    }
    expect(await waitFor(ranTwice, 60_000)).toBe(true)
    expect(await status(off, overdue.slug)).toBe(200)
    await off.stop()
    apps.splice(apps.indexOf(off), 1)

    // With it, the overdue page goes away for visitors, nobody acting; the recent one stays.
    const on = await appWithJobs({ ...everySecond, UNPUBLISH_OVERDUE_REVIEW_DAYS: '7' })
    expect(await waitFor(async () => (await status(on, overdue.slug)) === 404, 30_000)).toBe(true)
    expect(await status(on, recent.slug)).toBe(200)
    expect(await isLive(recent.id)).toBe(true)
    expect((await ctx.payload.findByID({ collection: 'articles', id: overdue.id, draft: true })).workflowState).toBe(
      'unpublished',
    )
    expect(await lastEvent(overdue.id)).toMatchObject({
      action: 'unpublish',
      actorName: 'scheduler',
      note: 'Taken down: its medical re-review is more than 7 days overdue.',
    })
  }, 180_000)
})
