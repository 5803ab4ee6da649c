import type { Endpoint } from 'payload'

import type { ContentCollection } from '../../shared/collections'
import { isAction } from '../machine'
import { describeWorkflow } from './describe'
import { performAction } from './transition'

export type { WorkflowStatus } from './describe'
export type { TransitionResult } from './transition'

/** GET /api/<collection>/<id>/workflow: state, available actions and checklist for the admin panel. */
export const workflowStatusEndpoint = (collection: ContentCollection): Endpoint => ({
  path: '/:id/workflow',
  method: 'get',
  handler: async (req) => {
    const result = await describeWorkflow(req, collection, (req.routeParams?.id as string) ?? '')
    return Response.json(result.body, { status: result.status })
  },
})

/**
 * POST /api/<collection>/<id>/workflow {"action", "note"?, "publishAt"?}: 200 with the new
 * state, 400 bad input, 401 anonymous, 403 role or four eyes, 404, 409 state, 422 checklist.
 */
export const workflowEndpoint = (collection: ContentCollection): Endpoint => ({
  path: '/:id/workflow',
  method: 'post',
  handler: async (req) => {
    const id = req.routeParams?.id as string | undefined
    // JSON only: a form or text/plain body is what a cross-site page can send without CORS.
    if (!req.headers.get('content-type')?.toLowerCase().startsWith('application/json')) {
      return Response.json(
        { error: 'unsupported-media-type', message: 'Send the action as JSON (Content-Type: application/json).' },
        { status: 415 },
      )
    }
    let body: Record<string, unknown> = {}
    try {
      body = req.json ? (((await req.json()) as Record<string, unknown>) ?? {}) : {}
    } catch {
      return Response.json(
        { error: 'invalid-input', message: 'The body must be JSON: {"action": "submit"}.' },
        { status: 400 },
      )
    }
    if (!isAction(body.action)) {
      return Response.json(
        { error: 'invalid-input', field: 'action', message: `Unknown action ${JSON.stringify(body.action ?? null)}.` },
        { status: 400 },
      )
    }
    const optionalString = (value: unknown) => (typeof value === 'string' ? value : null)
    const result = await performAction(req, collection, id ?? '', {
      action: body.action,
      note: optionalString(body.note),
      publishAt: optionalString(body.publishAt),
      unpublishAt: optionalString(body.unpublishAt),
    })
    return Response.json(result.body, { status: result.status })
  },
})
