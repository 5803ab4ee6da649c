'use client'
import { Button, toast, useConfig, useDocumentInfo } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useCallback, useEffect, useState } from 'react'

import './WorkflowPanel.css'

interface PanelAction {
  action: string
  label: string
  needs: ('note' | 'publishAt')[]
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

/**
 * The review panel in the document sidebar. Everything it shows and does goes through the
 * workflow endpoints, so it can never offer what the server would refuse.
 */
export function WorkflowPanel() {
  const { id, collectionSlug } = useDocumentInfo()
  const {
    config: {
      routes: { api },
    },
  } = useConfig()
  const router = useRouter()
  const [state, setState] = useState<PanelState | null>(null)
  const [comments, setComments] = useState<Comment[]>([])
  const [note, setNote] = useState('')
  const [publishAt, setPublishAt] = useState('')
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
      const response = await fetch(`${base}/workflow`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          action: action.action,
          note: note || undefined,
          publishAt: publishAt ? new Date(publishAt).toISOString() : undefined,
        }),
      })
      const body = (await response.json()) as {
        message?: string
        items?: { message: string }[]
        workflowState?: string
      }
      if (!response.ok) {
        const items = body.items?.map((item) => item.message).join(' ') ?? ''
        toast.error(`${body.message ?? 'The action was refused.'} ${items}`.trim())
        return
      }
      toast.success(`${action.label}: done.`)
      setNote('')
      await load()
      router.refresh()
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

  const needsNote = state.actions.some((a) => a.needs.includes('note'))
  const needsDate = state.actions.some((a) => a.needs.includes('publishAt'))

  return (
    <section className="gw-workflow" aria-label="Editorial workflow">
      <h3 className="gw-workflow__title">Review</h3>
      <p className="gw-workflow__state" data-state={state.workflowState}>
        <span>{state.stateLabel}</span>
        {state.live && state.workflowState !== 'published' ? <em> · a published version is online</em> : null}
      </p>
      {state.publishAt && state.workflowState === 'scheduled' ? (
        <p className="gw-workflow__hint">Goes live {new Date(state.publishAt).toLocaleString()}</p>
      ) : null}
      {state.medical ? (
        <p className="gw-workflow__signoff">
          {state.signOff && state.signOffValid
            ? `Medically reviewed by ${state.signOff.name}${state.signOff.credentials ? `, ${state.signOff.credentials}` : ''} on ${new Date(state.signOff.at).toLocaleDateString()}`
            : 'Medical content: needs a medical reviewer’s sign-off.'}
          {state.dueForReReview ? <strong> Due for re-review.</strong> : null}
        </p>
      ) : null}
      {state.checklist.length > 0 ? (
        <details className="gw-workflow__checklist">
          <summary>Before publishing ({state.checklist.length} to do)</summary>
          <ul>
            {state.checklist.map((item) => (
              <li key={item.id + item.message}>{item.message}</li>
            ))}
          </ul>
        </details>
      ) : (
        <p className="gw-workflow__hint">Checklist complete.</p>
      )}
      {needsNote ? (
        <label className="gw-workflow__field">
          Note to the author
          <textarea value={note} onChange={(e) => setNote(e.target.value)} rows={3} />
        </label>
      ) : null}
      {needsDate ? (
        <label className="gw-workflow__field">
          Publish at
          <input type="datetime-local" value={publishAt} onChange={(e) => setPublishAt(e.target.value)} />
        </label>
      ) : null}
      <div className="gw-workflow__actions">
        {state.actions.map((action) => (
          <Button
            key={action.action}
            buttonStyle={action.action === 'publish' || action.action === 'approve' ? 'primary' : 'secondary'}
            size="small"
            disabled={busy || Boolean(action.blocked)}
            tooltip={action.blocked ?? undefined}
            onClick={() => void run(action)}
          >
            {action.label}
          </Button>
        ))}
        {state.actions.length === 0 ? <p className="gw-workflow__hint">No actions for you in this state.</p> : null}
      </div>
      <h4 className="gw-workflow__subtitle">Comments</h4>
      <ol className="gw-workflow__comments">
        {comments.map((c) => (
          <li key={c.id} className={c.resolved ? 'is-resolved' : undefined}>
            <strong>{typeof c.author === 'object' && c.author ? c.author.name : 'Someone'}</strong>{' '}
            <time dateTime={c.createdAt}>{new Date(c.createdAt).toLocaleString()}</time>
            <p>{c.text}</p>
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
