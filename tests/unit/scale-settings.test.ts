import { describe, expect, it } from 'vitest'

import { ConfigError } from '../../src/server/env'
import { jobsMode } from '../../src/server/jobs/topology'
import { validateScaleSettings } from '../../src/server/scaleSettings'
import { s3Key, s3Settings } from '../../src/server/storage/s3'

describe('settings for more than one machine', () => {
  it('needs none of them: no S3, no Redis, jobs in the app', () => {
    expect(() => validateScaleSettings({})).not.toThrow()
    expect(s3Settings({})).toBeUndefined()
  })

  it('reads S3 settings path-style for a self-hosted endpoint, with checksums only where required', () => {
    const settings = s3Settings({
      S3_BUCKET: 'media',
      S3_ENDPOINT: 'http://minio:9000',
      S3_ACCESS_KEY_ID: 'key',
      S3_SECRET_ACCESS_KEY: 'secret',
      S3_PREFIX: '/uploads/',
    })!
    expect(settings.client).toMatchObject({
      endpoint: 'http://minio:9000',
      forcePathStyle: true,
      region: 'us-east-1',
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
    })
    expect(s3Key(settings, 'a.png')).toBe('uploads/a.png')
    expect(s3Settings({ S3_BUCKET: 'media' })!.client.forcePathStyle).toBe(false)
  })

  it.each([
    [{ S3_ENDPOINT: 'http://minio:9000' }, /S3_BUCKET is not/],
    [{ S3_BUCKET: 'media', S3_ENDPOINT: 'minio:9000 ' }, /S3_ENDPOINT must be an http\(s\) URL/],
    [{ S3_BUCKET: 'media', S3_ACCESS_KEY_ID: 'key' }, /both S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY/],
    [{ S3_BUCKET: 'media', S3_FORCE_PATH_STYLE: 'yes' }, /S3_FORCE_PATH_STYLE must be/],
    [{ REDIS_URL: 'localhost:6379' }, /REDIS_URL must be a URL/],
    [{ GLASSWORKS_APP_URL: 'app' }, /GLASSWORKS_APP_URL must be/],
  ])('refuses %o with a message naming the fix', (env, message) => {
    expect(() => validateScaleSettings(env)).toThrow(ConfigError)
    expect(() => validateScaleSettings(env)).toThrow(message)
  })

  it('knows where jobs run: in the app unless GLASSWORKS_JOBS=worker', () => {
    const previous = process.env.GLASSWORKS_JOBS
    try {
      delete process.env.GLASSWORKS_JOBS
      expect(jobsMode()).toBe('inline')
      process.env.GLASSWORKS_JOBS = 'worker'
      expect(jobsMode()).toBe('worker')
      process.env.GLASSWORKS_JOBS = 'both'
      expect(() => jobsMode()).toThrow(/GLASSWORKS_JOBS must be "inline"/)
    } finally {
      if (previous === undefined) delete process.env.GLASSWORKS_JOBS
      else process.env.GLASSWORKS_JOBS = previous
    }
  })
})
