'use client'
import { Button, toast, useAllFormFields, useAuth, useConfig, useDocumentInfo } from '@payloadcms/ui'
import { reduceFieldsToValues } from 'payload/shared'
import { useCallback, useEffect, useMemo, useState } from 'react'

import { lexicalPlainText } from '../../content/lexicalText'
import { type ChecklistLine, checklistReport, type Collection, type Content } from '../checklist'
import type { WorkflowStatus } from '../payload/endpoint'

import './WorkflowPanel.css'

/** What GET /api/<collection>/<id>/workflow answers: the endpoint's own type, not a copy. */
type PanelState = WorkflowStatus
type PanelAction = PanelState['actions'][number]
type Need = PanelAction['needs'][number]

interface Comment {
  id: number
  text: string
  resolved?: boolean
  createdAt: string
  author?: { name?: string } | number | null
}

/** The input an action needs, labelled and placed right above its button. */
const INPUT_LABELS: Record<Need, string> = {
  note: 'Note to the author',
  publishAt: 'Publish at',
  unpublishAt: 'Take down at',
}

/** Outside draft and changes requested the form is read-only; say why and what unlocks it. */
const READ_ONLY_BANNERS: Record<string, string> = {
  'in-review': 'In review — withdraw to edit.',
  approved: 'Approved — withdraw to edit.',
  scheduled: 'Scheduled — withdraw to edit.',
  published: 'Published — reopen as a draft to edit.',
  unpublished: 'Unpublished — reopen as a draft to edit.',
  archived: 'Archived — reopen as a draft to edit.',
}

const REVIEWER_ROLES = ['reviewer', 'admin', 'medical-reviewer']

const isRichText = (value: unknown): boolean => Boolean(value && typeof value === 'object' && 'root' in value)
const idOf = (value: unknown): string | null => {
  if (value === null || value === undefined || value === '') return null
  if (typeof value === 'object') return idOf((value as { id?: unknown; value?: unknown }).id ?? (value as { value?: unknown }).value)
  return String(value)
}

/**
 * The form's current values as the checklist reads them, so it follows the editor's typing
 * instead of the last save. The sign-off's validity comes from the server (it hashes the
 * stored content); an edit voids it on the next autosave, and the panel reloads after actions.
 */
function contentFromForm(
  collection: Collection,
  data: Record<string, unknown>,
  heroAlt: string | null | undefined,
  state: PanelState,
): Content {
  const text = (value: unknown) => (typeof value === 'string' ? value : undefined)
  const heroId = idOf(data.heroImage)
  const meta = (data.meta ?? {}) as { description?: unknown }
  return {
    collection,
    version: 'form',
    medical: data.medical === true,
    title: text(data.title),
    name: text(data.name),
    question: text(data.question),
    answer: isRichText(data.answer) ? lexicalPlainText(data.answer) : undefined,
    slug: text(data.slug),
    excerpt: text(data.excerpt),
    metaDescription: text(meta.description) ?? null,
    summary: text(data.summary),
    // While the image's alt text loads, count it as present rather than flash a ✗.
    heroImage: heroId ? { alt: heroAlt === undefined ? 'loading' : heroAlt } : null,
    topics: Array.isArray(data.topics) ? data.topics : [],
    body: isRichText(data.body) ? lexicalPlainText(data.body) : undefined,
    signOff: state.signOff
      ? {
          by: '',
          name: state.signOff.name,
          credentials: state.signOff.credentials,
          at: state.signOff.at,
          reviewDueAt: state.signOff.reviewDueAt,
          version: state.signOffValid ? 'form' : 'an earlier version',
        }
      : null,
  }
}

const when = (iso: string) => new Date(iso).toLocaleString()

/**
 * The review panel at the top of the document sidebar. Everything it shows and does goes
 * through the workflow endpoints, so it can never offer what the server would refuse.
 */
export function WorkflowPanel() {
  const { id, collectionSlug } = useDocumentInfo()
  const {
    config: {
      routes: { api },
    },
  } = useConfig()
  const [state, setState] = useState<PanelState | null>(null)
  const [comments, setComments] = useState<Comment[]>([])
  const [inputs, setInputs] = useState<Record<Need, string>>({ note: '', publishAt: '', unpublishAt: '' })
  const [comment, setComment] = useState('')
  const [busy, setBusy] = useState(false)
  const base = `${api}/${collectionSlug}/${id}`
  const { user } = useAuth()
  const [fields] = useAllFormFields()
  const data = useMemo(() => reduceFieldsToValues(fields, true) as Record<string, unknown>, [fields])
  const heroId = idOf(data.heroImage)
  const [alts, setAlts] = useState<Record<string, string | null>>({})

  useEffect(() => {
    if (!heroId || heroId in alts) return
    void fetch(`${api}/media/${heroId}?depth=0`, { credentials: 'include' }).then(async (response) => {
      const media = response.ok ? ((await response.json()) as { alt?: string | null }) : null
      setAlts((known) => ({ ...known, [heroId]: media?.alt ?? null }))
    })
  }, [alts, api, heroId])

  const load = useCallback(async () => {
    if (!id) return
    const [status, thread] = await Promise.all([
      fetch(`${base}/workflow`, { credentials: 'include' }),
      fetch(
        `${api}/comments?where[doc.value][equals]=${id}&where[doc.relationTo][equals]=${collectionSlug}&sort=createdAt&depth=1&limit=100`,
        { credentials: 'include' },
      ),
    ])
    if (status.ok) setState((await status.json()) as PanelState)
    if (thread.ok) setComments(((await thread.json()) as { docs: Comment[] }).docs)
  }, [api, base, collectionSlug, id])

  useEffect(() => {
    void load()
  }, [load])

  const lines: ChecklistLine[] = useMemo(
    () =>
      state
        ? checklistReport(contentFromForm(collectionSlug as Collection, data, heroId ? alts[heroId] : null, state), {
            bannedClaims: state.bannedClaims,
          })
        : [],
    [alts, collectionSlug, data, heroId, state],
  )

  if (!id) return <p className="gw-workflow__hint">Save the draft to start its review.</p>
  if (!state) return <p className="gw-workflow__hint">Loading the workflow…</p>

  async function run(action: PanelAction) {
    setBusy(true)
    try {
      const value = (need: Need) => (action.needs.includes(need) ? inputs[need] : '')
      const response = await fetch(`${base}/workflow`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          action: action.action,
          note: value('note') || undefined,
          publishAt: value('publishAt') ? new Date(value('publishAt')).toISOString() : undefined,
          unpublishAt: value('unpublishAt') ? new Date(value('unpublishAt')).toISOString() : undefined,
        }),
      })
      const body = (await response.json()) as { message?: string }
      if (!response.ok) {
        toast.error(body.message ?? 'The action was refused.')
        return
      }
      const unmet = lines.filter((line) => !line.ok && line.id !== 'medical-sign-off')
      if (action.action === 'submit' && unmet.length) {
        // Submitting is allowed; the reviewer will need these before it can go live.
        toast.warning(`Submitted. Before it can go live: ${unmet.map((line) => line.message).join(' ')}`)
      } else toast.success(`${action.label}: done.`)
      setInputs({ note: '', publishAt: '', unpublishAt: '' })
      // A full reload: whether the form is editable is decided when the document view renders.
      window.location.reload()
    } finally {
      setBusy(false)
    }
  }

  async function addComment() {
    if (!comment.trim()) return
    const response = await fetch(`${api}/comments`, {
      method: 'POST',
      credentials: 'include',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ doc: { relationTo: collectionSlug, value: id }, text: comment }),
    })
    if (response.ok) {
      setComment('')
      await load()
    } else toast.error('The comment was not saved.')
  }

  /** The form is read-only in review, so reviewers take a review from the panel. */
  async function assignToMe() {
    const response = await fetch(`${base}?draft=true`, {
      method: 'PATCH',
      credentials: 'include',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ assignee: user?.id }),
    })
    if (response.ok) window.location.reload()
    else toast.error(((await response.json()) as { errors?: { message: string }[] }).errors?.[0]?.message ?? 'The review could not be assigned to you.')
  }

  async function setResolved(target: Comment, resolved: boolean) {
    const response = await fetch(`${api}/comments/${target.id}`, {
      method: 'PATCH',
      credentials: 'include',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ resolved }),
    })
    if (response.ok) await load()
    else toast.error(resolved ? 'The comment could not be marked resolved.' : 'The comment could not be reopened.')
  }

  const withInput = state.actions.filter((a) => a.needs.length > 0)
  const plain = state.actions.filter((a) => a.needs.length === 0)
  const button = (action: PanelAction) => (
    <Button
      key={action.action}
      buttonStyle={action.action === 'publish' || action.action === 'approve' ? 'primary' : 'secondary'}
      size="small"
      disabled={busy || Boolean(action.blocked) || action.needs.some((need) => !inputs[need].trim())}
      onClick={() => void run(action)}
    >
      {action.label}
    </Button>
  )
  const openComments = comments.filter((c) => !c.resolved).length

  return (
    <section className="gw-workflow" aria-label="Editorial workflow">
      <h3 className="gw-workflow__title">Review</h3>
      <p className="gw-workflow__state" data-state={state.workflowState}>
        <span>{state.stateLabel}</span>
        {state.live && state.workflowState !== 'published' ? <em> · a published version is online</em> : null}
      </p>
      {READ_ONLY_BANNERS[state.workflowState] ? (
        <p className="gw-workflow__readonly" role="status">
          {READ_ONLY_BANNERS[state.workflowState]}
        </p>
      ) : null}
      {state.scheduleIssue ? (
        <p className="gw-workflow__alert" role="alert">
          {state.scheduleIssue}
        </p>
      ) : null}
      {state.overdue && !state.scheduleIssue ? (
        <p className="gw-workflow__alert" role="alert">
          Overdue: it should have gone live {state.publishAt ? when(state.publishAt) : ''} and has not. Check that the job
          runner is on, or publish it now.
        </p>
      ) : null}
      {state.publishAt && state.workflowState === 'scheduled' ? (
        <p className="gw-workflow__hint">Goes live {when(state.publishAt)}</p>
      ) : null}
      {state.unpublishAt ? <p className="gw-workflow__hint">Taken down {when(state.unpublishAt)}</p> : null}
      {state.latestRequest && state.workflowState === 'changes-requested' ? (
        <div className="gw-workflow__request" aria-label="Requested changes">
          <strong>
            Changes requested by {state.latestRequest.by} · {when(state.latestRequest.at)}
          </strong>
          <p>{state.latestRequest.note}</p>
        </div>
      ) : null}
      {state.compare.length > 0 ? (
        <p className="gw-workflow__compare">
          {state.compare.map((link) => (
            <a key={link.href} href={link.href}>
              {link.label}
            </a>
          ))}
        </p>
      ) : null}
      {state.medical ? (
        <p className="gw-workflow__signoff">
          {state.signOff && state.signOffValid
            ? `Medically reviewed by ${state.signOff.name}${state.signOff.credentials ? `, ${state.signOff.credentials}` : ''} on ${new Date(state.signOff.at).toLocaleDateString()}`
            : 'Medical content: needs a medical reviewer’s sign-off.'}
          {state.dueForReReview ? <strong> Due for re-review.</strong> : null}
        </p>
      ) : null}
      <div className="gw-workflow__checklist" role="group" aria-label="Before publishing">
        <strong>
          Before publishing{' '}
          {lines.every((line) => line.ok) ? '· ready' : `· ${lines.filter((line) => !line.ok).length} to do`}
        </strong>
        <ul>
          {lines.map((line, index) => (
            <li key={`${line.id}-${index}`} data-ok={String(line.ok)}>
              <span aria-hidden="true">{line.ok ? '✓ ' : '✗ '}</span>
              {line.ok ? line.label : line.message}
            </li>
          ))}
        </ul>
      </div>
      {withInput.map((action) => (
        <div key={action.action} className="gw-workflow__group">
          {action.needs.map((need) => (
            <label key={need} className="gw-workflow__field">
              {INPUT_LABELS[need]}
              {need === 'note' ? (
                <textarea
                  value={inputs.note}
                  onChange={(e) => setInputs({ ...inputs, note: e.target.value })}
                  rows={3}
                />
              ) : (
                <input
                  type="datetime-local"
                  value={inputs[need]}
                  onChange={(e) => setInputs({ ...inputs, [need]: e.target.value })}
                />
              )}
            </label>
          ))}
          {button(action)}
          {action.blocked ? <p className="gw-workflow__blocked">{action.blocked}</p> : null}
        </div>
      ))}
      {plain.length > 0 ? (
        <div className="gw-workflow__actions">
          {plain.map((action) => (
            <div key={action.action} className="gw-workflow__action">
              {button(action)}
              {action.blocked ? <p className="gw-workflow__blocked">{action.blocked}</p> : null}
            </div>
          ))}
        </div>
      ) : null}
      {state.actions.length === 0 ? <p className="gw-workflow__hint">No actions for you in this state.</p> : null}
      {state.workflowState === 'in-review' &&
      REVIEWER_ROLES.some((role) => (user as { roles?: string[] } | null)?.roles?.includes(role)) &&
      idOf(state.assignee) !== String(user?.id) ? (
        <Button size="small" buttonStyle="subtle" onClick={() => void assignToMe()}>
          Assign to me
        </Button>
      ) : null}
      <h4 className="gw-workflow__subtitle">
        Comments{comments.length ? ` (${openComments} open)` : ''}
      </h4>
      <ol className="gw-workflow__comments">
        {comments.map((c) => (
          <li key={c.id} className={c.resolved ? 'is-resolved' : undefined}>
            <strong>{typeof c.author === 'object' && c.author ? c.author.name : 'Someone'}</strong>{' '}
            <time dateTime={c.createdAt}>{when(c.createdAt)}</time>
            {c.resolved ? <em> · resolved</em> : null}
            <p>{c.text}</p>
            <Button size="small" buttonStyle="subtle" onClick={() => void setResolved(c, !c.resolved)}>
              {c.resolved ? 'Reopen' : 'Resolve'}
            </Button>
          </li>
        ))}
      </ol>
      <label className="gw-workflow__field">
        Add a comment
        <textarea value={comment} onChange={(e) => setComment(e.target.value)} rows={2} />
      </label>
      <Button size="small" buttonStyle="secondary" onClick={() => void addComment()} disabled={!comment.trim()}>
        Comment
      </Button>
    </section>
  )
}
