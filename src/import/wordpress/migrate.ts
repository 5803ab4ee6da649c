import fs from 'node:fs'
import path from 'node:path'
import type { Payload } from 'payload'

import { canonicalHash } from '../../shared/canonical'
import { normalizeRedirectPath } from '../../site/redirectPaths'
import { slugify } from '../parse'
import { decodeSource } from '../parse/decode'
import { ImportParseError } from '../parse/types'
import { IMPORT_CONTEXT, importSource, type FileMetadata, type FileReport, type ImportOptions } from '../persist'
import { parseWxr, type WxrExport, type WxrPost } from './wxr'

/*
 * A WordPress migration: every post of a WXR export becomes an article through the same
 * structure recovery as any file, with its WordPress author, categories and tags (as topics),
 * date and featured image; published posts go live, drafts stay drafts, and each old permalink
 * becomes a 301 to the new page. Keyed by the WordPress post id, so running it again updates
 * instead of duplicating.
 */

/** The importSource.fileName of a migrated post: stable across exports, unique per post. */
export const wordpressKey = (postId: number) => `wordpress-post-${postId}`

const BLOCK_TAG_RE = /^<\/?(?:p|h[1-6]|ul|ol|li|blockquote|pre|table|figure|div|hr|img|!--)/i

/**
 * Classic-editor posts store text the way the editor shows it: paragraphs separated by blank
 * lines, no <p>. WordPress adds the paragraphs when it renders (wpautop); so does this.
 */
export function autoParagraphs(content: string): string {
  if (/<!--\s*wp:/.test(content) || /<p[\s>]/i.test(content)) return content
  return content
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((chunk) => chunk.trim())
    .filter(Boolean)
    .map((chunk) => (BLOCK_TAG_RE.test(chunk) ? chunk : `<p>${chunk.replace(/\n/g, '<br>\n')}</p>`))
    .join('\n')
}

type Ids = Map<string, number>

async function ensureAuthors(payload: Payload, wxr: WxrExport, dryRun: boolean): Promise<Ids> {
  const slugs = wxr.authors.map((a) => slugify(a.login) || slugify(a.displayName))
  const { docs } = await payload.find({ collection: 'authors', where: { slug: { in: slugs } }, limit: slugs.length || 1, depth: 0, pagination: false })
  const bySlug = new Map(docs.map((d) => [d.slug as string, d.id]))
  const ids: Ids = new Map()
  for (const [i, author] of wxr.authors.entries()) {
    const slug = slugs[i]
    let id = bySlug.get(slug)
    if (id === undefined && !dryRun) {
      id = (await payload.create({ collection: 'authors', data: { name: author.displayName, slug }, context: IMPORT_CONTEXT })).id
      bySlug.set(slug, id)
    }
    if (id !== undefined) ids.set(author.login, id)
  }
  return ids
}

async function ensureTopics(payload: Payload, wxr: WxrExport, dryRun: boolean): Promise<Ids> {
  const terms = new Map<string, string>()
  for (const term of [...wxr.terms, ...wxr.posts.flatMap((p) => p.terms)]) {
    const slug = slugify(term.slug) || slugify(term.name)
    if (slug && term.name && !terms.has(slug)) terms.set(slug, term.name)
  }
  // Topic names are unique too: a tag named like a category is the same topic.
  const names = [...terms.values()]
  const { docs } = await payload.find({
    collection: 'topics',
    where: { or: [{ slug: { in: [...terms.keys()] } }, { name: { in: names } }] },
    limit: terms.size * 2 || 1,
    depth: 0,
    pagination: false,
  })
  const ids: Ids = new Map()
  for (const [slug, name] of terms) {
    let id = docs.find((d) => d.slug === slug || d.name === name)?.id
    if (id === undefined && !dryRun) {
      const created = await payload.create({ collection: 'topics', data: { name, slug }, context: IMPORT_CONTEXT })
      docs.push(created)
      id = created.id
    }
    if (id !== undefined) ids.set(slug, id)
  }
  return ids
}

function featuredImage(post: WxrPost, attachments: Map<number, WxrPost>, mediaDir: string | undefined, warnings: string[]): string | undefined {
  if (!post.thumbnailId) return undefined
  const attachment = attachments.get(post.thumbnailId)
  const relative = attachment?.attachedFile ?? (attachment?.attachmentUrl ? new URL(attachment.attachmentUrl).pathname.replace(/^.*\/uploads\//, '') : undefined)
  if (!relative) {
    warnings.push(`featured image (attachment ${post.thumbnailId}) is not in the export`)
    return undefined
  }
  if (!mediaDir) {
    warnings.push(`featured image ${relative} not imported: give the uploads folder with --media-dir`)
    return undefined
  }
  const file = path.resolve(mediaDir, relative)
  if (!file.startsWith(path.resolve(mediaDir) + path.sep) || !fs.existsSync(file)) {
    warnings.push(`featured image ${relative} not found under ${mediaDir}`)
    return undefined
  }
  return file
}

async function redirectOldPermalink(payload: Payload, post: WxrPost, report: FileReport): Promise<void> {
  const from = post.link ? normalizeRedirectPath(post.link) : undefined
  if (!from || !report.slug || from === `/blog/${report.slug}`) return
  const { docs } = await payload.find({
    collection: 'articles',
    where: { 'importSource.fileName': { equals: wordpressKey(post.id) } },
    draft: true,
    depth: 0,
    limit: 1,
  })
  const article = docs[0]
  if (!article) return
  const data = { from, type: '301' as const, to: { type: 'reference' as const, reference: { relationTo: 'articles' as const, value: article.id } } }
  const existing = await payload.find({ collection: 'redirects', where: { from: { equals: from } }, limit: 1, depth: 0 })
  const current = existing.docs[0]
  const target = current?.to?.reference?.value
  if (current && (typeof target === 'object' ? target?.id : target) === article.id) return
  if (current) await payload.update({ collection: 'redirects', id: current.id, data, context: IMPORT_CONTEXT })
  else await payload.create({ collection: 'redirects', data, context: IMPORT_CONTEXT })
  report.warnings.push(`old permalink ${from} now redirects (301) to /blog/${report.slug}`)
}

/** Migrates a WXR export; one report per post. A malformed export is one failed report naming its line. */
export async function importWordPress(payload: Payload, file: string, bytes: Uint8Array, options: ImportOptions = {}): Promise<FileReport[]> {
  let wxr: WxrExport
  try {
    wxr = parseWxr(decodeSource(bytes))
  } catch (error) {
    if (!(error instanceof ImportParseError)) throw error
    return [
      {
        file,
        status: 'failed',
        headings: 0,
        faqs: 0,
        tips: 0,
        treatments: { linked: [], created: [] },
        removed: [],
        warnings: [],
        error: `${file}${error.line ? `:${error.line}` : ''}: ${error.message}`,
      },
    ]
  }
  const dryRun = Boolean(options.dryRun)
  const authors = await ensureAuthors(payload, wxr, dryRun)
  const topics = await ensureTopics(payload, wxr, dryRun)
  const attachments = new Map(wxr.posts.filter((p) => p.type === 'attachment').map((p) => [p.id, p]))
  const reports: FileReport[] = []
  for (const post of wxr.posts.filter((p) => p.type === 'post' && p.status !== 'trash' && p.status !== 'auto-draft')) {
    const where = `${file}:${post.line} (post ${post.id})`
    const warnings: string[] = []
    const heroImage = featuredImage(post, attachments, options.mediaDir, warnings)
    const author = authors.get(post.creator)
    const topicIds = [...new Set(post.terms.map((t) => topics.get(slugify(t.slug) || slugify(t.name))).filter((id): id is number => id !== undefined))]
    const published = post.status === 'publish'
    const values = { title: post.title, author: post.creator, terms: post.terms, date: post.date, heroImage, published }
    const metadata: FileMetadata = {
      ...(post.title ? { title: post.title } : {}),
      ...(author !== undefined ? { authorIds: [author] } : {}),
      topicIds,
      ...(post.date ? { publishedAt: post.date } : {}),
      ...(heroImage ? { heroImage } : {}),
      draft: !published,
      keepTreatmentsDraft: true,
      hash: canonicalHash(values),
    }
    const html = `<!doctype html><html><body><article>\n${autoParagraphs(post.content)}\n</article></body></html>`
    const report = await importSource(
      payload,
      { path: where, fileName: wordpressKey(post.id), bytes: Buffer.from(html) },
      { ...options, publish: published || Boolean(options.publish), metadata },
    )
    report.warnings.push(...warnings)
    if (!dryRun && report.status !== 'failed' && report.status !== 'skipped') await redirectOldPermalink(payload, post, report)
    reports.push(report)
  }
  return reports
}
