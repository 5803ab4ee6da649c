import fs from 'node:fs/promises'
import path from 'node:path'
import type { CollectionBeforeOperationHook } from 'payload'
import sharp from 'sharp'

import { badRequest, PublicError, unsupportedMedia } from '../../../src/server/errors'
import { ACCEPTED_IMAGE_FORMATS, MAX_IMAGE_PIXELS } from '../../../src/shared/media'

const accepted = new Set<string>(ACCEPTED_IMAGE_FORMATS)
const EXTENSION: Record<string, string> = { jpeg: 'jpg', png: 'png', webp: 'webp', avif: 'avif', gif: 'gif', heif: 'avif' }
const MIME: Record<string, string> = {
  jpeg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
  avif: 'image/avif',
  heif: 'image/avif',
  gif: 'image/gif',
}

/**
 * Judge an upload by its bytes, not its name or declared type, and store a clean copy:
 * - sharp must read it as a raster format we accept (SVG, which can carry script, and HTML or
 *   XML renamed to .jpg fail);
 * - its size is read from the header before anything is decoded, and images over the pixel
 *   budget are refused (a 30 KB PNG can declare 16000×16000 and cost seconds of CPU);
 * - the stored original is re-encoded without metadata (EXIF GPS, camera, artist), its
 *   orientation applied to the pixels, under the extension and type of what it really is, so
 *   a JPEG/HTML polyglot named .html is stored as .jpg and its HTML part is gone.
 */
export const requireRasterImage: CollectionBeforeOperationHook<'media'> = async ({ args, operation, req }) => {
  if (operation !== 'create' && operation !== 'update') return args
  const file = req.file
  if (!file) return args
  const bytes = file.data?.length ? file.data : file.tempFilePath ? await fs.readFile(file.tempFilePath) : undefined
  if (!bytes?.length) throw badRequest(`The upload "${file.name}" is empty.`)
  let metadata: sharp.Metadata | undefined
  try {
    metadata = await sharp(bytes, { animated: true, limitInputPixels: false }).metadata()
  } catch {
    // Not an image sharp can read: answered below as "not an image this site accepts".
    metadata = undefined
  }
  const format = metadata?.format
  if (format === 'svg') {
    throw unsupportedMedia(
      `"${file.name}" is an SVG. SVG files can carry scripts, so only JPEG, PNG, WebP, AVIF and GIF images are accepted.`,
    )
  }
  if (!metadata || !format || !accepted.has(format)) {
    throw unsupportedMedia(
      `"${file.name}" is not an image this site accepts: its content is not a JPEG, PNG, WebP, AVIF or GIF picture, whatever its name says.`,
    )
  }
  const pixels = (metadata.width ?? 0) * (metadata.pageHeight ?? metadata.height ?? 0) * Math.max(1, metadata.pages ?? 1)
  if (pixels > MAX_IMAGE_PIXELS) {
    throw new PublicError(
      `"${file.name}" is ${metadata.width}×${metadata.height} pixels${(metadata.pages ?? 1) > 1 ? ` × ${metadata.pages} frames` : ''}; ` +
        `images may have at most ${MAX_IMAGE_PIXELS / 1_000_000} million pixels. Scale it down first.`,
      413,
    )
  }
  const clean = await withoutMetadata(bytes, format)
  const base = path.basename(file.name, path.extname(file.name)) || 'image'
  file.data = clean
  file.size = clean.length
  file.mimetype = MIME[format]
  file.name = `${base}.${EXTENSION[format]}`
  if (file.tempFilePath) await fs.writeFile(file.tempFilePath, clean)
  return args
}

/** The picture alone: orientation applied, colour profile kept, everything else dropped. */
async function withoutMetadata(bytes: Buffer, format: string): Promise<Buffer> {
  const image = sharp(bytes, { animated: format === 'gif' || format === 'webp', limitInputPixels: MAX_IMAGE_PIXELS })
    .rotate()
    .keepIccProfile()
  switch (format) {
    case 'jpeg':
      return image.jpeg({ quality: 92, mozjpeg: true }).toBuffer()
    case 'png':
      return image.png({ compressionLevel: 9 }).toBuffer()
    case 'webp':
      return image.webp({ quality: 92 }).toBuffer()
    case 'gif':
      return image.gif().toBuffer()
    default:
      return image.avif({ quality: 70 }).toBuffer()
  }
}
