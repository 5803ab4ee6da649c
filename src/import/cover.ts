import { createHash } from 'node:crypto'
import sharp from 'sharp'

/** Soft palettes in the site's "glass skin" look; the title's hash picks one. */
const PALETTES = [
  ['#fde8ef', '#f7c6d6', '#e9d8f7'],
  ['#fff1e6', '#f9d5c4', '#f3e3f9'],
  ['#eef6f8', '#cfe8ee', '#f6dbe8'],
  ['#f7f0ff', '#e2d4fb', '#fde2ea'],
]

/**
 * A decorative cover drawn locally (nothing is downloaded): a pearly gradient with soft light
 * spots, varied by the title so covers differ. Returns PNG bytes.
 */
export async function renderCover(seed: string, width = 1600, height = 900): Promise<Buffer> {
  const hash = createHash('sha256').update(seed).digest()
  const [base, glow, accent] = PALETTES[hash[0] % PALETTES.length]
  const spot = (i: number) => ({
    x: (hash[i] / 255) * width,
    y: (hash[i + 1] / 255) * height,
    r: 180 + (hash[i + 2] / 255) * 420,
  })
  const spots = [spot(1), spot(4), spot(7)]
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
  <defs>
    <linearGradient id="bg" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="${base}"/><stop offset="1" stop-color="${accent}"/></linearGradient>
    <radialGradient id="glow"><stop offset="0" stop-color="#ffffff" stop-opacity="0.9"/><stop offset="1" stop-color="${glow}" stop-opacity="0"/></radialGradient>
  </defs>
  <rect width="100%" height="100%" fill="url(#bg)"/>
  ${spots.map((s) => `<circle cx="${s.x.toFixed(0)}" cy="${s.y.toFixed(0)}" r="${s.r.toFixed(0)}" fill="url(#glow)"/>`).join('\n  ')}
</svg>`
  return sharp(Buffer.from(svg)).png({ compressionLevel: 9 }).toBuffer()
}
