import fs from 'node:fs'
import path from 'node:path'
import type { Payload } from 'payload'

import { canonicalHash } from '../../shared/canonical'
import { normalizeRedirectPath } from '../../site/redirectPaths'
import { slugify } from '../parse'
import { decodeSource } from '../parse/decode'
import { ImportParseError } from '../parse/types'
import { ensureBySlug, ImportBatch } from '../lookup'
import { IMPORT_CONTEXT, type FileMetadata, type ImportOptions } from '../options'
import { importParsed, parseSource, prefetchFor, type ImportSourceInput, type ParsedSource } from '../persist'
import { failedReport, type FileReport } from '../report'
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

/** WordPress authors by login, as authors (found or created by slug). */
async function ensureAuthors(payload: Payload, wxr: WxrExport, dryRun: boolean): Promise<Ids> {
  const slugOf = (a: WxrExport['authors'][number]) => slugify(a.login) || slugify(a.displayName)
  const bySlug = await ensureBySlug(payload, 'authors', wxr.authors.map((a) => ({ slug: slugOf(a), data: { name: a.displayName } })), { dryRun })
  const ids: Ids = new Map()
  for (const author of wxr.authors) {
    const id = bySlug.get(slugOf(author))
    if (id !== undefined) ids.set(author.login, id)
  }
  return ids
}

/** Categories and tags, as topics by slug; topic names are unique too, so a tag named like a category is the same topic. */
async function ensureTopics(payload: Payload, wxr: WxrExport, dryRun: boolean): Promise<Ids> {
  const terms = new Map<string, string>()
  for (const term of [...wxr.terms, ...wxr.posts.flatMap((p) => p.terms)]) {
    const slug = slugify(term.slug) || slugify(term.name)
    if (slug && term.name && !terms.has(slug)) terms.set(slug, term.name)
  }
  const wanted = [...terms].map(([slug, name]) => ({ slug, data: { name } }))
  return ensureBySlug(payload, 'topics', wanted, { dryRun, sameAs: (doc, _slug, data) => doc.name === data.name })
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

async function redirectOldPermalink(payload: Payload, post: WxrPost, report: FileReport, batch: ImportBatch): Promise<void> {
  const from = post.link ? normalizeRedirectPath(post.link) : undefined
  if (!from || !report.slug || from === `/blog/${report.slug}`) return
  const { article, fromThisFile } = await batch.article(payload, wordpressKey(post.id), report.slug)
  if (!article || !fromThisFile) return
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
export async function importWordPress(
  payload: Payload,
  file: string,
  bytes: Uint8Array,
  options: ImportOptions = {},
  batch = new ImportBatch(),
): Promise<FileReport[]> {
  let wxr: WxrExport
  try {
    wxr = parseWxr(decodeSource(bytes))
  } catch (error) {
    if (!(error instanceof ImportParseError)) throw error
    return [failedReport(file, `${file}${error.line ? `:${error.line}` : ''}: ${error.message}`)]
  }
  const dryRun = Boolean(options.dryRun)
  const authors = await ensureAuthors(payload, wxr, dryRun)
  const topics = await ensureTopics(payload, wxr, dryRun)
  const attachments = new Map(wxr.posts.filter((p) => p.type === 'attachment').map((p) => [p.id, p]))
  const planned: { post: WxrPost; input: ImportSourceInput; options: ImportOptions; parsed: ParsedSource; warnings: string[] }[] = []
  for (const post of wxr.posts.filter((p) => p.type === 'post' && p.status !== 'trash' && p.status !== 'auto-draft')) {
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
    const input = { path: `${file}:${post.line} (post ${post.id})`, fileName: wordpressKey(post.id), bytes: Buffer.from(html) }
    const postOptions = { ...options, publish: published || Boolean(options.publish), metadata }
    planned.push({ post, input, options: postOptions, parsed: parseSource(input, postOptions), warnings })
  }
  // The same path as any file, with the posts' lookups read together.
  await prefetchFor(payload, batch, planned.map((p) => ({ fileName: p.input.fileName, doc: p.parsed.doc })))
  const reports: FileReport[] = []
  for (const { post, input, options: postOptions, parsed, warnings } of planned) {
    const report = await importParsed(payload, input, parsed, postOptions, batch)
    report.warnings.push(...warnings)
    if (!dryRun && report.status !== 'failed' && report.status !== 'skipped') await redirectOldPermalink(payload, post, report, batch)
    reports.push(report)
  }
  return reports
}
