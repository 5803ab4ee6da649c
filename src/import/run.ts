import fs from 'node:fs/promises'
import path from 'node:path'
import type { Payload } from 'payload'

import { importFile, type FileReport, type ImportOptions } from './persist'

/** Expand folders (recursively, skipping hidden entries) into a sorted list of files. */
export async function collectFiles(inputs: string[]): Promise<{ files: string[]; missing: string[] }> {
  const files: string[] = []
  const missing: string[] = []
  async function visit(entry: string): Promise<void> {
    const stat = await fs.stat(entry).catch(() => undefined)
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

/** Import every file; one failure never stops the others. */
export async function importFiles(
  payload: Payload,
  inputs: string[],
  options: ImportOptions,
  onProgress?: (done: number, total: number, report: FileReport) => void,
): Promise<RunResult> {
  const { files, missing } = await collectFiles(inputs)
  const reports: FileReport[] = missing.map((file) => ({
    file,
    status: 'failed',
    headings: 0,
    faqs: 0,
    tips: 0,
    treatments: { linked: [], created: [] },
    removed: [],
    warnings: [],
    error: `${file}: no such file or folder`,
  }))
  for (const [index, file] of files.entries()) {
    const report = await importFile(payload, file, options)
    reports.push(report)
    onProgress?.(index + 1, files.length, report)
  }
  return { files: reports }
}
