'use client'
import { Button, toast, useConfig, useDocumentInfo } from '@payloadcms/ui'
import { useCallback, useEffect, useState } from 'react'

import './WorkflowPanel.css'

type Need = 'note' | 'publishAt' | 'unpublishAt'

interface PanelAction {
  action: string
  label: string
  needs: Need[]
  blocked: string | null
}

interface PanelState {
  workflowState: string
  stateLabel: string
  live: boolean
  medical: boolean
  signOff: { name: string; credentials: string; at: string } | null
  signOffValid: boolean
  dueForReReview: boolean
  publishAt: string | null
  unpublishAt: string | null
  scheduleIssue: string | null
  overdue: boolean
  latestRequest: { note: string; by: string; at: string } | null
  compare: { label: string; href: string }[]
  checklist: { id: string; message: string }[]
  actions: PanelAction[]
}

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
      const unmet = (state?.checklist ?? []).filter((item) => item.id !== 'medical-sign-off')
      if (action.action === 'submit' && unmet.length) {
        // Submitting is allowed; the reviewer will need these before it can go live.
        toast.warning(`Submitted. Before it can go live: ${unmet.map((item) => item.message).join(' ')}`)
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
      <div className="gw-workflow__checklist" aria-label="Before publishing">
        <strong>Before publishing</strong>
        {state.checklist.length > 0 ? (
          <ul>
            {state.checklist.map((item) => (
              <li key={item.id + item.message} data-ok="false">
                <span aria-hidden="true">✗ </span>
                {item.message}
              </li>
            ))}
          </ul>
        ) : (
          <p className="gw-workflow__hint">
            <span aria-hidden="true">✓ </span>Everything it needs to go live is there.
          </p>
        )}
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
