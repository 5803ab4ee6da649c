import { createLocalReq } from 'payload'
import { afterEach, describe, expect, inject, it } from 'vitest'

import { performAction } from '../../src/workflow/payload/transition'
import type { User } from '../../payload-types'
import { startApp, type RunningApp } from '../helpers/app'
import { checklistReadyArticle } from '../helpers/content'
import { usePayload } from '../helpers/payload'
import { createUser, ensureAdmin } from '../helpers/users'

const ctx = usePayload()
const apps: RunningApp[] = []
afterEach(async () => {
  await Promise.all(apps.splice(0).map((app) => app.stop()))
})

/** An app like `npm start` runs it: job queue on, here polled every second. */
async function appWithJobs() {
  const app = await startApp(inject('databaseUrl'), {
    GLASSWORKS_RUN_JOBS: 'true',
    GLASSWORKS_JOBS_CRON: '* * * * * *',
    MAIL_DIR: inject('mailDir'),
  })
  apps.push(app)
  return app
}

async function as(user: User, id: number, action: 'submit' | 'approve' | 'schedule' | 'withdraw', publishAt?: string) {
  const req = await createLocalReq({ user: { ...user, collection: 'users' } as never }, ctx.payload)
  const result = await performAction(req, 'articles', id, { action, publishAt })
  expect(result.status, `${action}: ${JSON.stringify(result.body)}`).toBe(200)
}

async function approvedArticle() {
  await ensureAdmin(ctx.payload)
  const editor = await createUser(ctx.payload, ['editor'])
  const reviewer = await createUser(ctx.payload, ['reviewer'])
  const doc = await ctx.payload.create({
    collection: 'articles',
    data: (await checklistReadyArticle(ctx.payload)) as never,
    draft: true,
    user: editor,
    overrideAccess: false,
  })
  await as(editor, doc.id, 'submit')
  await as(reviewer, doc.id, 'approve')
  return { doc, editor, reviewer }
}

const isLive = async (id: number) =>
  (await ctx.payload.count({ collection: 'articles', where: { id: { equals: id } }, overrideAccess: false }))
    .totalDocs === 1

async function waitUntilLive(id: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (await isLive(id)) return true
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  return isLive(id)
}

describe('scheduled publishing', () => {
  it('publishes on time inside the app, after the app was restarted, with no outside trigger', async () => {
    const { doc, reviewer } = await approvedArticle()
    const first = await appWithJobs()
    await as(reviewer, doc.id, 'schedule', new Date(Date.now() + 6_000).toISOString())
    await first.stop()
    apps.splice(apps.indexOf(first), 1)
    expect(await isLive(doc.id)).toBe(false)

    await appWithJobs()
    expect(await waitUntilLive(doc.id, 30_000)).toBe(true)
    const stored = await ctx.payload.findByID({ collection: 'articles', id: doc.id, draft: true })
    expect(stored.workflowState).toBe('published')
    const last = await ctx.payload.find({
      collection: 'workflow-events',
      where: { docId: { equals: doc.id } },
      sort: '-at',
      limit: 1,
    })
    expect(last.docs[0]).toMatchObject({ action: 'publish', actorName: 'scheduler', to: 'published' })
  })

  it('does not publish a schedule that was withdrawn', async () => {
    const { doc, editor, reviewer } = await approvedArticle()
    await as(reviewer, doc.id, 'schedule', new Date(Date.now() + 2_000).toISOString())
    await as(editor, doc.id, 'withdraw')
    await appWithJobs()
    await new Promise((resolve) => setTimeout(resolve, 5_000))
    expect(await isLive(doc.id)).toBe(false)
    expect((await ctx.payload.findByID({ collection: 'articles', id: doc.id, draft: true })).workflowState).toBe(
      'draft',
    )
  })

  it('refuses a publish date in the past', async () => {
    const { doc, reviewer } = await approvedArticle()
    const req = await createLocalReq({ user: { ...reviewer, collection: 'users' } as never }, ctx.payload)
    const result = await performAction(req, 'articles', doc.id, {
      action: 'schedule',
      publishAt: new Date(Date.now() - 60_000).toISOString(),
    })
    expect(result.status).toBe(400)
  })
})
