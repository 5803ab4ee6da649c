import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { revalidateChange } from '../../src/site/notifyServer'

/** Stands in for the app's POST /next/revalidate and records what it was asked. */
const received: unknown[] = []
let server: http.Server
const savedPort = process.env.PORT

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
  process.env.PORT = String((server.address() as AddressInfo).port)
})

afterAll(async () => {
  process.env.PORT = savedPort
  await new Promise((resolve) => server.close(resolve))
})

const waitFor = async (check: () => boolean, ms = 3_000) => {
  const end = Date.now() + ms
  while (!check() && Date.now() < end) await new Promise((r) => setTimeout(r, 10))
}

describe('revalidation of a write inside a transaction', () => {
  const change = { collection: 'articles', doc: { slug: 'glass-skin', _status: 'published' as const } }

  it('expires at once, and again only after the transaction has committed', async () => {
    received.length = 0
    const req: { transactionID?: unknown } = { transactionID: 'tx-1' }
    await revalidateChange(change, req)
    expect(received).toHaveLength(1)
    // Still inside the transaction: nothing more, however long it takes.
    await new Promise((r) => setTimeout(r, 200))
    expect(received).toHaveLength(1)
    // Payload deletes transactionID when it commits.
    delete req.transactionID
    await waitFor(() => received.length === 2)
    expect(received).toEqual([change, change])
  })

  it('expires once when there is no transaction', async () => {
    received.length = 0
    await revalidateChange(change, {})
    await new Promise((r) => setTimeout(r, 100))
    expect(received).toEqual([change])
  })
})
