import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { OUTSIDE_NEXT_REQUEST, REPEAT_EXPIRY_AFTER_MS, revalidateChange } from '../../src/site/revalidate'

/** Stands in for the app's POST /next/revalidate and records what it was asked. */
const received: unknown[] = []
let server: http.Server

beforeAll(async () => {
  server = http.createServer((req, res) => {
    let body = ''
    req.on('data', (chunk) => (body += chunk))
    req.on('end', () => {
      received.push(JSON.parse(body))
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"revalidated":true}')
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  // vi.stubEnv, not an assignment: restoring an unset PORT by assignment left the string
  // "undefined" behind for the next file in this worker (the unit project does not isolate).
  vi.stubEnv('PORT', String((server.address() as AddressInfo).port))
})

afterAll(async () => {
  vi.unstubAllEnvs()
  await new Promise((resolve) => server.close(resolve))
})

const waitFor = async (check: () => boolean, ms = 3_000) => {
  const end = Date.now() + ms
  while (!check() && Date.now() < end) await new Promise((r) => setTimeout(r, 10))
}

describe('revalidation from outside a Next request (CLI, job queue, seeding)', () => {
  const change = { collection: 'articles', doc: { slug: 'glass-skin', _status: 'published' as const } }

  it('asks the app only once the transaction has committed, however long that takes', async () => {
    received.length = 0
    const req: { transactionID?: unknown } = { transactionID: 'tx-1' }
    await revalidateChange(change, req)
    await new Promise((r) => setTimeout(r, 200))
    expect(received).toHaveLength(0)
    // Payload deletes transactionID when it commits.
    delete req.transactionID
    await waitFor(() => received.length === 1)
    expect(received).toEqual([change])
    // Once more a little later, for a render that read the old rows and stored its page after.
    await new Promise((r) => setTimeout(r, REPEAT_EXPIRY_AFTER_MS / 2))
    expect(received).toHaveLength(1)
    await waitFor(() => received.length === 2, REPEAT_EXPIRY_AFTER_MS + 3_000)
    expect(received).toEqual([change, change])
  })

  it('asks at once when there is no transaction', async () => {
    received.length = 0
    await revalidateChange(change, {})
    await waitFor(() => received.length === 1)
    expect(received).toEqual([change])
    await waitFor(() => received.length === 2, REPEAT_EXPIRY_AFTER_MS + 3_000)
    expect(received).toEqual([change, change])
  })

  it('sends nothing for a create or an autosave of a draft that was never public', async () => {
    received.length = 0
    await revalidateChange({ collection: 'articles', doc: { slug: 'new', _status: 'draft' }, previousDoc: {} }, {})
    await revalidateChange({ collection: 'faqs', doc: { _status: 'draft' }, previousDoc: { _status: 'draft' } }, {})
    await new Promise((r) => setTimeout(r, 100))
    expect(received).toEqual([])
  })

  it('never throws when the app answers with an error, and logs a warning instead', async () => {
    const warnings: string[] = []
    const broken = http.createServer((_req, res) => res.writeHead(500).end())
    await new Promise<void>((resolve) => broken.listen(0, '127.0.0.1', resolve))
    const saved = process.env.PORT!
    vi.stubEnv('PORT', String((broken.address() as AddressInfo).port))
    try {
      await revalidateChange(change, {
        context: { [OUTSIDE_NEXT_REQUEST]: true },
        payload: { logger: { warn: ({ msg }) => warnings.push(msg) } },
      })
      await waitFor(() => warnings.length === 1)
    } finally {
      vi.stubEnv('PORT', saved)
      await new Promise((resolve) => broken.close(resolve))
    }
    expect(warnings[0]).toMatch(/could not be told about a change to articles/)
  })
})
