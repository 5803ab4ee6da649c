import { s3Storage } from '@payloadcms/storage-s3'
import type { Plugin } from 'payload'

import { s3Settings } from './s3'

/**
 * Payload's S3 storage adapter for the media collection, on when S3_BUCKET is set. Uploads and
 * every generated size go to the bucket; files are still served at /api/media/file/<name>
 * through Payload's access control, by whichever instance gets the request.
 *
 * Registered in both modes with `alwaysInsertFields`, so the media table has the same columns
 * (the stored prefix and object key) with and without S3 and one migration serves both.
 */
export function mediaStorage(): Plugin {
  const settings = s3Settings()
  return s3Storage({
    enabled: Boolean(settings),
    alwaysInsertFields: true,
    collections: { media: settings?.prefix ? { prefix: settings.prefix } : true },
    bucket: settings?.bucket ?? '',
    config: settings?.client ?? {},
  })
}
