import fs from 'node:fs/promises'
import type { CollectionBeforeOperationHook } from 'payload'
import sharp from 'sharp'

import { badRequest, unsupportedMedia } from '../../../src/server/errors'
import { ACCEPTED_IMAGE_FORMATS } from '../../../src/shared/media'

const accepted = new Set<string>(ACCEPTED_IMAGE_FORMATS)

/**
 * Judge an upload by its bytes, not its name or declared type: sharp must decode it as a
 * raster format we accept. SVG (which can carry script) and HTML or XML renamed to .jpg fail.
 */
export const requireRasterImage: CollectionBeforeOperationHook<'media'> = async ({ args, operation, req }) => {
  if (operation !== 'create' && operation !== 'update') return args
  const file = req.file
  if (!file) return args
  const bytes = file.data?.length ? file.data : file.tempFilePath ? await fs.readFile(file.tempFilePath) : undefined
  if (!bytes?.length) throw badRequest(`The upload "${file.name}" is empty.`)
  let format: string | undefined
  try {
    format = (await sharp(bytes, { animated: true }).metadata()).format
  } catch {
    format = undefined
  }
  if (format === 'svg') {
    throw unsupportedMedia(
      `"${file.name}" is an SVG. SVG files can carry scripts, so only JPEG, PNG, WebP, AVIF and GIF images are accepted.`,
    )
  }
  if (!format || !accepted.has(format)) {
    throw unsupportedMedia(
      `"${file.name}" is not an image this site accepts: its content is not a JPEG, PNG, WebP, AVIF or GIF picture, whatever its name says.`,
    )
  }
  return args
}
