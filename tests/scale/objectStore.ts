import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import S3rver from 's3rver'
import { afterAll, beforeAll } from 'vitest'

import { freePort } from '../../src/server/db/freePort'

/** s3rver's fixed credentials: it checks request signatures against them. */
const ACCESS_KEY = 'S3RVER'

/**
 * An S3-compatible server (s3rver, from npm) on a free port of 127.0.0.1 for one test file,
 * with one empty bucket, reached path-style as the app's S3_* settings describe it.
 */
export function useObjectStore(bucket = 'glassworks-test-media') {
  const store = { env: {} as Record<string, string>, dir: '', bucket }
  let server: S3rver | undefined
  beforeAll(async () => {
    store.dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gw-s3-'))
    const port = await freePort()
    server = new S3rver({ address: '127.0.0.1', port, directory: store.dir, silent: true, configureBuckets: [{ name: bucket }] })
    await server.run()
    store.env = {
      S3_BUCKET: bucket,
      S3_ENDPOINT: `http://127.0.0.1:${port}`,
      S3_REGION: 'us-east-1',
      S3_ACCESS_KEY_ID: ACCESS_KEY,
      S3_SECRET_ACCESS_KEY: ACCESS_KEY,
    }
  })
  afterAll(async () => {
    await server?.close()
    if (store.dir) fs.rmSync(store.dir, { recursive: true, force: true })
  })
  return store
}
