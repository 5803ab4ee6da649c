/** The result table: printed, and written to bench/results/<date>[-quick].md and .json. */
import fs from 'node:fs'
import path from 'node:path'

import { BENCH_DIR } from './env'

export interface Row {
  id: string
  scenario: string
  figure: string
  baseline?: string
  ratio?: number
  target?: string
  /** undefined: no target for this line. */
  met?: boolean
  /** Raw numbers for the JSON. */
  data?: Record<string, unknown>
}

export interface Report {
  date: string
  mode: 'quick' | 'full'
  /** Scenarios run when not all (--only): such partial runs get their own file. */
  only?: string[]
  articles: number[]
  machine: Record<string, unknown>
  durationSeconds: number
  rows: Row[]
  notes: string[]
}

const cell = (text: string | undefined) => (text ?? '').replace(/\|/g, '\\|')

export function markdown(report: Report): string {
  const lines = [
    `# Glassworks bench — ${report.date} (${report.mode}, ${report.articles.map((n) => n.toLocaleString('en')).join(' / ')} articles)`,
    '',
    '| # | scenario | figure | baseline | ratio | target | met? |',
    '|---|---|---|---|---|---|---|',
    ...report.rows.map((r) =>
      `| ${r.id} | ${cell(r.scenario)} | ${cell(r.figure)} | ${cell(r.baseline)} | ${r.ratio === undefined ? '' : r.ratio.toFixed(2)} | ${cell(r.target)} | ${
        r.met === undefined ? '' : r.met ? 'yes' : '**no**'
      } |`,
    ),
    '',
    `Machine: ${Object.entries(report.machine)
      .map(([k, v]) => `${k} ${v}`)
      .join(' · ')}. Bench run took ${Math.round(report.durationSeconds)} s.`,
    ...(report.notes.length ? ['', ...report.notes.map((n) => `- ${n}`)] : []),
    '',
  ]
  return lines.join('\n')
}

export function writeReport(report: Report): { md: string; json: string } {
  const dir = path.join(BENCH_DIR, 'results')
  fs.mkdirSync(dir, { recursive: true })
  const base = path.join(dir, `${report.date}${report.mode === 'quick' ? '-quick' : ''}${report.only ? '-partial' : ''}`)
  fs.writeFileSync(`${base}.md`, markdown(report))
  fs.writeFileSync(`${base}.json`, `${JSON.stringify(report, null, 2)}\n`)
  return { md: `${base}.md`, json: `${base}.json` }
}
