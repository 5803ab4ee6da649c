import fs from 'node:fs'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { parse as parseYaml } from 'yaml'

import { blocksToPlainText, parseDocument, type ParsedDocument } from '../../src/import/parse'
import { projectRoot } from '../../src/server/paths'

/*
 * Structure recovery measured on documents of each shape editors bring (written for these
 * tests, in our own words): precision and recall of headings, FAQ questions, tips and
 * treatments, the share of page debris removed and of real sentences kept, title and date.
 * The figures go to test-results/import-quality.md; the thresholds below are the floor.
 */

const DIR = path.resolve(__dirname, '../fixtures/import/shapes')
const REPORT = path.join(projectRoot, 'test-results', 'import-quality.md')

interface Expected {
  shape: string
  format?: ParsedDocument['format']
  title?: string | null
  publishedAt?: string
  headings: string[]
  faqs: string[]
  faqAnswers?: Record<string, string>
  tips: string[]
  treatments: string[]
  debris: string[]
  kept: string[]
}

const norm = (s: string) => s.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()

interface Counts {
  tp: number
  fp: number
  fn: number
}
const count = (expected: string[], actual: string[]): Counts => {
  const want = new Set(expected.map(norm))
  const got = new Set(actual.map(norm))
  const tp = [...got].filter((g) => want.has(g)).length
  return { tp, fp: got.size - tp, fn: want.size - tp }
}
const add = (a: Counts, b: Counts): Counts => ({ tp: a.tp + b.tp, fp: a.fp + b.fp, fn: a.fn + b.fn })
// Nothing expected and nothing found is perfect, not undefined.
const precision = (c: Counts) => (c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp))
const recall = (c: Counts) => (c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn))

interface Score {
  file: string
  shape: string
  title?: boolean
  date?: boolean
  headings: Counts
  faqs: Counts
  tips: Counts
  treatments: Counts
  debris: { removed: number; total: number; missed: string[] }
  kept: { kept: number; total: number; lost: string[] }
  answers: { right: number; total: number }
}

function keptText(doc: ParsedDocument): string {
  return norm(
    [
      doc.title,
      blocksToPlainText(doc.body),
      ...doc.body.flatMap((b) => (b.kind === 'heading' ? [b.text] : [])),
      ...doc.faqs.flatMap((f) => [f.question, blocksToPlainText(f.answer)]),
      ...doc.tips.flatMap((t) => [t.title, blocksToPlainText(t.body)]),
    ].join('\n'),
  )
}

function rawKeptText(doc: ParsedDocument): string {
  return JSON.stringify([doc.title, doc.body, doc.faqs, doc.tips])
}

function score(file: string): Score {
  const expected = parseYaml(fs.readFileSync(path.join(DIR, file.replace(/\.[^.]+$/, '.expected.yml')), 'utf8')) as Expected
  const doc = parseDocument({ fileName: file, bytes: fs.readFileSync(path.join(DIR, file)) })
  const text = keptText(doc)
  const raw = rawKeptText(doc)
  const present = (s: string) => (/^[<!]|^wp:/.test(s) ? raw.includes(s) : text.includes(norm(s)))
  const missed = expected.debris.filter(present)
  const lost = expected.kept.filter((s) => !present(s))
  const answers = Object.entries(expected.faqAnswers ?? {})
  return {
    file,
    shape: expected.shape,
    ...(expected.title ? { title: norm(doc.title) === norm(expected.title) } : {}),
    ...(expected.publishedAt ? { date: doc.publishedAt?.slice(0, 10) === expected.publishedAt } : {}),
    headings: count(
      expected.headings,
      doc.body.flatMap((b) => (b.kind === 'heading' ? [b.text] : [])),
    ),
    faqs: count(expected.faqs, doc.faqs.map((f) => f.question)),
    tips: count(expected.tips, doc.tips.map((t) => t.title)),
    treatments: count(expected.treatments, doc.treatments.map((t) => t.key)),
    debris: { removed: expected.debris.length - missed.length, total: expected.debris.length, missed },
    kept: { kept: expected.kept.length - lost.length, total: expected.kept.length, lost },
    answers: {
      total: answers.length,
      right: answers.filter(([q, a]) => {
        const faq = doc.faqs.find((f) => norm(f.question) === norm(q))
        return faq !== undefined && norm(blocksToPlainText(faq.answer)).includes(norm(a))
      }).length,
    },
  }
}

const files = fs
  .readdirSync(DIR)
  .filter((f) => !f.endsWith('.expected.yml'))
  .sort()
const scores: Score[] = []

const pct = (x: number) => `${Math.round(x * 100)}%`
const pr = (c: Counts) => `${pct(precision(c))} / ${pct(recall(c))}`
const zero: Counts = { tp: 0, fp: 0, fn: 0 }

function totals() {
  const sum = (key: 'headings' | 'faqs' | 'tips' | 'treatments') => scores.reduce((acc, s) => add(acc, s[key]), zero)
  const ratio = (pick: (s: Score) => [number, number]) => {
    const [a, b] = scores.map(pick).reduce(([x, y], [p, q]) => [x + p, y + q], [0, 0])
    return b === 0 ? 1 : a / b
  }
  return {
    headings: sum('headings'),
    faqs: sum('faqs'),
    tips: sum('tips'),
    treatments: sum('treatments'),
    titles: ratio((s) => (s.title === undefined ? [0, 0] : [Number(s.title), 1])),
    dates: ratio((s) => (s.date === undefined ? [0, 0] : [Number(s.date), 1])),
    debris: ratio((s) => [s.debris.removed, s.debris.total]),
    kept: ratio((s) => [s.kept.kept, s.kept.total]),
    answers: ratio((s) => [s.answers.right, s.answers.total]),
  }
}

afterAll(() => {
  if (!scores.length) return
  const t = totals()
  const mark = (v?: boolean) => (v === undefined ? '–' : v ? 'yes' : 'no')
  const lines = [
    '# Import structure recovery: quality per document shape',
    '',
    'Precision / recall. Fixtures: `tests/fixtures/import/shapes/`. Written by `tests/unit/import-quality.test.ts`.',
    '',
    '| shape | file | title | date | headings | FAQs | tips | treatments | debris removed | sentences kept |',
    '|---|---|---|---|---|---|---|---|---|---|',
    ...scores.map(
      (s) =>
        `| ${s.shape} | ${s.file} | ${mark(s.title)} | ${mark(s.date)} | ${pr(s.headings)} | ${pr(s.faqs)} | ${pr(s.tips)} | ${pr(s.treatments)} | ${s.debris.removed}/${s.debris.total} | ${s.kept.kept}/${s.kept.total} |`,
    ),
    `| **all** | | ${pct(t.titles)} | ${pct(t.dates)} | ${pr(t.headings)} | ${pr(t.faqs)} | ${pr(t.tips)} | ${pr(t.treatments)} | ${pct(t.debris)} | ${pct(t.kept)} |`,
    '',
    `FAQ answers complete (wrapped lines joined, glued questions split): ${pct(t.answers)}.`,
    '',
    '## Misses',
    '',
    ...scores.flatMap((s) => [
      ...s.debris.missed.map((d) => `- ${s.file}: debris kept: "${d}"`),
      ...s.kept.lost.map((d) => `- ${s.file}: sentence lost: "${d}"`),
    ]),
    '',
  ]
  fs.mkdirSync(path.dirname(REPORT), { recursive: true })
  fs.writeFileSync(REPORT, lines.join('\n'))
})

describe('structure recovery on documents of every shape', () => {
  it.each(files)('parses %s', (file) => {
    scores.push(score(file))
  })

  it('meets the quality floor across shapes', () => {
    expect(scores).toHaveLength(files.length)
    const t = totals()
    const floor = {
      titles: t.titles,
      dates: t.dates,
      headingsP: precision(t.headings),
      headingsR: recall(t.headings),
      faqsP: precision(t.faqs),
      faqsR: recall(t.faqs),
      tipsP: precision(t.tips),
      tipsR: recall(t.tips),
      treatmentsP: precision(t.treatments),
      treatmentsR: recall(t.treatments),
      debris: t.debris,
      kept: t.kept,
      answers: t.answers,
    }
    for (const [metric, value] of Object.entries(floor)) expect(value, metric).toBeGreaterThanOrEqual(metric === 'kept' ? 1 : 0.85)
  })

  it('keeps every shape above half on each measure, so no shape is given up for the average', () => {
    for (const s of scores) {
      for (const key of ['headings', 'faqs', 'tips', 'treatments'] as const) {
        expect(recall(s[key]), `${s.file} ${key} recall`).toBeGreaterThanOrEqual(0.5)
        expect(precision(s[key]), `${s.file} ${key} precision`).toBeGreaterThanOrEqual(0.5)
      }
      if (s.title !== undefined) expect(s.title, `${s.file} title`).toBe(true)
    }
  })
})
