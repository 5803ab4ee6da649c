import * as qs from 'qs-esm'

import { budgetError, withBoundedBody } from './body'
import { checkQuery } from './where'

type Handler = (request: Request, context: { params: Promise<{ slug: string[] }> }) => Promise<Response>

// The options Payload's createPayloadRequest parses the query string with.
const parseQuery = (search: string) =>
  qs.parse(search, { allowEmptyArrays: true, arrayLimit: 1000, depth: 10, ignoreQueryPrefix: true }) as Record<
    string,
    unknown
  >

const isMethodOverride = (request: Request) =>
  request.method === 'POST' &&
  (request.headers.get('X-Payload-HTTP-Method-Override') === 'GET' ||
    request.headers.get('X-HTTP-Method-Override') === 'GET')

/**
 * Every REST request passes its budget before Payload sees it (and so before authentication):
 * a bounded body, then a bounded query — from the URL, or from the body of a POST that
 * overrides its method to GET (how the admin sends long relationship queries).
 */
export const withRestBudget =
  (handler: Handler): Handler =>
  async (request, context) => {
    const unsupported = unsupportedBody(request)
    if (unsupported) return budgetError(415, unsupported)
    const refusal = checkFilePath(request)
    if (refusal) return budgetError(400, refusal)
    const bounded = await withBoundedBody(request)
    if (bounded instanceof Response) return bounded
    const url = new URL(bounded.url)
    let verdict = checkQuery(parseQuery(url.search), bounded.method)
    if (!verdict && isMethodOverride(bounded)) {
      const type = bounded.headers.get('content-type') ?? ''
      const text = await bounded.clone().text()
      if (type.startsWith('application/x-www-form-urlencoded')) verdict = checkQuery(parseQuery(text), 'GET')
      else if (type.startsWith('application/json')) verdict = checkJsonQuery(text)
    }
    if (verdict) return budgetError(400, verdict)
    return handler(bounded, context)
  }

const BODY_TYPES = ['application/json', 'multipart/form-data', 'application/x-www-form-urlencoded']

/**
 * What Payload would otherwise answer with a 500: a body in a format it does not read
 * (text/plain to /api/articles) — 415 — or an upload path that is not a single file name once
 * decoded (double encoding, traversal, control characters) — 400.
 */
function unsupportedBody(request: Request): string | null {
  const type = request.headers.get('content-type')?.toLowerCase() ?? ''
  const hasBody = request.body !== null && request.method !== 'GET' && request.method !== 'HEAD'
  if (!hasBody || !type || BODY_TYPES.some((accepted) => type.startsWith(accepted))) return null
  return `Send the body as application/json (or multipart/form-data for uploads), not ${type.split(';')[0]}.`
}

function checkFilePath(request: Request): string | null {
  const file = /^\/api\/[^/]+\/file\/(.+)$/.exec(new URL(request.url).pathname)?.[1]
  if (file === undefined) return null
  let name: string
  try {
    name = decodeURIComponent(file)
  } catch {
    return 'The file name in the URL is not valid percent-encoding.'
  }
  // eslint-disable-next-line no-control-regex
  return /[/\\%\u0000-\u001f]|\.\./.test(name) ? 'The URL must name a single stored file.' : null
}

function checkJsonQuery(text: string) {
  try {
    const data: unknown = JSON.parse(text)
    return data && typeof data === 'object' ? checkQuery(data as Record<string, unknown>, 'GET') : null
  } catch {
    return 'The request body is not valid JSON.'
  }
}

/**
 * GraphQL's route: the body limit here; cost and depth are validation rules (graphqlBudget.ts).
 * A refused query answers 400: graphql-http sends 200 for `application/json` clients even when
 * the query never ran (no `data` at all), which hides the refusal from monitoring and clients.
 */
export const withGraphqlBudget =
  (handler: (request: Request) => Promise<Response>) =>
  async (request: Request): Promise<Response> => {
    const bounded = await withBoundedBody(request)
    if (bounded instanceof Response) return bounded
    const response = await handler(bounded)
    if (response.status !== 200 || !response.headers.get('content-type')?.includes('json')) return response
    const text = await response.text()
    let refused = false
    try {
      const body = JSON.parse(text) as { data?: unknown; errors?: unknown[] }
      refused = Array.isArray(body.errors) && body.errors.length > 0 && !('data' in body)
    } catch {
      refused = false
    }
    return new Response(text, { status: refused ? 400 : 200, headers: response.headers })
  }
