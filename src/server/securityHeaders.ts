/**
 * Response headers for every route (site, admin, API), read by next.config.ts.
 *
 * The CSP allows inline scripts and styles: Next's App Router streams its RSC payload in inline
 * `<script>` tags and Payload's admin sets inline styles, and nonces would need a proxy on every
 * request (which costs the site ~40% of its cached-page throughput, README "Moved pages").
 * What it does stop: scripts, frames, forms and connections to other origins, plugins, `<base>`
 * hijacking, and anyone framing the site or the admin (the admin's Live Preview frames the
 * site, which is same-origin).
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "media-src 'self' blob:",
  "worker-src 'self' blob:",
  "frame-src 'self'",
  "frame-ancestors 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ')

/**
 * Uploaded files are served as what they are and nothing else: no script, no styles from
 * elsewhere, sandboxed even when opened directly.
 */
const MEDIA_SECURITY_POLICY = "default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline'; sandbox"

type Header = { key: string; value: string }

/** HSTS belongs to whatever terminates TLS (the shipped nginx, a CDN), not to the app. */
export function securityHeaders(): { source: string; headers: Header[] }[] {
  const common: Header[] = [
    { key: 'X-Content-Type-Options', value: 'nosniff' },
    { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
    { key: 'X-Frame-Options', value: 'SAMEORIGIN' },
    { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=()' },
    { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
  ]
  return [
    { source: '/:path*', headers: [...common, { key: 'Content-Security-Policy', value: CONTENT_SECURITY_POLICY }] },
    // Later entries win for the same header: uploads get the stricter policy.
    { source: '/api/media/file/:path*', headers: [{ key: 'Content-Security-Policy', value: MEDIA_SECURITY_POLICY }] },
  ]
}
