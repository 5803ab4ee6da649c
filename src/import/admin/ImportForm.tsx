'use client'

import { useState } from 'react'

import type { ImportProgress } from './job'
import type { ImportPreview } from './preview'

type Phase = 'choose' | 'checking' | 'checked' | 'importing' | 'done'

const POLL_MS = 1000

/** The reports at once, or (many files) the queued job's progress to poll. */
async function send(path: string, files: File[]): Promise<{ files?: ImportPreview[]; run?: ImportProgress }> {
  const body = new FormData()
  for (const file of files) body.append('files', file)
  const response = await fetch(`/api/import/${path}`, { method: 'POST', body, credentials: 'include' })
  const json = (await response.json()) as { files?: ImportPreview[]; run?: ImportProgress; error?: string }
  if (!response.ok || !(json.files || json.run)) throw new Error(json.error ?? `The server answered ${response.status}.`)
  return json
}

async function progress(id: number): Promise<ImportProgress> {
  const response = await fetch(`/api/import/runs/${id}`, { credentials: 'include' })
  const json = (await response.json()) as ImportProgress & { error?: string }
  if (!response.ok) throw new Error(json.error ?? `The server answered ${response.status}.`)
  return json
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

function Progress({ run }: { run: ImportProgress }) {
  const label = run.status === 'queued' ? 'Queued: the job runner starts it shortly.' : `Imported ${run.done} of ${run.total} files`
  return (
    <div className="import-form__progress">
      <progress aria-label="Import progress" max={run.total} value={run.done} />
      <p className="import-form__progress-text" aria-live="polite">
        {label}
        {run.status === 'done' ? ' (done)' : ''}
      </p>
    </div>
  )
}

function Items({ label, items }: { label: string; items: string[] }) {
  return (
    <div className="import-report__row">
      <dt>
        {label} ({items.length})
      </dt>
      <dd>{items.length ? <ul>{items.map((item, i) => <li key={i}>{item}</li>)}</ul> : 'none'}</dd>
    </div>
  )
}

function Report({ file }: { file: ImportPreview }) {
  return (
    <article className="import-report" data-file={file.file}>
      <h2>{file.title ?? file.file}</h2>
      <p className="import-report__meta">
        {file.file} · {file.format ?? '—'} · {file.encoding ?? '—'} · <span className="import-report__status">{file.status}</span>
        {file.articleId ? (
          <>
            {' · '}
            <a href={`/admin/collections/articles/${file.articleId}`}>open the draft</a>
          </>
        ) : null}
      </p>
      {file.error ? <p role="alert">{file.error}</p> : null}
      <dl>
        <Items label="Headings" items={file.headingTexts} />
        <Items label="FAQs" items={file.faqQuestions} />
        <Items label="Tips" items={file.tipTitles} />
        <Items label="Treatments" items={file.treatmentNames} />
        <Items label="Removed as debris" items={file.removed.map((r) => `line ${r.line} (${r.reason}): ${r.text}`)} />
        <Items label="Warnings" items={file.warnings} />
      </dl>
    </article>
  )
}

export function ImportForm() {
  const [files, setFiles] = useState<File[]>([])
  const [reports, setReports] = useState<ImportPreview[]>([])
  const [phase, setPhase] = useState<Phase>('choose')
  const [error, setError] = useState<string>()
  const [job, setJob] = useState<ImportProgress>()

  /** Poll the job until it is done; the reports appear file by file. */
  const follow = async (started: ImportProgress) => {
    let current = started
    setJob(current)
    while (current.status !== 'done') {
      if (current.status === 'failed') throw new Error(`The import stopped: ${current.error ?? 'unknown error'}`)
      await sleep(POLL_MS)
      current = await progress(current.id)
      setJob(current)
      setReports(current.files)
    }
    return current.files
  }

  const run = async (path: 'check' | 'run') => {
    setError(undefined)
    setJob(undefined)
    setPhase(path === 'check' ? 'checking' : 'importing')
    try {
      const answer = await send(path, files)
      setReports(answer.run ? await follow(answer.run) : (answer.files ?? []))
      setPhase(path === 'check' ? 'checked' : 'done')
    } catch (e) {
      setError((e as Error).message)
      setPhase(path === 'check' ? 'choose' : 'checked')
    }
  }
  const importable = reports.some((r) => !r.error)

  return (
    <div className="import-form">
      <p>Markdown, plain text, HTML or a WordPress export (.md, .txt, .html, .xml). Check first: nothing is written until you import.</p>
      <label className="import-form__files">
        Files
        <input
          type="file"
          name="files"
          multiple
          accept=".md,.markdown,.txt,.html,.htm,.xml"
          onChange={(e) => {
            setFiles([...(e.target.files ?? [])])
            setReports([])
            setPhase('choose')
          }}
        />
      </label>
      <div className="import-form__actions">
        <button type="button" className="btn btn--style-secondary" disabled={!files.length || phase === 'checking'} onClick={() => run('check')}>
          {phase === 'checking' ? 'Checking…' : 'Check files'}
        </button>
        {phase === 'checked' || phase === 'importing' ? (
          <button type="button" className="btn btn--style-primary" disabled={!importable || phase === 'importing'} onClick={() => run('run')}>
            {phase === 'importing' ? 'Importing…' : 'Import as drafts for review'}
          </button>
        ) : null}
      </div>
      {job ? <Progress run={job} /> : null}
      {error ? <p role="alert">{error}</p> : null}
      {phase === 'done' ? <p role="status">Imported. The drafts are in review, each with this report as a comment.</p> : null}
      <div className="import-form__reports">{reports.map((r) => <Report key={r.file} file={r} />)}</div>
    </div>
  )
}
