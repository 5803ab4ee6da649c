import sharp from 'sharp'
import type { Payload } from 'payload'

import type { Article, User } from '../../payload-types'

import type { Subject } from '../../src/workflow'
import { richText } from './lexical'
import { unique } from './payload'

/*
 * The content fixtures tests share: a ready-to-publish article as the pure workflow sees it
 * (`readySubject`) and as stored through Payload (`checklistReadyArticle`).
 */

export { richText } from './lexical'

/**
 * A medical article in review that passes the whole checklist, with a valid sign-off of its
 * current version, written by author-1 and edited by editor-1.
 */
export function readySubject(overrides: Partial<Subject> = {}): Subject {
  return {
    collection: 'articles',
    medical: true,
    version: 'v7',
    status: 'in-review',
    title: 'Retinol and your skin barrier',
    slug: 'retinol-skin-barrier',
    excerpt: 'What dermatologists say about starting retinol.',
    body: 'Start slowly, twice a week.',
    heroImage: { alt: 'A dropper bottle of retinol serum' },
    topics: ['skincare'],
    author: 'author-1',
    editors: ['editor-1'],
    signOff: {
      by: 'medic-1',
      name: 'Dr. Seo',
      credentials: 'MD, dermatologist',
      at: '2025-05-01T00:00:00.000Z',
      version: 'v7',
      reviewDueAt: '2026-05-01T00:00:00.000Z',
    },
    ...overrides,
  }
}

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

/** A checklist-ready article saved as a draft by `user`, through access control as the admin would. */
export async function draftArticleBy(payload: Payload, user: User, overrides: Record<string, unknown> = {}): Promise<Article> {
  return payload.create({
    collection: 'articles',
    data: (await checklistReadyArticle(payload, overrides)) as never,
    draft: true,
    user,
    overrideAccess: false,
  })
}
