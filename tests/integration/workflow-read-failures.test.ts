import pg from 'pg'
import { createLocalReq, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import type { User } from '../../payload-types'
import { dropDatabase } from '../../src/server/db/admin'
import { ensureDatabase, withDatabase } from '../../src/server/db/embedded'
import { closePayload } from '../../src/server/payload-lifecycle'
import { describeWorkflow } from '../../src/workflow/payload/describe'
import { performAction } from '../../src/workflow/payload/transition'
import { migrateDatabase, payloadFor } from '../helpers/migrate'
import { actAs, approvedArticle } from '../helpers/scheduling'

/*
 * A read that fails is an error, never "not found", "gone" or "missing alt text". The reads
 * fail for a real reason: the table they read is renamed away in a database of this file's
 * own (so nothing else sees it), and renamed back afterwards.
 */

const adminUrl = inject('adminDatabaseUrl')
const database = `gw_read_failures_${process.pid}_${Date.now()}`
const url = withDatabase(adminUrl, database)
let payload: Payload

beforeAll(async () => {
  await ensureDatabase(adminUrl, database)
  await migrateDatabase(url)
  payload = await payloadFor(url)
})

afterAll(async () => {
  if (payload) await closePayload(payload)
  await dropDatabase(adminUrl, database)
})

/** Run `during` while `table` does not exist (PostgreSQL answers "relation does not exist"). */
async function withoutTable<T>(table: string, during: () => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  const hidden = `${table}_hidden`
  try {
    await client.query(`ALTER TABLE ${pg.escapeIdentifier(table)} RENAME TO ${pg.escapeIdentifier(hidden)}`)
    try {
      return await during()
    } finally {
      await client.query(`ALTER TABLE ${pg.escapeIdentifier(hidden)} RENAME TO ${pg.escapeIdentifier(table)}`)
    }
  } finally {
    await client.end()
  }
}

const requestAs = (user: User) => createLocalReq({ user: { ...user, collection: 'users' } as never }, payload)

/** An approved article scheduled 1.5 s ahead, once that time has passed: its publish job is due. */
async function scheduledAndDue() {
  const { doc, reviewer } = await approvedArticle(payload)
  const publishAt = new Date(Date.now() + 1_500).toISOString()
  await actAs(payload, reviewer, doc.id, 'schedule', publishAt)
  const { docs } = await payload.find({
    collection: 'payload-jobs',
    where: { and: [{ taskSlug: { equals: 'publish-scheduled' } }, { 'input.id': { equals: doc.id } }] },
    limit: 1,
  })
  await new Promise((resolve) => setTimeout(resolve, Date.parse(publishAt) - Date.now() + 100))
  return { doc, jobId: docs[0]!.id }
}

describe('workflow reads that fail', () => {
  it('a failed read of the hero image is an error, not "add alt text" (422)', async () => {
    const { doc, reviewer } = await approvedArticle(payload)
    const attempt = withoutTable('media', async () =>
      performAction(await requestAs(reviewer), 'articles', doc.id, { action: 'publish' }),
    )
    await expect(attempt).rejects.toThrow(/media/)
    // With the table back, the same action goes through: nothing was missing from the content.
    const result = await performAction(await requestAs(reviewer), 'articles', doc.id, { action: 'publish' })
    expect(result.status, JSON.stringify(result.body)).toBe(200)
  })

  it('a failed read of the document is an error for the panel and the action, not 404', async () => {
    const { doc, reviewer } = await approvedArticle(payload)
    await withoutTable('_articles_v', async () => {
      await expect(describeWorkflow(await requestAs(reviewer), 'articles', doc.id)).rejects.toThrow(/_articles_v/)
      await expect(performAction(await requestAs(reviewer), 'articles', doc.id, { action: 'publish' })).rejects.toThrow(
        /_articles_v/,
      )
    })
    expect((await describeWorkflow(await requestAs(reviewer), 'articles', doc.id)).status).toBe(200)
  })

  it('a document that does not exist is still 404 for both', async () => {
    const { reviewer } = await approvedArticle(payload)
    expect((await describeWorkflow(await requestAs(reviewer), 'articles', 987_654_321)).status).toBe(404)
    const result = await performAction(await requestAs(reviewer), 'articles', 987_654_321, { action: 'publish' })
    expect(result).toMatchObject({ status: 404, body: { error: 'not-found' } })
  })

  it('a failed read in the scheduled publish fails the job, which is retried and publishes', async () => {
    const { doc, jobId } = await scheduledAndDue()

    await withoutTable('_articles_v', () => payload.jobs.runByID({ id: jobId, silent: true }))
    const failed = await payload.findByID({ collection: 'payload-jobs', id: jobId })
    // Not completed as "gone": the attempt failed and a retry is due.
    expect(failed.completedAt ?? null).toBeNull()
    expect(failed.hasError).not.toBe(true)
    expect(failed.totalTried).toBe(1)
    expect(JSON.stringify(failed.log)).toMatch(/_articles_v/)
    const stateNow = (await payload.findByID({ collection: 'articles', id: doc.id, draft: true, depth: 0 }))
      .workflowState
    expect(stateNow).toBe('scheduled')

    await payload.jobs.runByID({ id: jobId, silent: true })
    // A completed job is deleted (Payload's deleteJobOnComplete); the document says what it did.
    expect(await payload.findByID({ collection: 'payload-jobs', id: jobId, disableErrors: true })).toBeNull()
    const published = await payload.findByID({ collection: 'articles', id: doc.id, draft: true, depth: 0 })
    expect(published.workflowState).toBe('published')
  })
})

describe('writes of the scheduled publish', () => {
  it('publishes the article and writes its audit row together, or neither, and the retry does both', async () => {
    const { doc, jobId } = await scheduledAndDue()
    const events = async () =>
      (
        await payload.find({
          collection: 'workflow-events',
          where: {
            and: [
              { docId: { equals: doc.id } },
              { collectionSlug: { equals: 'articles' } },
              { action: { equals: 'publish' } },
            ],
          },
          depth: 0,
        })
      ).totalDocs

    // The audit trail cannot be written: the article must not go live without its event.
    await withoutTable('workflow_events', () => payload.jobs.runByID({ id: jobId, silent: true }))
    const afterFailure = await payload.findByID({ collection: 'articles', id: doc.id, draft: true, depth: 0 })
    expect(afterFailure.workflowState).toBe('scheduled')
    expect(afterFailure._status).not.toBe('published')
    expect(await events()).toBe(0)

    await payload.jobs.runByID({ id: jobId, silent: true })
    const published = await payload.findByID({ collection: 'articles', id: doc.id, draft: true, depth: 0 })
    expect(published.workflowState).toBe('published')
    expect(await events()).toBe(1)
  })
})
