import { parse as parseYaml, YAMLError } from 'yaml'

import { warnOnce, type ParseLog } from './nodes'
import { ImportParseError } from './types'

export interface FrontMatter {
  title?: string
  publishedAt?: string
  description?: string
  excerpt?: string
  heroImage?: string
  slug?: string
  topics?: string[]
}

export interface SplitSource {
  frontMatter?: FrontMatter
  body: string
  /** Lines before `body` starts, so body line n is source line n + lineOffset. */
  lineOffset: number
}

// Static-site generators spell the same field several ways; the first key found wins.
const KEYS = {
  title: ['title'],
  date: ['date', 'publishedAt', 'published_at', 'published', 'pubDate', 'datePublished'],
  description: ['description', 'meta_description', 'metaDescription'],
  excerpt: ['excerpt', 'summary', 'subtitle'],
  image: ['image', 'heroImage', 'hero', 'cover', 'coverImage', 'featured_image', 'featuredImage', 'thumbnail'],
  slug: ['slug'],
  topics: ['tags', 'categories', 'category', 'keywords', 'topics'],
} as const
const KNOWN = new Set<string>(Object.values(KEYS).flat())

/** Dates without a zone are read as UTC, so the result does not depend on the importing machine's time zone. */
export function toIsoDate(value: unknown): string | undefined {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value.toISOString()
  if (typeof value !== 'string') return undefined
  const s = value.trim().replace(/(\d)(?:st|nd|rd|th)\b/g, '$1')
  const hasZone = /(?:Z|[+-]\d{2}:?\d{2}|\bUTC|\bGMT)$/i.test(s)
  const candidates = hasZone || /^\d{4}-\d{2}-\d{2}$/.test(s) ? [s] : [s.replace(' ', 'T') + 'Z', `${s} UTC`]
  for (const candidate of candidates) {
    const date = new Date(candidate)
    if (!Number.isNaN(date.getTime())) return date.toISOString()
  }
  return undefined
}

function stringOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() || undefined
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const v = value as Record<string, unknown>
    return stringOf(v.src ?? v.url ?? v.path)
  }
  return undefined
}

function topicsOf(value: unknown): string[] {
  const list = Array.isArray(value) ? value : typeof value === 'string' ? value.split(',') : []
  return list.filter((v): v is string => typeof v === 'string').map((v) => v.trim()).filter(Boolean)
}

function pick(data: Record<string, unknown>, keys: readonly string[]): [string, unknown] | undefined {
  const key = keys.find((k) => data[k] !== undefined && data[k] !== null)
  return key === undefined ? undefined : [key, data[key]]
}

function yamlErrorReason(error: YAMLError): string {
  return (error.message.split('\n')[0] ?? '').replace(/\s*at line \d+, column \d+:?\s*$/, '')
}

function readFields(data: Record<string, unknown>, log: ParseLog): FrontMatter {
  const fm: FrontMatter = {}
  const title = pick(data, KEYS.title)
  if (title) {
    fm.title = stringOf(title[1])
    if (!fm.title) warnOnce(log, 'front matter "title" is not text; title taken from the document')
  }
  const date = pick(data, KEYS.date)
  if (date) {
    fm.publishedAt = toIsoDate(date[1])
    if (!fm.publishedAt) warnOnce(log, `front matter "${date[0]}" is not a date: ${String(date[1])}`)
  }
  fm.description = stringOf(pick(data, KEYS.description)?.[1])
  fm.excerpt = stringOf(pick(data, KEYS.excerpt)?.[1])
  fm.heroImage = stringOf(pick(data, KEYS.image)?.[1])
  fm.slug = stringOf(pick(data, KEYS.slug)?.[1])
  const topics = KEYS.topics.flatMap((k) => topicsOf(data[k]))
  if (topics.length) fm.topics = [...new Set(topics)]
  for (const key of Object.keys(data)) {
    if (!KNOWN.has(key)) warnOnce(log, `front matter key "${key}" is not imported`)
  }
  return fm
}

/** Splits off YAML front matter (a `---` first line). Broken YAML is an error: guessing would import wrong metadata. */
export function splitFrontMatter(text: string, log: ParseLog): SplitSource {
  const lines = text.split('\n')
  if (lines[0].trim() !== '---') return { body: text, lineOffset: 0 }
  const close = lines.findIndex((l, i) => i > 0 && (l.trim() === '---' || l.trim() === '...'))
  if (close === -1) {
    throw new ImportParseError('front matter starts on line 1 but has no closing "---" line', 1)
  }
  let data: unknown
  try {
    data = parseYaml(lines.slice(1, close).join('\n'))
  } catch (error) {
    if (!(error instanceof YAMLError)) throw error
    const line = error.linePos ? error.linePos[0].line + 1 : undefined
    const where = line ? ` on line ${line}` : ''
    throw new ImportParseError(`front matter is not valid YAML${where}: ${yamlErrorReason(error)}`, line)
  }
  if (data !== null && data !== undefined && (typeof data !== 'object' || Array.isArray(data))) {
    throw new ImportParseError('front matter must be "key: value" lines', 2)
  }
  return {
    frontMatter: readFields((data ?? {}) as Record<string, unknown>, log),
    body: lines.slice(close + 1).join('\n'),
    lineOffset: close + 1,
  }
}
