import { GetObjectCommand, HeadObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3'
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import sharp from 'sharp'
import { describe, expect, inject, it } from 'vitest'

import { s3Key, s3Settings } from '../../src/server/storage/s3'
import { unique, usePayload } from '../helpers/payload'
import { actAs, approvedArticle } from '../helpers/scheduling'
import { createUser, TEST_PASSWORD } from '../helpers/users'
import { startInstance, useCluster } from './cluster'
import { useObjectStore } from './objectStore'

/*
 * Media on S3-compatible storage (s3rver, path-style): uploads through one app instance are
 * in the bucket, not on that instance's disk, and another instance serves them and draws
 * them on the social card.
 */
const ctx = usePayload()
const cluster = useCluster()
const store = useObjectStore()

const sha256 = (bytes: Uint8Array) => crypto.createHash('sha256').update(bytes).digest('hex')

async function objectBytes(client: S3Client, key: string): Promise<Buffer> {
  const object = await client.send(new GetObjectCommand({ Bucket: store.bucket, Key: key }))
  return Buffer.from(await object.Body!.transformToByteArray())
}

describe('media on S3-compatible storage', () => {
  it('stores a streamed upload byte for byte with the settings the app uses', async () => {
    const settings = s3Settings(store.env)!
    const client = new S3Client(settings.client)
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'gw-stream-')), 'upload.bin')
    // Not a multiple of any chunk size, and bytes that look like chunk framing if mangled.
    const bytes = crypto.randomBytes(3 * 1024 * 1024 + 4321)
    fs.writeFileSync(file, bytes)
    try {
      const key = s3Key(settings, `${unique('streamed')}.bin`)
      // What the storage adapter does with an upload kept in a temporary file: a read stream.
      await client.send(new PutObjectCommand({ Bucket: store.bucket, Key: key, Body: fs.createReadStream(file) }))
      const stored = await objectBytes(client, key)
      expect(stored.length).toBe(bytes.length)
      expect(sha256(stored)).toBe(sha256(bytes))
    } finally {
      fs.rmSync(path.dirname(file), { recursive: true, force: true })
      client.destroy()
    }
  })

  it('puts an image uploaded through instance A in the bucket; instance B serves it and its social card', async () => {
    const mediaDir = fs.mkdtempSync(path.join(os.tmpdir(), 'gw-media-'))
    const env = { ...store.env, MEDIA_DIR: mediaDir, GLASSWORKS_RUN_JOBS: 'false' }
    try {
      const [a, b] = await Promise.all([
        cluster.add(startInstance('app A', inject('databaseUrl'), env)),
        cluster.add(startInstance('app B', inject('databaseUrl'), env)),
      ])
      const editor = await createUser(ctx.payload, ['editor'])
      const login = await fetch(`${a.url}/api/users/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: editor.email, password: TEST_PASSWORD }),
      })
      const { token } = (await login.json()) as { token: string }

      // Pure green, so the social card's picture half can be told from its pink background.
      const png = await sharp({ create: { width: 1800, height: 1000, channels: 3, background: '#00c853' } })
        .png()
        .toBuffer()
      const form = new FormData()
      form.append('file', new Blob([new Uint8Array(png)], { type: 'image/png' }), `${unique('green')}.png`)
      form.append('_payload', JSON.stringify({ alt: 'A green test swatch' }))
      const uploaded = await fetch(`${a.url}/api/media`, { method: 'POST', headers: { authorization: `JWT ${token}` }, body: form })
      expect(uploaded.status, await uploaded.clone().text()).toBe(201)
      const media = ((await uploaded.json()) as { doc: { id: number; filename: string; url: string; sizes: Record<string, { filename: string; url: string }> } }).doc

      // Nothing on A's disk; the original and every generated size in the bucket.
      expect(fs.readdirSync(mediaDir)).toEqual([])
      const settings = s3Settings(store.env)!
      let stored: Buffer = Buffer.alloc(0)
      const client = new S3Client(settings.client)
      try {
        const names = [media.filename, ...Object.values(media.sizes).map((size) => size.filename)]
        expect(names.length).toBe(5)
        for (const name of names) {
          await client.send(new HeadObjectCommand({ Bucket: store.bucket, Key: s3Key(settings, name) }))
        }
        // The stored original is the upload re-encoded without metadata (#11): same picture.
        stored = await objectBytes(client, s3Key(settings, media.filename))
        const meta = await sharp(stored).metadata()
        expect([meta.format, meta.width, meta.height]).toEqual(['png', 1800, 1000])
      } finally {
        client.destroy()
      }

      // B serves the original and a size it never saw uploaded.
      const original = await fetch(`${b.url}${new URL(media.url, b.url).pathname}`)
      expect(original.status).toBe(200)
      expect(sha256(new Uint8Array(await original.arrayBuffer()))).toBe(sha256(stored))
      const card = await fetch(`${b.url}${new URL(media.sizes.card!.url, b.url).pathname}`)
      expect(card.status).toBe(200)
      expect(card.headers.get('content-type')).toContain('image/webp')

      // The social card on B draws the 1200×630 crop read from the bucket.
      const { doc, reviewer } = await approvedArticle(ctx.payload, { heroImage: media.id })
      await actAs(ctx.payload, reviewer, doc.id, 'publish')
      const page = await fetch(`${b.url}/blog/${doc.slug}`)
      expect(page.status).toBe(200)
      const ogUrl = /<meta property="og:image" content="([^"]+)"/.exec(await page.text())?.[1]
      expect(ogUrl, 'the page names its social card').toBeTruthy()
      const og = await fetch(ogUrl!.replace(/&amp;/g, '&'))
      expect(og.status).toBe(200)
      const { data, info } = await sharp(Buffer.from(await og.arrayBuffer())).raw().toBuffer({ resolveWithObject: true })
      const at = (x: number, y: number) => [...data.subarray((y * info.width + x) * info.channels, (y * info.width + x) * info.channels + 3)]
      const [r, g, bl] = at(1100, 315)
      expect(g).toBeGreaterThan(150)
      expect(r).toBeLessThan(60)
      expect(bl).toBeLessThan(120)
    } finally {
      fs.rmSync(mediaDir, { recursive: true, force: true })
    }
  })
})
