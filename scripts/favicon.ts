/**
 * Writes public/favicon.ico from public/favicon.svg: `npx tsx scripts/favicon.ts` after the
 * SVG changes (the .ico is committed).
 *
 * Pages link the SVG, but browsers still ask for /favicon.ico on their own (Chromium does on
 * admin views whose icon link arrives with streamed metadata), and a 404 there is an error in
 * every visitor's console. An .ico may hold PNG images (every browser in use reads them), so
 * sharp renders the SVG at 16, 32 and 48 px and this file wraps the PNGs in the ICO directory.
 */
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import sharp from 'sharp'

const SIZES = [16, 32, 48]

export async function icoFromSvg(svg: Buffer): Promise<Buffer> {
  const images = await Promise.all(SIZES.map((size) => sharp(svg, { density: 72 * (size / 64) * 4 }).resize(size, size).png().toBuffer()))
  const header = Buffer.alloc(6)
  header.writeUInt16LE(0, 0) // reserved
  header.writeUInt16LE(1, 2) // 1 = icon
  header.writeUInt16LE(images.length, 4)
  let offset = header.length + 16 * images.length
  const entries = images.map((png, i) => {
    const entry = Buffer.alloc(16)
    entry.writeUInt8(SIZES[i], 0) // width
    entry.writeUInt8(SIZES[i], 1) // height
    entry.writeUInt8(0, 2) // no palette
    entry.writeUInt8(0, 3) // reserved
    entry.writeUInt16LE(1, 4) // colour planes
    entry.writeUInt16LE(32, 6) // bits per pixel
    entry.writeUInt32LE(png.length, 8)
    entry.writeUInt32LE(offset, 12)
    offset += png.length
    return entry
  })
  return Buffer.concat([header, ...entries, ...images])
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
  const ico = await icoFromSvg(fs.readFileSync(path.join(root, 'public', 'favicon.svg')))
  fs.writeFileSync(path.join(root, 'public', 'favicon.ico'), ico)
  console.log(`public/favicon.ico: ${ico.length} bytes (${SIZES.join(', ')} px)`)
}
