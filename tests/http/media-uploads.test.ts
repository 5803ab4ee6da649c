import sharp from 'sharp'
import { describe, expect, it } from 'vitest'

import { MAX_UPLOAD_BYTES } from '../../src/shared/media'
import { api, login } from '../helpers/http'
import { usePayload } from '../helpers/payload'
import { createUser, ensureAdmin } from '../helpers/users'
import { expectServerErrors } from '../helpers/serverLog'

const ctx = usePayload()

async function upload(token: string, name: string, type: string, bytes: Buffer, alt = 'A test image') {
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(bytes)], { type }), name)
  form.append('_payload', JSON.stringify({ alt }))
  return api('/api/media', { method: 'POST', body: form, token })
}

const message = async (response: Response) => JSON.stringify(await response.json())

// The refused uploads: Payload logs each 4xx refusal at error level.
expectServerErrors(/is an SVG\. SVG files can carry scripts/, /is not an image this site accepts/, /larger than the \d+ MB upload limit/, /The following field is invalid: Alt/)

describe('media uploads', () => {
  it('accepts a real PNG and makes the webp sizes and the 1200x630 OpenGraph image', async () => {
    await ensureAdmin(ctx.payload)
    const editor = await createUser(ctx.payload, ['editor'])
    const png = await sharp({ create: { width: 1800, height: 1000, channels: 3, background: '#f7c6d6' } })
      .png()
      .toBuffer()
    const response = await upload(await login(editor.email), 'pearl.png', 'image/png', png)
    expect(response.status).toBe(201)
    const { doc } = (await response.json()) as {
      doc: { id: number; sizes: Record<string, { width: number; height: number; mimeType: string }> }
    }
    expect(doc.sizes.og).toMatchObject({ width: 1200, height: 630 })
    expect(doc.sizes.card.mimeType).toBe('image/webp')
    expect(doc.sizes.hero).toMatchObject({ width: 1600, height: 900 })
    await ctx.payload.delete({ collection: 'media', id: doc.id })
  })

  it('refuses an SVG that carries a script, with a 4xx and a reason', async () => {
    const editor = await createUser(ctx.payload, ['editor'])
    const svg = Buffer.from(
      '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script><rect width="10" height="10"/></svg>',
    )
    const response = await upload(await login(editor.email), 'logo.svg', 'image/svg+xml', svg)
    expect(response.status).toBeGreaterThanOrEqual(400)
    expect(response.status).toBeLessThan(500)
    expect(await message(response)).toMatch(/SVG|not allowed|invalid/i)
  })

  it('refuses an HTML page renamed to .jpg, judging the content and not the name', async () => {
    const editor = await createUser(ctx.payload, ['editor'])
    const html = Buffer.from('<!doctype html><html><body><script>document.cookie</script></body></html>')
    const before = await ctx.payload.count({ collection: 'media' })
    const response = await upload(await login(editor.email), 'holiday.jpg', 'image/jpeg', html)
    expect(response.status).toBeGreaterThanOrEqual(400)
    expect(response.status).toBeLessThan(500)
    expect(await message(response)).toMatch(/holiday\.jpg|not an image|file type/i)
    expect((await ctx.payload.count({ collection: 'media' })).totalDocs).toBe(before.totalDocs)
  })

  it('refuses a file over the size limit with 413 and the limit in words', async () => {
    const editor = await createUser(ctx.payload, ['editor'])
    const big = Buffer.alloc(MAX_UPLOAD_BYTES + 1024, 0xff)
    const response = await upload(await login(editor.email), 'huge.jpg', 'image/jpeg', big)
    expect(response.status).toBe(413)
    expect(await message(response)).toContain('upload limit')
  })

  it('requires alt text', async () => {
    const editor = await createUser(ctx.payload, ['editor'])
    const png = await sharp({ create: { width: 20, height: 20, channels: 3, background: '#fff' } })
      .png()
      .toBuffer()
    const response = await upload(await login(editor.email), 'no-alt.png', 'image/png', png, '')
    expect(response.status).toBe(400)
    expect(await message(response)).toMatch(/alt/i)
  })

  it('refuses anonymous uploads', async () => {
    const png = await sharp({ create: { width: 20, height: 20, channels: 3, background: '#fff' } })
      .png()
      .toBuffer()
    const form = new FormData()
    form.append('file', new Blob([new Uint8Array(png)], { type: 'image/png' }), 'anon.png')
    form.append('_payload', JSON.stringify({ alt: 'x' }))
    const response = await api('/api/media', { method: 'POST', body: form })
    expect(response.status).toBe(403)
  })
})
