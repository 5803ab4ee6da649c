import { APIError, NotFound } from 'payload'

/**
 * Errors whose message reaches the client. The name is set explicitly: Payload's formatter
 * drops the message of an error without a name, and a minified production build leaves
 * `this.constructor.name` empty.
 */
export class PublicError<TData extends object | null = null> extends APIError<TData> {
  constructor(message: string, status: number, data?: TData) {
    super(message, status, (data ?? null) as TData, true)
    this.name = 'PublicError'
  }
}

export const forbidden = (message: string) => new PublicError(message, 403)
export const badRequest = (message: string) => new PublicError(message, 400)
export const conflict = (message: string) => new PublicError(message, 409)
export const unsupportedMedia = (message: string) => new PublicError(message, 415)

/**
 * Payload's "no such document" (its NotFound). By name and status too, not only `instanceof`:
 * an error thrown by another copy of Payload's modules (one per Next layer) fails instanceof.
 */
export function isNotFound(error: unknown): boolean {
  if (!error || typeof error !== 'object') return false
  const { name, status } = error as { name?: unknown; status?: unknown }
  return error instanceof NotFound || name === 'NotFound' || status === 404
}
