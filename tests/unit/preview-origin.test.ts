import { describe, expect, it } from 'vitest'

import { requestOrigin } from '../../src/site/preview/link'

describe('the origin preview links are built on', () => {
  const fallback = 'http://localhost:3000'
  it('is the host the admin was opened on, not SERVER_URL', () => {
    expect(requestOrigin(new Headers({ host: '127.0.0.1:4123' }), fallback)).toBe('http://127.0.0.1:4123')
  })
  it('follows a proxy’s forwarded host and scheme', () => {
    const headers = new Headers({ host: 'app:3000', 'x-forwarded-host': 'cms.example.com', 'x-forwarded-proto': 'https' })
    expect(requestOrigin(headers, fallback)).toBe('https://cms.example.com')
  })
  it('falls back to SERVER_URL without a usable host', () => {
    expect(requestOrigin(undefined, fallback)).toBe(fallback)
    expect(requestOrigin(new Headers({ host: 'evil.example/<script>' }), fallback)).toBe(fallback)
  })
})
