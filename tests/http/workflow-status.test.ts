import { describe, expect, it } from 'vitest'

import type { WorkflowStatus } from '../../src/workflow/payload/endpoint'
import { api } from '../helpers/http'
import { usePayload } from '../helpers/payload'
import { createTeam, editorDraft, workflow } from '../helpers/team'

/*
 * The contract of GET /api/<collection>/<id>/workflow, which the review panel reads: every key
 * of the endpoint's exported WorkflowStatus type, with the JSON type of each. `CONTRACT` is
 * typed by those keys, so a key added to or removed from the type fails the typecheck until
 * this test says what it holds.
 */

const ctx = usePayload()

const string = expect.any(String)
/** An asymmetric matcher (what expect.any is): a string, or null. */
const stringOrNull = { asymmetricMatch: (value: unknown) => value === null || typeof value === 'string', toString: () => 'String | null' }
const boolean = expect.any(Boolean)

const ACTION = { action: string, label: string, needs: expect.any(Array), blocked: stringOrNull }

describe('GET /api/<collection>/<id>/workflow', () => {
  it('answers a reviewer with every field of WorkflowStatus, in its JSON type', async () => {
    const team = await createTeam(ctx.payload)
    const doc = await editorDraft(ctx.payload, team)
    await workflow(team, 'editor', doc.id, 'submit')

    const response = await api(`/api/articles/${doc.id}/workflow`, { token: team.tokens.reviewer })
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toMatch(/^application\/json/)
    const body = (await response.json()) as WorkflowStatus

    const CONTRACT = {
      id: doc.id,
      workflowState: 'in-review',
      stateLabel: 'In review',
      live: false,
      medical: boolean,
      signOff: null,
      signOffValid: boolean,
      dueForReReview: false,
      publishAt: null,
      unpublishAt: null,
      scheduleIssue: null,
      overdue: false,
      checklist: [],
      assignee: null,
      bannedClaims: expect.arrayContaining([string]),
      latestRequest: null,
      compare: expect.any(Array),
      actions: expect.arrayContaining([
        { ...ACTION, action: 'approve', needs: [], blocked: null },
        { ...ACTION, action: 'request-changes', needs: ['note'] },
        { ...ACTION, action: 'schedule', needs: ['publishAt'] },
      ]),
    } satisfies Record<keyof WorkflowStatus, unknown>

    expect(Object.keys(body).sort()).toEqual(Object.keys(CONTRACT).sort())
    expect(body).toEqual(CONTRACT)
    for (const action of body.actions) expect(action).toEqual(ACTION)
  })

  it('answers 401 without a session and 404 for a document that does not exist, with a message', async () => {
    const team = await createTeam(ctx.payload)
    const doc = await editorDraft(ctx.payload, team)
    const anonymous = await api(`/api/articles/${doc.id}/workflow`)
    expect(anonymous.status).toBe(401)
    expect(await anonymous.json()).toEqual({ error: 'unauthorized', message: string })
    const missing = await api('/api/articles/987654321/workflow', { token: team.tokens.reviewer })
    expect(missing.status).toBe(404)
    expect(await missing.json()).toEqual({ error: 'not-found', message: 'No articles document with id 987654321.' })
  })
})
