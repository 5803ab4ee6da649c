/**
 * The one form a redirect's "from" is stored and looked up in: a path on this site with a
 * leading slash, no trailing slash, no query or fragment. Pure, for the collection's validation
 * and the proxy's lookup alike.
 */
const RESERVED = /^\/(admin|api|_next|next)(\/|$)/

export function normalizeRedirectPath(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined
  let path = value.trim()
  if (path === '') return undefined
  // A pasted full URL of this (or the old) site: keep its path.
  if (/^https?:\/\//i.test(path)) {
    try {
      path = new URL(path).pathname
    } catch {
      return undefined
    }
  }
  path = path.split(/[?#]/)[0]
  if (!path.startsWith('/')) path = `/${path}`
  if (path.length > 1) path = path.replace(/\/+$/, '')
  if (path === '/' || path.startsWith('//') || path.includes('\\') || RESERVED.test(path) || path.length > 500) return undefined
  try {
    // Stored decoded, compared decoded: "/blog/caf%C3%A9" and "/blog/café" are one URL.
    return decodeURI(path)
  } catch {
    return undefined
  }
}
