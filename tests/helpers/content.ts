import sharp from 'sharp'
import type { Payload } from 'payload'

import { unique } from './payload'

const paragraph = (text: string) => ({
  type: 'paragraph',
  version: 1,
  format: '',
  indent: 0,
  direction: 'ltr',
  textFormat: 0,
  children: [{ type: 'text', version: 1, text, format: 0, detail: 0, mode: 'normal', style: '' }],
})

/** A Lexical document of plain paragraphs. */
export const richText = (...paragraphs: string[]) => ({
  root: { type: 'root', version: 1, format: '', indent: 0, direction: 'ltr', children: paragraphs.map(paragraph) },
})

/** Everything the pre-publish checklist asks of an article: image with alt, topic, excerpt. */
export async function checklistReadyArticle(payload: Payload, overrides: Record<string, unknown> = {}) {
  const png = await sharp({ create: { width: 64, height: 64, channels: 3, background: '#f7c6d6' } })
    .png()
    .toBuffer()
  const image = await payload.create({
    collection: 'media',
    data: { alt: 'Soft pink test swatch' },
    file: { data: png, mimetype: 'image/png', name: `${unique('swatch')}.png`, size: png.length },
  })
  const name = unique('Topic')
  const topic = await payload.create({ collection: 'topics', data: { name, slug: name.toLowerCase() } })
  const slug = unique('article')
  return {
    title: `Glass skin basics ${slug}`,
    slug,
    excerpt: 'What glass skin is and how to care for it.',
    heroImage: image.id,
    topics: [topic.id],
    body: richText('Hydration is the base of a glass-skin routine.', 'Sunscreen protects the result.'),
    ...overrides,
  }
}
