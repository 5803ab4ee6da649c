import fs from 'node:fs/promises'
import path from 'node:path'

import { mediaDir } from '../paths'
import { s3Key, s3Settings, type S3Settings } from './s3'

/**
 * The bytes of one stored media file (an upload or one of its generated sizes) by file name,
 * wherever media lives: MEDIA_DIR, or the S3 bucket when S3_BUCKET is set. Undefined when no
 * such file exists; any other failure is thrown.
 */
export async function readMediaFile(filename: string): Promise<Buffer | undefined> {
  const name = path.basename(filename)
  const s3 = s3Settings()
  return s3 ? readFromS3(s3, name) : readFromDisk(name)
}

async function readFromDisk(name: string): Promise<Buffer | undefined> {
  try {
    return await fs.readFile(path.join(mediaDir(), name))
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined
    throw error
  }
}

type S3Client = import('@aws-sdk/client-s3').S3Client
const CLIENT = Symbol.for('glassworks.media.s3client')

async function readFromS3(settings: S3Settings, name: string): Promise<Buffer | undefined> {
  const { GetObjectCommand, NoSuchKey, S3Client } = await import('@aws-sdk/client-s3')
  const holder = globalThis as unknown as { [CLIENT]?: S3Client }
  const client = (holder[CLIENT] ??= new S3Client(settings.client))
  try {
    const object = await client.send(new GetObjectCommand({ Bucket: settings.bucket, Key: s3Key(settings, name) }))
    return object.Body ? Buffer.from(await object.Body.transformToByteArray()) : undefined
  } catch (error) {
    if (error instanceof NoSuchKey || (error as { name?: string }).name === 'NoSuchKey') return undefined
    throw error
  }
}
