import fs from 'node:fs/promises'
import path from 'node:path'
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node as YamlNode, type YAMLMap } from 'yaml'

/*
 * `.import-manifest.yml` beside imported files: editorial metadata the text cannot carry
 * (the editors' title, bylines, topics, the medical flag, a hero image) and the authors and
 * topics those refer to. A value here wins over what the parser derives. A broken manifest is
 * an error naming its line: importing with half-read metadata would publish wrong bylines.
 */

export const MANIFEST_FILE = '.import-manifest.yml'

export interface ManifestAuthor {
  slug: string
  name: string
  bio?: string
  credentials?: string
}

export interface ManifestTopic {
  slug: string
  name: string
  description?: string
}

export interface ManifestEntry {
  title?: string
  authors?: string[]
  topics?: string[]
  medical?: boolean
  /** Relative to the manifest's folder. */
  heroImage?: string
  /** Line of the entry in the manifest, for messages. */
  line: number
}

export interface ImportManifest {
  path: string
  authors: ManifestAuthor[]
  topics: ManifestTopic[]
  files: Map<string, ManifestEntry>
}

export class ManifestError extends Error {
  readonly file: string
  readonly line?: number

  constructor(file: string, message: string, line?: number) {
    super(`${file}${line ? `:${line}` : ''}: ${message}`)
    this.name = 'ManifestError'
    this.file = file
    if (line !== undefined) this.line = line
  }
}

const SLUG_RE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

class Reader {
  constructor(
    readonly file: string,
    private readonly lines: LineCounter,
  ) {}

  lineOf(node: YamlNode | null | undefined): number | undefined {
    const offset = node?.range?.[0]
    return offset === undefined ? undefined : this.lines.linePos(offset).line
  }

  fail(node: YamlNode | null | undefined, message: string): never {
    throw new ManifestError(this.file, message, this.lineOf(node))
  }

  map(node: unknown, what: string): YAMLMap {
    if (!isMap(node)) this.fail(node as YamlNode, `${what} must be "key: value" lines`)
    return node
  }

  text(node: unknown, what: string): string {
    if (!isScalar(node) || typeof node.value !== 'string' || !node.value.trim()) this.fail(node as YamlNode, `${what} must be text`)
    return node.value.trim()
  }

  slug(node: unknown, what: string): string {
    const value = this.text(node, what)
    if (!SLUG_RE.test(value)) this.fail(node as YamlNode, `${what} "${value}" is not a slug (lower-case letters, digits and hyphens)`)
    return value
  }

  slugList(node: unknown, what: string): string[] {
    if (isScalar(node)) return [this.slug(node, what)]
    if (!isSeq(node)) this.fail(node as YamlNode, `${what} must be a list of slugs`)
    return node.items.map((item) => this.slug(item, `an entry of ${what}`))
  }

  /** Every key of a map, refusing keys outside `allowed` (a typo would silently drop metadata). */
  entries(map: YAMLMap, allowed: readonly string[], what: string): [string, unknown, YamlNode][] {
    return map.items.map((pair) => {
      const key = pair.key as YamlNode
      const name = isScalar(key) ? String(key.value) : ''
      if (!allowed.includes(name)) this.fail(key, `unknown key "${name}" in ${what} (expected one of: ${allowed.join(', ')})`)
      return [name, pair.value, key]
    })
  }
}

function readDefinitions<T extends { slug: string }>(
  r: Reader,
  node: unknown,
  what: 'authors' | 'topics',
  fields: readonly string[],
): T[] {
  if (!isSeq(node)) r.fail(node as YamlNode, `"${what}" must be a list`)
  const seen = new Set<string>()
  return node.items.map((item) => {
    const map = r.map(item, `an entry of "${what}"`)
    const value: Record<string, string> = {}
    for (const [key, v] of r.entries(map, fields, `an entry of "${what}"`)) value[key] = key === 'slug' ? r.slug(v, `${what} slug`) : r.text(v, `${what} ${key}`)
    if (!value.slug || !value.name) r.fail(map, `an entry of "${what}" needs both "slug" and "name"`)
    if (seen.has(value.slug)) r.fail(map, `${what} slug "${value.slug}" is defined twice`)
    seen.add(value.slug)
    return value as unknown as T
  })
}

function readFiles(r: Reader, node: unknown): Map<string, ManifestEntry> {
  const files = new Map<string, ManifestEntry>()
  const map = r.map(node, '"files"')
  for (const pair of map.items) {
    const key = pair.key as YamlNode
    if (!isScalar(key) || typeof key.value !== 'string' || !key.value) r.fail(key, 'a key under "files" must be a file name')
    const fileName = key.value
    if (fileName.includes('/') || fileName.includes('\\')) r.fail(key, `"${fileName}": name a file in this folder, without a path`)
    const entry: ManifestEntry = { line: r.lineOf(key) ?? 1 }
    if (pair.value !== null && !(isScalar(pair.value) && pair.value.value === null)) {
      const fields = r.map(pair.value, `"${fileName}"`)
      for (const [field, v] of r.entries(fields, ['title', 'authors', 'topics', 'medical', 'heroImage', 'hero'], `"${fileName}"`)) {
        if (field === 'title') entry.title = r.text(v, 'title')
        else if (field === 'authors') entry.authors = r.slugList(v, '"authors"')
        else if (field === 'topics') entry.topics = r.slugList(v, '"topics"')
        else if (field === 'medical') {
          if (!isScalar(v) || typeof v.value !== 'boolean') r.fail(v as YamlNode, '"medical" must be true or false')
          entry.medical = v.value
        } else entry.heroImage = r.text(v, `"${field}"`)
      }
    }
    if (files.has(fileName)) r.fail(key, `"${fileName}" is listed twice`)
    files.set(fileName, entry)
  }
  return files
}

/** Parses and validates a manifest's text; every error names the manifest and the line. */
export function parseManifest(text: string, file: string): ImportManifest {
  const lines = new LineCounter()
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true })
  const r = new Reader(file, lines)
  const first = doc.errors[0]
  if (first) {
    const line = lines.linePos(first.pos[0]).line
    throw new ManifestError(file, `not valid YAML: ${first.message.split('\n')[0].replace(/\s*at line \d+, column \d+:?\s*$/, '')}`, line)
  }
  const manifest: ImportManifest = { path: file, authors: [], topics: [], files: new Map() }
  if (doc.contents === null || (isScalar(doc.contents) && doc.contents.value === null)) return manifest
  for (const [key, value] of r.entries(r.map(doc.contents, 'the manifest'), ['authors', 'topics', 'files'], 'the manifest')) {
    if (key === 'authors') manifest.authors = readDefinitions<ManifestAuthor>(r, value, 'authors', ['slug', 'name', 'bio', 'credentials'])
    else if (key === 'topics') manifest.topics = readDefinitions<ManifestTopic>(r, value, 'topics', ['slug', 'name', 'description'])
    else manifest.files = readFiles(r, value)
  }
  return manifest
}

/** The manifest of a folder, or undefined when it has none. */
export async function readManifest(dir: string): Promise<ImportManifest | undefined> {
  const file = path.join(dir, MANIFEST_FILE)
  let text: string
  try {
    text = await fs.readFile(file, 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined
    throw error
  }
  return parseManifest(text, file)
}
