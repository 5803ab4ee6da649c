import crypto from 'node:crypto'

/**
 * A token for one purpose (revalidation, draft preview), derived from PAYLOAD_SECRET: nothing new
 * to configure, and a leaked token opens only its own door.
 */
export const derivedToken = (secret: string, purpose: string): string =>
  crypto.createHmac('sha256', secret).update(purpose).digest('hex')

/** Whether a presented hex token is the expected one, in constant time. */
export function tokenMatches(candidate: string | null | undefined, expected: string): boolean {
  if (typeof candidate !== 'string' || candidate.length !== expected.length || !/^[0-9a-f]+$/i.test(candidate)) return false
  return crypto.timingSafeEqual(Buffer.from(candidate, 'hex'), Buffer.from(expected, 'hex'))
}
