import { createHash } from 'node:crypto'

import { describe, expect, it } from 'vitest'

import { etagOf, pack, unpack } from '../../src/server/api/cacheEntry'

// A list answer's shape: JSON with curly quotes and Hangul, so its text is two-byte in V8.
const answer = JSON.stringify({
  docs: Array.from({ length: 40 }, (_, i) => ({
    id: i,
    title: `“Toner” 토너 ${i}`,
    body: { root: { children: [{ text: 'Essence, then serum. '.repeat(20) }] } },
  })),
  totalDocs: 40,
})
const bytes = new TextEncoder().encode(answer)

describe('the REST cache entry', () => {
  it('gives back the very bytes Payload answered', async () => {
    const stored = await pack(bytes)
    expect(Buffer.from(unpack(stored)).equals(Buffer.from(bytes))).toBe(true)
    expect(new TextDecoder().decode(unpack(stored))).toBe(answer)
  })

  it('keeps the ETag clients already hold: SHA-1 of the UTF-8 answer', async () => {
    const before = `"${createHash('sha1').update(answer).digest('base64url')}"`
    expect(etagOf(bytes)).toBe(before)
    expect((await pack(bytes)).etag).toBe(before)
  })

  it('stores plain ASCII, smaller than the answer', async () => {
    const stored = await pack(bytes)
    expect(stored.gz).toMatch(/^[A-Za-z0-9+/=]+$/)
    expect(JSON.stringify(stored).length).toBeLessThan(answer.length / 3)
  })
})
