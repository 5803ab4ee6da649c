import { createClient } from 'redis'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { inject } from 'vitest'

import { unique, usePayload } from '../helpers/payload'
import { approvedArticle, eventually } from '../helpers/scheduling'
import { TEST_PASSWORD } from '../helpers/users'
import { startInstance, useCluster, type Member } from './cluster'

/*
 * Two app instances sharing Redis (the machine's, on 127.0.0.1:6379, under a key prefix of
 * this run's own): what one instance expires, the other stops serving within a second.
 */
const REDIS_URL = process.env.TEST_REDIS_URL || 'redis://127.0.0.1:6379'
const prefix = `gw-test-${process.pid}-${Date.now().toString(36)}:`
const redisEnv = {
  REDIS_URL,
  REDIS_KEY_PREFIX: prefix,
  // The shared machine Redis is not ours to reconfigure; production sets notify-keyspace-events
  // (docker-compose.yml), which only trims the handler's in-memory tag map on expiry.
  SKIP_KEYSPACE_CONFIG_CHECK: 'true',
  GLASSWORKS_RUN_JOBS: 'false',
}

const ctx = usePayload()
const cluster = useCluster()
const db = () => inject('databaseUrl')
// Two instances for the file's tests, started side by side.
let a: Member
let b: Member
beforeAll(async () => {
  ;[a, b] = await Promise.all([
    cluster.addForFile(startInstance('app A', db(), redisEnv)),
    cluster.addForFile(startInstance('app B', db(), redisEnv)),
  ])
})

afterAll(async () => {
  const redis = createClient({ url: REDIS_URL })
  await redis.connect()
  try {
    for await (const key of redis.scanIterator({ MATCH: `${prefix}*`, COUNT: 500 })) await redis.unlink(key)
  } finally {
    await redis.quit()
  }
})

async function signIn(app: Member, email: string): Promise<string> {
  const response = await fetch(`${app.url}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: TEST_PASSWORD }),
  })
  expect(response.status, `log-in of ${email}`).toBe(200)
  return ((await response.json()) as { token: string }).token
}

async function send(app: Member, path: string, token: string, body: unknown): Promise<Response> {
  return fetch(`${app.url}${path}`, {
    method: 'POST',
    headers: { authorization: `JWT ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  })
}

const status = async (app: Member, path: string) =>
  (await fetch(`${app.url}${path}`, { redirect: 'manual', signal: AbortSignal.timeout(10_000) })).status

/** Milliseconds until `path` on `app` answers `expected`, polled every 25 ms for up to 5 s. */
async function msUntil(app: Member, path: string, expected: number): Promise<number> {
  const started = Date.now()
  while (Date.now() - started < 5_000) {
    if ((await status(app, path)) === expected) return Date.now() - started
    await new Promise((resolve) => setTimeout(resolve, 25))
  }
  throw new Error(`${app.name} did not answer ${expected} for ${path} within 5 s`)
}

describe('a shared Next cache in Redis', () => {
  it('serves a page published through instance A from instance B within a second, and stops after an unpublish', async () => {
    const { doc, reviewer } = await approvedArticle(ctx.payload)
    const token = await signIn(a, reviewer.email)
    const path = `/blog/${doc.slug}`

    // B renders and caches the missing page first.
    expect(await status(b, path)).toBe(404)
    expect(await status(b, path)).toBe(404)

    expect((await send(a, `/api/articles/${doc.id}/workflow`, token, { action: 'publish' })).status).toBe(200)
    expect(await msUntil(b, path, 200)).toBeLessThan(1_000)
    const cached = await fetch(`${b.url}${path}`)
    expect(cached.headers.get('x-nextjs-cache')).toBe('HIT')

    expect((await send(a, `/api/articles/${doc.id}/workflow`, token, { action: 'unpublish' })).status).toBe(200)
    expect(await msUntil(b, path, 404)).toBeLessThan(1_000)

    // The entries are in Redis under this run's prefix, not in either instance.
    const redis = createClient({ url: REDIS_URL })
    await redis.connect()
    try {
      expect((await redis.keys(`${prefix}*`)).length).toBeGreaterThan(0)
    } finally {
      await redis.quit()
    }
  })

  it('answers an anonymous REST read that instance A stored from instance B, byte for byte, until an unpublish through A', async () => {
    const { doc, reviewer } = await approvedArticle(ctx.payload)
    const token = await signIn(a, reviewer.email)
    expect((await send(a, `/api/articles/${doc.id}/workflow`, token, { action: 'publish' })).status).toBe(200)
    const path = `/api/articles?where[id][equals]=${doc.id}&depth=1`
    const read = async (app: Member, url = path) => {
      const response = await fetch(`${app.url}${url}`, { signal: AbortSignal.timeout(10_000) })
      return {
        cache: response.headers.get('x-glassworks-cache'),
        etag: response.headers.get('etag'),
        text: await response.text(),
      }
    }
    const redis = createClient({ url: REDIS_URL })
    await redis.connect()
    const entries = async () => new Set((await redis.keys(`${prefix}*`)).filter((key) => !key.includes('__')))
    // The publish expires every entry (the earlier test's pages too) once its commit is seen,
    // and again after the response: either may land after A stored one. So entries are told
    // apart by key, not counted, and each attempt takes a fresh URL (a parameter Payload
    // ignores) until one entry outlives the expiries.
    const attempts: string[] = []
    try {
      for (let attempt = 0; attempt < 8 && attempts.at(-1) !== 'hit'; attempt++) {
        const url = `${path}&attempt=${attempt}`
        const before = await entries()
        const filled = await read(a, url)
        expect(filled.cache).toBe('miss')
        expect(JSON.parse(filled.text).docs.map((d: { id: number }) => d.id)).toEqual([doc.id])
        // A stores after answering: B asks once a new entry is in Redis, so a hit can only be A's.
        const added = async () => [...(await entries())].some((key) => !before.has(key))
        if (!(await eventually(added, 5_000, 25))) {
          // What A itself answers for it now tells a lost write (a miss) from an early expiry.
          attempts.push(`expired before B asked (A again: ${(await read(a, url)).cache})`)
          await new Promise((resolve) => setTimeout(resolve, 1_000))
          continue
        }
        const shared = await read(b, url)
        attempts.push(shared.cache ?? 'none')
        if (shared.cache !== 'hit') continue
        expect(shared.text).toBe(filled.text)
        expect(shared.etag).toBe(filled.etag)
      }
    } finally {
      await redis.quit()
    }
    expect(attempts.at(-1), `B's answers: ${attempts.join(', ')}`).toBe('hit')
    expect((await send(a, `/api/articles/${doc.id}/workflow`, token, { action: 'unpublish' })).status).toBe(200)
    expect(await eventually(async () => JSON.parse((await read(b)).text).docs.length === 0, 5_000, 25)).toBe(true)
  })

  it('sends a redirect added through instance A from instance B within a second', async () => {
    const { reviewer } = await approvedArticle(ctx.payload)
    const token = await signIn(a, reviewer.email)
    const from = `/old-site/${unique('campaign')}`

    // B has loaded its redirect table without this one.
    expect(await status(b, from)).toBe(404)
    const created = await send(a, '/api/redirects', token, { from, to: { type: 'custom', url: '/tips' } })
    expect(created.status).toBe(201)
    expect(await msUntil(b, from, 301)).toBeLessThan(1_000)
  })
})
