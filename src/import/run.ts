import fs from 'node:fs/promises'
import path from 'node:path'
import type { Payload } from 'payload'

import { canonicalHash } from '../shared/canonical'
import { ManifestError, readManifest, type ImportManifest, type ManifestEntry } from './manifest'
import { importWordPress } from './wordpress/migrate'
import { isWxr } from './wordpress/wxr'
import { IMPORT_CONTEXT, importFile, type FileMetadata, type FileReport, type ImportOptions } from './persist'

/** Expand folders (recursively, skipping hidden entries such as the manifest) into a sorted list of files. */
export async function collectFiles(inputs: string[]): Promise<{ files: string[]; missing: string[] }> {
  const files: string[] = []
  const missing: string[] = []
  async function visit(entry: string): Promise<void> {
    const stat = await fs.stat(entry).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return undefined
      throw error
    })
    if (!stat) return void missing.push(entry)
    if (stat.isFile()) return void files.push(entry)
    if (!stat.isDirectory()) return
    const names = (await fs.readdir(entry)).filter((name) => !name.startsWith('.')).sort()
    for (const name of names) await visit(path.join(entry, name))
  }
  for (const input of inputs) await visit(path.resolve(input))
  return { files: [...new Set(files)], missing }
}

export interface RunResult {
  files: FileReport[]
}

const failedReport = (file: string, error: string, status: FileReport['status'] = 'failed'): FileReport => ({
  file,
  status,
  headings: 0,
  faqs: 0,
  tips: 0,
  treatments: { linked: [], created: [] },
  removed: [],
  warnings: status === 'failed' ? [] : [error],
  ...(status === 'failed' ? { error } : {}),
})

type SlugIds = Map<string, number>

/**
 * The manifest's authors and topics exist after this (created when missing). An existing one is
 * left as it is: once in the admin, editors own it and a re-import must not undo their edits.
 */
async function ensureTaxonomy(payload: Payload, manifest: ImportManifest, dryRun: boolean): Promise<{ authors: SlugIds; topics: SlugIds }> {
  const lookup = async (collection: 'authors' | 'topics', slugs: string[]): Promise<SlugIds> => {
    if (!slugs.length) return new Map()
    const { docs } = await payload.find({ collection, where: { slug: { in: slugs } }, limit: slugs.length, depth: 0, pagination: false })
    return new Map(docs.map((d) => [d.slug as string, d.id]))
  }
  const referenced = (key: 'authors' | 'topics') => [...manifest.files.values()].flatMap((e) => e[key] ?? [])
  const authors = await lookup('authors', [...new Set([...manifest.authors.map((a) => a.slug), ...referenced('authors')])])
  const topics = await lookup('topics', [...new Set([...manifest.topics.map((t) => t.slug), ...referenced('topics')])])
  if (dryRun) return { authors, topics }
  for (const author of manifest.authors) {
    if (authors.has(author.slug)) continue
    const created = await payload.create({ collection: 'authors', data: { ...author }, context: IMPORT_CONTEXT })
    authors.set(author.slug, created.id)
  }
  for (const topic of manifest.topics) {
    if (topics.has(topic.slug)) continue
    const created = await payload.create({ collection: 'topics', data: { ...topic }, context: IMPORT_CONTEXT })
    topics.set(topic.slug, created.id)
  }
  return { authors, topics }
}

function metadataFor(
  manifest: ImportManifest,
  entry: ManifestEntry,
  ids: { authors: SlugIds; topics: SlugIds },
  dryRun: boolean,
): FileMetadata {
  const resolve = (what: 'authors' | 'topics', slugs: string[] | undefined): number[] | undefined => {
    if (!slugs) return undefined
    const defined = new Set((what === 'authors' ? manifest.authors : manifest.topics).map((d) => d.slug))
    return slugs.flatMap((slug) => {
      const id = ids[what].get(slug)
      if (id !== undefined) return [id]
      // A dry run creates nothing, so what the manifest defines counts as there.
      if (dryRun && defined.has(slug)) return []
      throw new ManifestError(manifest.path, `no ${what === 'authors' ? 'author' : 'topic'} "${slug}": define it under "${what}:" or create it in the admin`, entry.line)
    })
  }
  const { line: _line, ...values } = entry
  return {
    ...(entry.title ? { title: entry.title } : {}),
    ...(entry.medical !== undefined ? { medical: entry.medical } : {}),
    ...(entry.heroImage ? { heroImage: entry.heroImage } : {}),
    authorIds: resolve('authors', entry.authors),
    topicIds: resolve('topics', entry.topics),
    hash: canonicalHash(values),
  }
}

/** Import every file; one failure never stops the others. A folder's broken manifest stops that folder only. */
export async function importFiles(
  payload: Payload,
  inputs: string[],
  options: ImportOptions,
  onProgress?: (done: number, total: number, report: FileReport) => void,
): Promise<RunResult> {
  const { files, missing } = await collectFiles(inputs)
  const reports: FileReport[] = missing.map((file) => failedReport(file, `${file}: no such file or folder`))
  const manifests = new Map<string, { manifest?: ImportManifest; ids?: { authors: SlugIds; topics: SlugIds }; error?: ManifestError }>()
  for (const dir of new Set(files.map((f) => path.dirname(f)))) {
    try {
      const manifest = await readManifest(dir)
      manifests.set(dir, manifest ? { manifest, ids: await ensureTaxonomy(payload, manifest, Boolean(options.dryRun)) } : {})
      for (const name of manifest?.files.keys() ?? []) {
        if (!files.includes(path.join(dir, name))) {
          reports.push(failedReport(manifest!.path, `${manifest!.path}:${manifest!.files.get(name)!.line}: "${name}" is listed but not in the folder`, 'skipped'))
        }
      }
    } catch (error) {
      if (!(error instanceof ManifestError)) throw error
      manifests.set(dir, { error })
      reports.push(failedReport(error.file, error.message))
    }
  }
  for (const [index, file] of files.entries()) {
    const folder = manifests.get(path.dirname(file))!
    let report: FileReport
    if (/\.xml$/i.test(file)) {
      const bytes = await fs.readFile(file)
      if (isWxr(bytes.subarray(0, 4000).toString('utf8'))) {
        const posts = await importWordPress(payload, file, bytes, options)
        reports.push(...posts)
        onProgress?.(index + 1, files.length, posts[posts.length - 1] ?? failedReport(file, `${file}: the export has no posts`, 'skipped'))
        continue
      }
    }
    if (folder.error) {
      report = failedReport(file, `${file}: not imported, because the folder's manifest is invalid (${folder.error.message})`)
    } else {
      const entry = folder.manifest?.files.get(path.basename(file))
      try {
        const metadata = entry && metadataFor(folder.manifest!, entry, folder.ids!, Boolean(options.dryRun))
        report = await importFile(payload, file, { ...options, ...(metadata ? { metadata } : {}) })
      } catch (error) {
        if (!(error instanceof ManifestError)) throw error
        report = failedReport(file, error.message)
      }
    }
    reports.push(report)
    onProgress?.(index + 1, files.length, report)
  }
  return { files: reports }
}
