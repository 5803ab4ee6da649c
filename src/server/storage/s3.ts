import type { S3ClientConfig } from '@aws-sdk/client-s3'
import path from 'node:path'

import { ConfigError } from '../env'

/**
 * Media on S3-compatible object storage, configured by S3_* variables; unset, uploads stay in
 * MEDIA_DIR. Read by payload.config.ts (the storage plugin), the social-card renderer and
 * start-up validation, so all three agree on bucket, prefix and client settings.
 */
export interface S3Settings {
  bucket: string
  /** Key prefix inside the bucket ("" for none), e.g. "media": keys are "media/<file name>". */
  prefix: string
  client: S3ClientConfig
}

const S3_VARIABLES = ['S3_ENDPOINT', 'S3_REGION', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY', 'S3_FORCE_PATH_STYLE', 'S3_PREFIX']

export function s3Settings(env: Record<string, string | undefined> = process.env): S3Settings | undefined {
  const bucket = env.S3_BUCKET?.trim()
  if (!bucket) {
    const stray = S3_VARIABLES.filter((name) => env[name])
    if (stray.length) {
      throw new ConfigError(`${stray.join(', ')} ${stray.length > 1 ? 'are' : 'is'} set but S3_BUCKET is not: set S3_BUCKET to store media on S3, or unset them.`)
    }
    return undefined
  }
  const endpoint = env.S3_ENDPOINT?.trim() || undefined
  if (endpoint && !/^https?:\/\/[^/]/.test(endpoint)) {
    throw new ConfigError(`S3_ENDPOINT must be an http(s) URL such as http://minio:9000, not "${endpoint}".`)
  }
  const accessKeyId = env.S3_ACCESS_KEY_ID
  const secretAccessKey = env.S3_SECRET_ACCESS_KEY
  if (Boolean(accessKeyId) !== Boolean(secretAccessKey)) {
    throw new ConfigError('Set both S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY, or neither (then the AWS SDK finds credentials itself).')
  }
  const pathStyle = env.S3_FORCE_PATH_STYLE
  if (pathStyle && pathStyle !== 'true' && pathStyle !== 'false') {
    throw new ConfigError(`S3_FORCE_PATH_STYLE must be "true" or "false", not "${pathStyle}".`)
  }
  return {
    bucket,
    prefix: (env.S3_PREFIX ?? '').replace(/^\/+|\/+$/g, ''),
    client: {
      region: env.S3_REGION || 'us-east-1',
      endpoint,
      // Self-hosted servers (MinIO, Garage, s3rver) are reached as http://host/bucket/key;
      // virtual-host style would need a DNS name per bucket.
      forcePathStyle: pathStyle ? pathStyle === 'true' : Boolean(endpoint),
      credentials: accessKeyId && secretAccessKey ? { accessKeyId, secretAccessKey } : undefined,
      // Since 3.729 the SDK adds CRC32 checksums to every upload, sending streamed bodies in the
      // aws-chunked encoding with a trailer; servers that do not speak it store the chunk
      // framing as the file's bytes. Checksums only where an operation requires them.
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
    },
  }
}

/** The object key of a stored upload's file name (also its generated sizes' names). */
export const s3Key = (settings: S3Settings, filename: string): string => path.posix.join(settings.prefix, filename)
