import zlib from 'node:zlib'

import sharp from 'sharp'
import { describe, expect, it } from 'vitest'

import { api, login } from '../helpers/http'
import { usePayload } from '../helpers/payload'
import { createTeam, editorDraft, type Team } from '../helpers/team'
import { createUser, TEST_PASSWORD } from '../helpers/users'
import { expectServerErrors } from '../helpers/serverLog'

// Refusals this file provokes on purpose (Payload logs them at error level).
expectServerErrors(/"_status" is/, /images may have at most/, /lock can only be taken in your own name/, /locked due to having too many failed login attempts/)

const ctx = usePayload()
let team: Team | undefined
const teamOnce = async () => (team ??= await createTeam(ctx.payload))

async function upload(token: string, name: string, type: string, bytes: Buffer) {
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(bytes)], { type }), name)
  form.append('_payload', JSON.stringify({ alt: 'A hardening test image' }))
  return api('/api/media', { method: 'POST', body: form, token })
}

/** A PNG whose header declares width × height, with next to no pixel data: a decompression bomb's shape. */
function declaredPng(width: number, height: number): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data])
    const length = Buffer.alloc(4)
    length.writeUInt32BE(data.length)
    const crc = Buffer.alloc(4)
    crc.writeUInt32BE(zlib.crc32(body))
    return Buffer.concat([length, body, crc])
  }
  const header = Buffer.alloc(13)
  header.writeUInt32BE(width, 0)
  header.writeUInt32BE(height, 4)
  header.set([8, 0, 0, 0, 0], 8) // 8-bit greyscale
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(Buffer.alloc(1024))),
    chunk('IEND', Buffer.alloc(0)),
  ])
}

describe('security headers', () => {
  it('sends CSP with frame-ancestors, nosniff and a referrer policy on the site, the admin and the API', async () => {
    for (const path of ['/', '/admin/login', '/api/articles?limit=1']) {
      const response = await api(path, { redirect: 'manual' })
      const csp = response.headers.get('content-security-policy') ?? ''
      expect(csp, path).toContain("frame-ancestors 'self'")
      expect(csp, path).toContain("object-src 'none'")
      expect(response.headers.get('x-content-type-options'), path).toBe('nosniff')
      expect(response.headers.get('referrer-policy'), path).toBe('strict-origin-when-cross-origin')
    }
  })
})

describe('redirect targets stay on this site', () => {
  it('refuses preview-exit paths that a browser would read as another host, and CRLF, with 400', async () => {
    for (const path of ['/%09/evil.example', '/%0d%0aSet-Cookie:%20x=1', '/%5Cevil.example', '//evil.example', 'https://evil.example']) {
      const response = await api(`/next/preview/exit?path=${path}`, { redirect: 'manual' })
      expect(response.status, path).toBe(400)
      expect(response.headers.get('location'), path).toBeNull()
    }
    const ok = await api(`/next/preview/exit?path=${encodeURIComponent('/blog/some-article?x=1')}`, { redirect: 'manual' })
    expect(ok.status).toBe(307)
    expect(ok.headers.get('location')).toBe('/blog/some-article?x=1')
  })
})

describe('bad input answers 4xx, not 500', () => {
  it('refuses a workflow action sent as text/plain or a form with 415', async () => {
    const t = await teamOnce()
    const doc = await editorDraft(ctx.payload, t)
    for (const type of ['text/plain', 'application/x-www-form-urlencoded']) {
      const response = await api(`/api/articles/${doc.id}/workflow`, {
        method: 'POST',
        token: t.tokens.editor,
        headers: { 'content-type': type },
        body: type === 'text/plain' ? '{"action":"submit"}' : 'action=submit',
      })
      expect(response.status, type).toBe(415)
    }
    expect((await ctx.payload.findByID({ collection: 'articles', id: doc.id, draft: true })).workflowState).toBe('draft')
  })

  it('answers text/plain to /api/articles with 415, a bad _status and double-encoded file paths with 400', async () => {
    const t = await teamOnce()
    const plain = await api('/api/articles?draft=true', {
      method: 'POST',
      token: t.tokens.editor,
      headers: { 'content-type': 'text/plain' },
      body: '{"title":"x"}',
    })
    expect(plain.status).toBe(415)
    const doc = await editorDraft(ctx.payload, t)
    const status = await api(`/api/articles/${doc.id}?draft=true`, {
      method: 'PATCH',
      token: t.tokens.editor,
      body: JSON.stringify({ _status: 'live!' }),
    })
    expect(status.status).toBe(400)
    for (const path of ['%252e%252e%252fpayload.config.ts', '..%2F..%2Fpackage.json', 'a%2500.jpg']) {
      const response = await api(`/api/media/file/${path}`)
      expect(response.status, path).toBe(400)
    }
  })

  it('answers malformed percent-encoding in paths and queries with 4xx on every route family', async () => {
    const t = await teamOnce()
    const bad = ['%', '%E0%A4%A', '%C0%AF', '%ZZ', 'a%FFb']
    const paths = bad.flatMap((b) => [
      `/blog/${b}`,
      `/treatments/${b}`,
      `/tips/${b}`,
      `/topics/${b}`,
      `/authors/${b}`,
      `/blog/topic/${b}`,
      `/blog/page/${b}`,
      `/${b}`,
      `/search?q=${b}`,
      `/blog?page=${b}`,
      `/api/articles/${b}`,
      `/api/articles?where[slug][equals]=${b}`,
      `/api/media/file/${b}`,
      `/api/search?q=${b}`,
      `/next/preview/exit?path=${b}`,
      `/next/preview?collection=articles&slug=${b}`,
    ])
    const failures: string[] = []
    for (const path of paths) {
      for (const token of [undefined, t.tokens.editor]) {
        const response = await api(path, { token, redirect: 'manual' })
        if (response.status >= 500) failures.push(`${response.status} ${path}${token ? ' (signed in)' : ''}`)
      }
      const admin = await api(`/admin/collections/articles/${path.split('/').pop()}`, { token: t.tokens.editor, redirect: 'manual' })
      if (admin.status >= 500) failures.push(`${admin.status} admin ${path}`)
    }
    expect(failures).toEqual([])
    // A well-formed escape (a Hangul slug) still reaches the page's own not-found answer.
    expect((await api('/blog/%EA%B8%80%EC%9E%90-none')).status).toBe(404)
    expect((await api('/blog/%ZZ')).status).toBe(400)
  })
})

describe('uploads are stored clean', () => {
  it('strips EXIF from the stored original, keeps its orientation, and serves it with nosniff and a sandbox CSP', async () => {
    const t = await teamOnce()
    // 40×20 pixels stored sideways (orientation 6: rotate 90° to view), with GPS-like metadata.
    const jpeg = await sharp({ create: { width: 40, height: 20, channels: 3, background: '#d4a5b5' } })
      .jpeg()
      .withMetadata({ orientation: 6 })
      .withExifMerge({ IFD0: { Artist: 'Secret Photographer', Make: 'SpyCam' } })
      .toBuffer()
    expect((await sharp(jpeg).metadata()).orientation).toBe(6)
    expect((await sharp(jpeg).metadata()).exif).toBeDefined()
    const response = await upload(t.tokens.editor, 'holiday.jpeg', 'image/jpeg', jpeg)
    expect(response.status).toBe(201)
    const { doc } = (await response.json()) as { doc: { url: string; filename: string } }
    const served = await api(doc.url)
    expect(served.status).toBe(200)
    expect(served.headers.get('x-content-type-options')).toBe('nosniff')
    expect(served.headers.get('content-security-policy')).toContain('sandbox')
    const bytes = Buffer.from(await served.arrayBuffer())
    const meta = await sharp(bytes).metadata()
    expect(meta.exif).toBeUndefined()
    expect(bytes.includes(Buffer.from('Secret Photographer'))).toBe(false)
    expect([meta.width, meta.height]).toEqual([20, 40])
    expect(meta.orientation ?? 1).toBe(1)
  })

  it('stores a JPEG/HTML polyglot under .jpg without its HTML', async () => {
    const t = await teamOnce()
    const jpeg = await sharp({ create: { width: 16, height: 16, channels: 3, background: '#fff' } }).jpeg().toBuffer()
    const polyglot = Buffer.concat([jpeg, Buffer.from('<html><script>alert(document.cookie)</script></html>')])
    const response = await upload(t.tokens.editor, 'poly.html', 'text/html', polyglot)
    expect(response.status).toBe(201)
    const { doc } = (await response.json()) as { doc: { url: string; filename: string; mimeType: string } }
    expect(doc.filename).toMatch(/\.jpg$/)
    expect(doc.mimeType).toBe('image/jpeg')
    const served = Buffer.from(await (await api(doc.url)).arrayBuffer())
    expect(served.includes(Buffer.from('<script>'))).toBe(false)
  })

  it('refuses an image declaring more pixels than the budget, before decoding it', async () => {
    const t = await teamOnce()
    const bomb = declaredPng(16_000, 16_000)
    expect(bomb.length).toBeLessThan(50_000)
    const response = await upload(t.tokens.editor, 'bomb.png', 'image/png', bomb)
    expect(response.status).toBe(413)
    expect(JSON.stringify(await response.json())).toMatch(/million pixels/)
  })
})

describe('document locks', () => {
  it("refuses an editor deleting the admin's lock or creating one in someone else's name", async () => {
    const t = await teamOnce()
    const doc = await editorDraft(ctx.payload, t)
    const adminLock = await ctx.payload.create({
      collection: 'payload-locked-documents',
      data: { document: { relationTo: 'articles', value: doc.id }, user: { relationTo: 'users', value: t.users.admin.id } },
    })
    const removed = await api(`/api/payload-locked-documents/${adminLock.id}`, { method: 'DELETE', token: t.tokens.editor })
    expect([403, 404]).toContain(removed.status)
    expect(await ctx.payload.findByID({ collection: 'payload-locked-documents', id: adminLock.id, disableErrors: true })).not.toBeNull()

    const forged = await api('/api/payload-locked-documents', {
      method: 'POST',
      token: t.tokens.editor,
      body: JSON.stringify({ document: { relationTo: 'articles', value: doc.id }, user: { relationTo: 'users', value: t.users.reviewer.id } }),
    })
    expect(forged.status).toBe(403)

    const own = await api('/api/payload-locked-documents', {
      method: 'POST',
      token: t.tokens.editor,
      body: JSON.stringify({ document: { relationTo: 'articles', value: doc.id }, user: { relationTo: 'users', value: t.users.editor.id } }),
    })
    expect(own.status).toBe(201)
    const ownId = ((await own.json()) as { doc: { id: number } }).doc.id
    expect((await api(`/api/payload-locked-documents/${ownId}`, { method: 'DELETE', token: t.tokens.editor })).status).toBe(200)
    expect((await api(`/api/payload-locked-documents/${adminLock.id}`, { method: 'DELETE', token: t.tokens.admin })).status).toBe(200)
  })
})

describe('login does not tell real accounts from unknown ones', () => {
  const attempt = async (email: string, password = 'wrong-password-123') => {
    const started = performance.now()
    const response = await api('/api/users/login', { method: 'POST', body: JSON.stringify({ email, password }) })
    return { status: response.status, body: JSON.stringify(await response.json()), ms: performance.now() - started }
  }
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]

  it('gives the same answer, after the same work, for an unknown email, a wrong password and a locked account', async () => {
    await teamOnce()
    const real = await createUser(ctx.payload, ['editor'], 'Timing Target')
    const unknown = `nobody-${Date.now()}@test.glassworks.example`
    const realTimes: number[] = []
    const unknownTimes: number[] = []
    let realAnswer = ''
    let unknownAnswer = ''
    for (let i = 0; i < 5; i++) {
      const a = await attempt(real.email)
      const b = await attempt(unknown)
      realTimes.push(a.ms)
      unknownTimes.push(b.ms)
      realAnswer = `${a.status} ${a.body}`
      unknownAnswer = `${b.status} ${b.body}`
    }
    expect(realAnswer).toBe(unknownAnswer)
    // Both hash a password (~100+ ms); before, an unknown email answered in ~10 ms. The ratio
    // of medians, not absolute times: the machine may be busy.
    expect(median(unknownTimes) / median(realTimes)).toBeGreaterThan(0.4)

    const victim = await createUser(ctx.payload, ['editor'], 'Lockout Target')
    for (let i = 0; i < 10; i++) await attempt(victim.email)
    const locked = await attempt(victim.email, TEST_PASSWORD)
    expect(`${locked.status} ${locked.body}`).toBe(unknownAnswer)
    await expect(login(victim.email)).rejects.toThrow()
  })
})

describe('health', () => {
  it('answers GET /api/health with 200 after asking the database, anonymously and uncached', async () => {
    const response = await api('/api/health')
    expect(response.status).toBe(200)
    expect(response.headers.get('cache-control')).toBe('no-store')
    expect(await response.json()).toMatchObject({ status: 'ok', database: 'ok' })
  })
})
