import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import type { Payload } from 'payload'

import { canonicalHash } from '../shared/canonical'
import { ManifestError, readManifest, type ImportManifest, type ManifestEntry } from './manifest'
import { importWordPress } from './wordpress/migrate'
import { isWxr } from './wordpress/wxr'
import { ensureBySlug, ImportBatch } from './lookup'
import { importParsedTogether, parseSource, prefetchFor, readSource, type FileMetadata, type ImportOptions, type ParsedItem } from './persist'
import { failedReport, type FileReport } from './report'
import { importInParallel } from './parallel/run'
import { killWorkers, startChildren, type ImportWorker } from './parallel/pool'

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
  /** CPU seconds the run's child workers spent importing (parallel runs; their start-up excluded). */
  workerCpuSeconds?: number
}

export interface RunOptions {
  /**
   * Import workers (processes, each its own Payload): 1 writes everything here; more split the
   * files (src/import/parallel). 'auto': the machine's cores, at most 4, for a folder large
   * enough to repay their start-up, else 1. Dry runs and runs with a WordPress export are serial.
   */
  jobs?: number | 'auto'
  /**
   * Child workers started ahead for this run (startWorkersAhead), before the caller's own
   * Payload: the run takes them over, and ends them when it turns out serial.
   */
  children?: ImportWorker[]
  /** Files per round of a parallel run (default ROUND_FILES, 500); tests make it small to run several. */
  roundFiles?: number
}

/** Files below which 'auto' stays serial: a worker's start-up (Payload's init, ~2 s of CPU) costs what ~50 documents save. */
const PARALLEL_FROM_FILES = 100

export function resolveJobs(jobs: RunOptions['jobs'], files: number): number {
  if (jobs === undefined) return 1
  if (jobs === 'auto') return files >= PARALLEL_FROM_FILES ? Math.min(os.availableParallelism(), 4) : 1
  return Math.max(1, Math.floor(jobs))
}

/**
 * The workers a run of these files uses: 1 for what the parallel run does not handle, a dry
 * run, a WordPress export (its posts import in order, with their authors and categories), two
 * files of one name (the second updates the first's article, which exists only once the first
 * is written).
 */
export function plannedJobs(files: string[], options: ImportOptions, jobs: RunOptions['jobs']): number {
  const resolved = resolveJobs(jobs, files.length)
  const serial = options.dryRun || files.some((f) => /\.xml$/i.test(f)) || new Set(files.map((f) => path.basename(f))).size !== files.length
  return serial ? 1 : resolved
}

/**
 * Start the child workers an import of `inputs` will use, before this process starts its own
 * Payload: a child's start-up (Payload's initialisation, seconds) then overlaps this process's
 * instead of delaying the import. Pass them to importFiles as `children`.
 */
export async function startWorkersAhead(inputs: string[], options: ImportOptions, jobs: RunOptions['jobs'], databaseUrl: string | undefined): Promise<ImportWorker[]> {
  const { files } = await collectFiles(inputs)
  return startChildren(plannedJobs(files, options, jobs) - 1, databaseUrl)
}

type SlugIds = Map<string, number>

/** The manifest's authors and topics exist after this (created when missing, unless a dry run). */
async function ensureTaxonomy(payload: Payload, manifest: ImportManifest, dryRun: boolean): Promise<{ authors: SlugIds; topics: SlugIds }> {
  const referenced = (key: 'authors' | 'topics') => [...manifest.files.values()].flatMap((e) => e[key] ?? [])
  const wanted = (defs: { slug: string }[]) => defs.map((d) => ({ slug: d.slug, data: { ...d } }))
  const authors = await ensureBySlug(payload, 'authors', wanted(manifest.authors), { dryRun, lookupOnly: referenced('authors') })
  const topics = await ensureBySlug(payload, 'topics', wanted(manifest.topics), { dryRun, lookupOnly: referenced('topics') })
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

/** Files parsed (and their lookups read) together; bounded so a large folder's parsed documents need not all be held at once. */
const BATCH_FILES = 50

type Folder = { manifest?: ImportManifest; ids?: { authors: SlugIds; topics: SlugIds }; error?: ManifestError }

/**
 * What importing one file takes: a document to write (parsed now, written with the others of
 * its batch), or a step of its own (a WordPress export, or a report known already).
 */
type Prepared = { item: ParsedItem } | { run: () => Promise<FileReport[]> }

/** A file's options with its manifest entry resolved, or the report saying why it cannot be imported. */
export function fileOptionsFor(file: string, folder: Folder, options: ImportOptions): { options: ImportOptions } | { report: FileReport } {
  if (folder.error) return { report: failedReport(file, `${file}: not imported, because the folder's manifest is invalid (${folder.error.message})`) }
  const entry = folder.manifest?.files.get(path.basename(file))
  try {
    const metadata = entry && metadataFor(folder.manifest!, entry, folder.ids!, Boolean(options.dryRun))
    return { options: metadata ? { ...options, metadata } : options }
  } catch (error) {
    if (!(error instanceof ManifestError)) throw error
    return { report: failedReport(file, error.message) }
  }
}

async function prepareFile(payload: Payload, file: string, folder: Folder, options: ImportOptions, batch: ImportBatch): Promise<Prepared> {
  const done = (report: FileReport) => ({ run: async () => [report] })
  if (/\.xml$/i.test(file)) {
    const bytes = await fs.readFile(file)
    if (isWxr(bytes.subarray(0, 4000).toString('utf8'))) return { run: () => importWordPress(payload, file, bytes, options, batch) }
  }
  const resolved = fileOptionsFor(file, folder, options)
  if ('report' in resolved) return done(resolved.report)
  const input = await readSource(file)
  if ('error' in input) return done(input.error)
  return { item: { input, parsed: parseSource(input, resolved.options), options: resolved.options } }
}

/** Import every file; one failure never stops the others. A folder's broken manifest stops that folder only. */
export async function importFiles(
  payload: Payload,
  inputs: string[],
  options: ImportOptions,
  onProgress?: (done: number, total: number, report: FileReport) => void,
  run: RunOptions = {},
): Promise<RunResult> {
  const { files, missing } = await collectFiles(inputs)
  const reports: FileReport[] = missing.map((file) => failedReport(file, `${file}: no such file or folder`))
  const manifests = new Map<string, Folder>()
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
      if (!(error instanceof ManifestError)) {
        await killWorkers(run.children ?? [])
        throw error
      }
      manifests.set(dir, { error })
      reports.push(failedReport(error.file, error.message))
    }
  }
  const jobs = plannedJobs(files, options, run.jobs)
  if (jobs > 1) {
    const entries = files.map((file) => ({ file, ...fileOptionsFor(file, manifests.get(path.dirname(file))!, options) }))
    let finished = 0
    const { reports: written, workerCpuSeconds } = await importInParallel(
      payload,
      entries,
      jobs,
      (report) => onProgress?.(++finished, files.length, report),
      run.children,
      run.roundFiles,
    )
    return { files: [...reports, ...written], workerCpuSeconds }
  }
  await killWorkers(run.children ?? [])
  const batch = new ImportBatch()
  let done = 0
  const progress = (file: string, out: FileReport[]) => {
    reports.push(...out)
    onProgress?.(++done, files.length, out[out.length - 1] ?? failedReport(file, `${file}: the export has no posts`, 'skipped'))
  }
  const prepareChunk = async (start: number): Promise<Prepared[]> => {
    const prepared: Prepared[] = []
    for (const file of files.slice(start, start + BATCH_FILES)) {
      prepared.push(await prepareFile(payload, file, manifests.get(path.dirname(file))!, options, batch))
      // One file's parse at a time between the database's answers to the batch being written.
      await new Promise((resolve) => setImmediate(resolve))
    }
    return prepared
  }
  let next = files.length ? prepareChunk(0) : undefined
  for (let start = 0; next; start += BATCH_FILES) {
    // Parse a batch first, so that one query per collection finds what all of its files link to.
    const chunk = files.slice(start, start + BATCH_FILES)
    const prepared = await next
    await prefetchFor(payload, batch, prepared.flatMap((p) => ('item' in p ? [{ fileName: p.item.input.fileName, doc: p.item.parsed.doc }] : [])))
    // The next batch is parsed while this one is written (parsing needs no database; its lookups wait for this commit).
    next = start + BATCH_FILES < files.length ? prepareChunk(start + BATCH_FILES) : undefined
    // Awaited on the next turn, which reports its failure; this only keeps Node from calling it unhandled meanwhile.
    next?.catch(() => undefined)
    // Consecutive documents are written in one transaction; a WordPress export between them runs in file order, with its own.
    let group: { file: string; item: ParsedItem }[] = []
    const writeGroup = async () => {
      const out = await importParsedTogether(payload, group.map((g) => g.item), batch)
      group.forEach((g, i) => progress(g.file, [out[i]]))
      group = []
    }
    for (const [i, step] of prepared.entries()) {
      if ('item' in step) {
        group.push({ file: chunk[i], item: step.item })
        continue
      }
      await writeGroup()
      progress(chunk[i], await step.run())
    }
    await writeGroup()
  }
  return { files: reports }
}
