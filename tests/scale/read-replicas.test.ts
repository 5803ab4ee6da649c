import type { Payload } from 'payload'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { ensureDatabase, withDatabase } from '../../src/server/db/embedded'
import { closePayload } from '../../src/server/payload-lifecycle'
import { migrateDatabase, payloadFor } from '../helpers/migrate'
import { approvedArticle, eventually } from '../helpers/scheduling'
import { draftArticleBy } from '../helpers/content'
import { createUser, ensureAdmin, TEST_PASSWORD } from '../helpers/users'
import { startInstance, useCluster, type Member } from './cluster'
import { startReplicatedDatabase, type ReplicatedDatabase } from './replica'
import { startWireTap, type WireTap } from './wireTap'

/*
 * An app instance with a streaming read replica (DATABASE_REPLICA_URLS), reaching each server
 * through a wire tap that records the statements it sends. Replay on the replica is paused to
 * make it lag on purpose: the editor still reads what they saved (from the primary), visitors
 * are served from the replica (no statement of a page or a search reaches the primary), and a
 * publish shows once the replica has caught up.
 */
const cluster = useCluster()
let replicated: ReplicatedDatabase
let url: string
let payload: Payload
let primaryTap: WireTap
let replicaTap: WireTap
let app: Member

const throughTap = (target: string, tap: WireTap) => {
  const parsed = new URL(target)
  parsed.port = String(tap.port)
  return parsed.toString()
}

beforeAll(async () => {
  replicated = await startReplicatedDatabase((message) => console.log(`[replica-setup] ${message}`))
  await ensureDatabase(replicated.primary.adminUrl, 'gw_replicas')
  url = withDatabase(replicated.primary.adminUrl, 'gw_replicas')
  await migrateDatabase(url)
  payload = await payloadFor(url)
  primaryTap = await startWireTap(Number(new URL(url).port))
  replicaTap = await startWireTap(Number(new URL(replicated.replicaUrlFor(url)).port))
  // One instance for the file's tests. Its job cron ticks every second (cluster.ts) without
  // running jobs, as a web instance beside a worker does.
  app = await cluster.addForFile(
    startInstance('app with replica', throughTap(url, primaryTap), {
      DATABASE_REPLICA_URLS: throughTap(replicated.replicaUrlFor(url), replicaTap),
      DATABASE_REPLICA_WAIT_MS: '30000',
      GLASSWORKS_RUN_JOBS: 'false',
    }),
  )
})
afterAll(async () => {
  // Before its database goes (the cluster's own check of its log runs after this hook).
  await app?.stop()
  if (payload) await closePayload(payload)
  await primaryTap?.close()
  await replicaTap?.close()
  await replicated?.stop()
})

async function signIn(email: string): Promise<string> {
  const response = await fetch(`${app.url}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: TEST_PASSWORD }),
  })
  expect(response.status).toBe(200)
  return ((await response.json()) as { token: string }).token
}

const call = (path: string, token: string, method = 'GET', body?: unknown) =>
  fetch(`${app.url}${path}`, {
    method,
    headers: { authorization: `JWT ${token}`, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  })

async function onReplica<T extends pg.QueryResultRow>(sql: string, values: unknown[]): Promise<T[]> {
  const client = new pg.Client({ connectionString: replicated.replicaUrlFor(url) })
  await client.connect()
  try {
    return (await client.query<T>(sql, values)).rows
  } finally {
    await client.end()
  }
}

/*
 * What may reach the primary while visitors are served: the proxy's redirect table, reloaded
 * once after each published change (src/site/data/redirects.ts getRedirects, not per request),
 * and the publish's own wait for the replicas (the primary's WAL position). Nothing else: no
 * read of a page or a search, and no job-queue bookkeeping from this web instance's cron.
 */
const unexpected = (sql: string) => !/ from "redirects" "redirects"|pg_current_wal_lsn\(\)/.test(sql)

describe('read replicas', () => {
  it('lets the editor read back what they just saved while the replica lags behind', async () => {
    await ensureAdmin(payload)
    const editor = await createUser(payload, ['editor'])
    const doc = await draftArticleBy(payload, editor)
    const token = await signIn(editor.email)
    await replicated.pauseReplay()
    try {
      const title = `Saved while the replica lags ${Date.now()}`
      const saved = await call(`/api/articles/${doc.id}?draft=true`, token, 'PATCH', { title })
      expect(saved.status, await saved.clone().text()).toBe(200)
      // The editor's reads are not visitor reads: the primary, however recent the write.
      replicaTap.clear()
      const read = await call(`/api/articles/${doc.id}?draft=true&depth=0`, token)
      expect(((await read.json()) as { title: string }).title).toBe(title)
      expect(replicaTap.statements()).toEqual([])
      // The replica really is behind: it has not seen the save.
      const latest = await onReplica<{ title: string }>(
        'SELECT version_title AS title FROM _articles_v WHERE parent_id = $1 ORDER BY updated_at DESC LIMIT 1',
        [doc.id],
      )
      expect(latest[0]?.title).not.toBe(title)
    } finally {
      await replicated.resumeReplay()
    }
  })

  it('serves visitors from the replica and shows a publish once the replica has it', async () => {
    const { doc, reviewer } = await approvedArticle(payload)
    const token = await signIn(reviewer.email)
    const path = `/blog/${doc.slug}`
    expect((await fetch(`${app.url}${path}`)).status).toBe(404)

    await replicated.pauseReplay()
    let resumed = false
    try {
      expect((await call(`/api/articles/${doc.id}/workflow`, token, 'POST', { action: 'publish' })).status).toBe(200)
      // Published on the primary, not yet on the replica the page reads: the page, re-rendered
      // now that the publish expired it (maybe after answering, in the background), reads the
      // replica and is still the 404; none of its reads, nor a search's, went to the primary.
      primaryTap.clear()
      replicaTap.clear()
      expect((await fetch(`${app.url}${path}`)).status).toBe(404)
      const readArticles = () => replicaTap.statements().some((sql) => / from "articles"/.test(sql))
      expect(await eventually(async () => readArticles(), 10_000, 50)).toBe(true)
      expect((await fetch(`${app.url}${path}`)).status).toBe(404)
      expect((await fetch(`${app.url}/search?q=glass`)).status).toBe(200)
      expect(replicaTap.statements().some((sql) => /websearch_to_tsquery/.test(sql))).toBe(true)
      expect(primaryTap.statements().filter(unexpected)).toEqual([])

      await replicated.resumeReplay()
      resumed = true
      const deadline = Date.now() + 10_000
      let status = 0
      while (Date.now() < deadline && (status = (await fetch(`${app.url}${path}`)).status) !== 200) {
        await new Promise((resolve) => setTimeout(resolve, 100))
      }
      expect(status).toBe(200)
    } finally {
      if (!resumed) await replicated.resumeReplay()
    }
  })
})
