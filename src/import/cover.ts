import { createHash } from 'node:crypto'
import sharp from 'sharp'

/** Calm, flat backgrounds with an ink colour that reads on them (contrast ≥ 7:1); the title's hash picks one. */
const PALETTES = [
  { background: '#f6efe9', ink: '#3a2a2f', accent: '#c98b9b' },
  { background: '#eef3f1', ink: '#22363a', accent: '#7fa9a3' },
  { background: '#f3f0f7', ink: '#2f2a3d', accent: '#a08cc4' },
  { background: '#f8f3e8', ink: '#3b3222', accent: '#c9a66b' },
]

const escapeXml = (text: string) =>
  text.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!)

/**
 * Greedy word wrap by an average glyph width; serif capitals run wider than lower case, so the
 * estimate is generous and a long title shrinks its type before it would overflow.
 */
function wrap(title: string, maxChars: number): string[] {
  const lines: string[] = []
  let line = ''
  for (const word of title.split(/\s+/).filter(Boolean)) {
    if (line && `${line} ${word}`.length > maxChars) {
      lines.push(line)
      line = word
    } else line = line ? `${line} ${word}` : word
  }
  if (line) lines.push(line)
  return lines
}

function layout(title: string, width: number, height: number): { size: number; lines: string[] } {
  for (let size = 92; size >= 40; size -= 4) {
    const maxChars = Math.floor((width * 0.8) / (size * 0.56))
    const lines = wrap(title, maxChars)
    if (lines.length * size * 1.2 <= height * 0.62 && lines.length <= 5) return { size, lines }
  }
  const lines = wrap(title, Math.floor((width * 0.8) / (40 * 0.56)))
  return { size: 40, lines: lines.length > 5 ? [...lines.slice(0, 4), `${lines[4]}…`] : lines }
}

/**
 * A typographic cover drawn locally (nothing is downloaded): the title set in a serif on a
 * flat, calm background with a thin accent rule, so a cover says what the article is about.
 * Returns PNG bytes.
 */
export async function renderCover(title: string, seed = title, width = 1600, height = 900): Promise<Buffer> {
  const hash = createHash('sha256').update(seed).digest()
  const { background, ink, accent } = PALETTES[hash[0] % PALETTES.length]
  const { size, lines } = layout(title, width, height)
  const left = Math.round(width * 0.1)
  const lineHeight = Math.round(size * 1.2)
  const top = Math.round((height - lines.length * lineHeight) / 2 + size * 0.85)
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
  <rect width="100%" height="100%" fill="${background}"/>
  <rect x="${left}" y="${top - size - 48}" width="120" height="6" fill="${accent}"/>
  <text x="${left}" y="${top}" font-family="DejaVu Serif, Georgia, serif" font-size="${size}" fill="${ink}">
    ${lines.map((l, i) => `<tspan x="${left}" dy="${i ? lineHeight : 0}">${escapeXml(l)}</tspan>`).join('\n    ')}
  </text>
  <text x="${left}" y="${height - 72}" font-family="DejaVu Sans, Helvetica, sans-serif" font-size="28" letter-spacing="6" fill="${ink}" fill-opacity="0.7">GLASSWORKS</text>
</svg>`
  return sharp(Buffer.from(svg)).png({ compressionLevel: 9 }).toBuffer()
}
