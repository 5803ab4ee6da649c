import { collectionsWith, type SiteCollectionWith } from '../../shared/collections'
import { derivedToken, tokenMatches } from '../../shared/tokens'
import { pathForDocument } from '../paths'

/**
 * Draft preview links. Pure (no Next import): the Payload config builds them for the admin's
 * Preview button and Live Preview, and the preview route checks them.
 *
 * The secret in a link is not the lock — the route also requires a signed-in staff member —
 * but it keeps the route from being a way to probe which drafts exist, and it is what Next's
 * draft-mode pattern expects. It is derived from PAYLOAD_SECRET, so nothing new is configured.
 */

/** The collections with a draft preview (the registry's `preview`): those with a page of their own. */
export const PREVIEW_COLLECTIONS: readonly PreviewCollection[] = collectionsWith('preview')
export type PreviewCollection = SiteCollectionWith<'preview'>

export const isPreviewCollection = (value: unknown): value is PreviewCollection =>
  typeof value === 'string' && (PREVIEW_COLLECTIONS as readonly string[]).includes(value)

export const PREVIEW_ROUTE = '/next/preview'
export const PREVIEW_EXIT_ROUTE = '/next/preview/exit'

export const previewSecret = (payloadSecret: string): string => derivedToken(payloadSecret, 'glassworks:draft-preview')

export const isPreviewSecret = (candidate: string | null | undefined, payloadSecret: string): boolean =>
  tokenMatches(candidate, previewSecret(payloadSecret))

/** Where a preview of this document lands: its page path, or undefined when it has none. */
export function previewTarget(collection: string, slug: unknown): string | undefined {
  if (!isPreviewCollection(collection) || typeof slug !== 'string' || slug === '') return undefined
  return pathForDocument(collection, slug)
}

/** The preview route's URL for a document; null when it cannot be previewed yet (no slug). */
export function previewLink(args: { collection: string; slug: unknown; origin: string; payloadSecret: string }): string | null {
  if (!previewTarget(args.collection, args.slug)) return null
  const params = new URLSearchParams({
    collection: args.collection,
    slug: args.slug as string,
    secret: previewSecret(args.payloadSecret),
  })
  return new URL(`${PREVIEW_ROUTE}?${params}`, `${args.origin}/`).toString()
}

/**
 * The origin the admin was opened on, from the request: preview links built from SERVER_URL
 * broke whenever the admin was reached under another name (127.0.0.1, a LAN address, a
 * proxy) — the pane pointed elsewhere and the session cookie did not go with it (a 401).
 * Falls back to `fallback` when the request carries no host (a script).
 */
export function requestOrigin(headers: Headers | null | undefined, fallback: string): string {
  const host = headers?.get('x-forwarded-host')?.split(',')[0]?.trim() || headers?.get('host')
  if (!host || !/^[A-Za-z0-9.\-:[\]]+$/.test(host)) return fallback
  const proto = headers?.get('x-forwarded-proto')?.split(',')[0]?.trim()
  const scheme = proto === 'https' || proto === 'http' ? proto : new URL(fallback).protocol.replace(':', '')
  return `${scheme}://${host}`
}

/** A path on this site to return to after leaving preview; anything else (//evil, https:) goes home. */
export function safeReturnPath(value: string | null | undefined): string {
  if (typeof value !== 'string' || !value.startsWith('/') || value.startsWith('//') || value.includes('\\')) return '/'
  return value
}
