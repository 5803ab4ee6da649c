const PROBE_ORIGIN = 'http://same-site.invalid'

/**
 * A path on this site, or null. Browsers drop tabs and newlines inside URLs and read "\" as
 * "/", so "/\t/evil.example" is "//evil.example" to them: any control character or backslash
 * disqualifies a target, and what remains must resolve to this origin.
 */
export function sameSitePath(value: unknown): string | null {
  if (typeof value !== 'string' || value.length > 2000) return null
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f\\]/.test(value)) return null
  if (!value.startsWith('/') || value.startsWith('//')) return null
  const url = new URL(value, PROBE_ORIGIN)
  if (url.origin !== PROBE_ORIGIN) return null
  return `${url.pathname}${url.search}${url.hash}`
}
