import { APIError } from 'payload'

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
