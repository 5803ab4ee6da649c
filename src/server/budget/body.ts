import { LIMITS } from './limits'

/** A JSON answer shaped like Payload's own errors, so the admin shows the message. */
export const budgetError = (status: number, message: string): Response =>
  new Response(JSON.stringify({ errors: [{ message }] }), {
    status,
    // The rest of the body is never read: close the connection instead of draining it.
    headers: { 'content-type': 'application/json', 'cache-control': 'no-store', connection: 'close' },
  })

const megabytes = (bytes: number) => `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`

export const bodyLimitFor = (contentType: string | null): number =>
  contentType?.toLowerCase().startsWith('multipart/form-data') ? LIMITS.multipartBodyBytes : LIMITS.jsonBodyBytes

/**
 * Reads a request body up to its limit, before anything parses it or looks at the session:
 * a declared Content-Length over the limit is refused without reading a byte, and a body
 * without one (chunked) is counted as it streams and cut off at the limit. Within the limit the
 * body is handed on as a buffer, so Payload's parsers never see more than the limit either.
 */
export async function withBoundedBody(request: Request): Promise<Request | Response> {
  if (!request.body || request.method === 'GET' || request.method === 'HEAD') return request
  const limit = bodyLimitFor(request.headers.get('content-type'))
  const tooLarge = () =>
    budgetError(
      413,
      limit === LIMITS.jsonBodyBytes
        ? `The request body is larger than the ${megabytes(limit)} limit for API requests (uploads may be larger).`
        : `The upload is larger than the ${megabytes(limit)} limit.`,
    )
  const declared = request.headers.get('content-length')
  if (declared !== null && Number(declared) > limit) {
    await request.body.cancel()
    return tooLarge()
  }
  const reader = request.body.getReader()
  const chunks: Uint8Array[] = []
  let received = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    received += value.byteLength
    if (received > limit) {
      await reader.cancel()
      return tooLarge()
    }
    chunks.push(value)
  }
  const body = new Uint8Array(received)
  let offset = 0
  for (const chunk of chunks) {
    body.set(chunk, offset)
    offset += chunk.byteLength
  }
  return new Request(request.url, {
    method: request.method,
    headers: request.headers,
    body,
    signal: request.signal,
  })
}
