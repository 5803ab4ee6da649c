import { describe, expect, it } from 'vitest'

import { asksForDrafts, hasCredentials, isContentRead } from '../../src/server/api/publicCacheRules'

const get = (path: string, headers: Record<string, string> = {}, method = 'GET') =>
  new Request(`http://localhost${path}`, { method, headers })

describe('which REST requests the shared cache of anonymous reads may answer', () => {
  it('reads of site collections: lists, documents by id and counts', () => {
    for (const path of ['/api/articles', '/api/articles/12', '/api/articles/count', '/api/beauty-tips?depth=1', '/api/media/3']) {
      expect(isContentRead(get(path)), path).toBe(true)
    }
  })

  it('not versions, files, custom endpoints, writes, or collections the site does not revalidate', () => {
    for (const path of ['/api/articles/versions', '/api/articles/12/workflow-status', '/api/media/file/a.png', '/api/users', '/api/users/me', '/api/comments', '/api/redirects', '/api/workflow-events', '/api/articles/12/../../users']) {
      expect(isContentRead(get(path)), path).toBe(false)
    }
    expect(isContentRead(get('/api/articles', {}, 'POST'))).toBe(false)
  })

  it('a bearer of credentials is never anonymous: Authorization of any kind, or the session cookie', () => {
    expect(hasCredentials(get('/api/articles', { authorization: 'JWT abc' }), 'payload')).toBe(true)
    expect(hasCredentials(get('/api/articles', { authorization: 'users API-Key abc' }), 'payload')).toBe(true)
    expect(hasCredentials(get('/api/articles', { cookie: 'theme=dark; payload-token=abc' }), 'payload')).toBe(true)
    expect(hasCredentials(get('/api/articles', { cookie: 'theme=dark' }), 'payload')).toBe(false)
    expect(hasCredentials(get('/api/articles'), 'payload')).toBe(false)
  })

  it('any draft parameter sends the request past the cache', () => {
    expect(asksForDrafts(get('/api/articles?draft=true'))).toBe(true)
    expect(asksForDrafts(get('/api/articles?draft=false'))).toBe(true)
    expect(asksForDrafts(get('/api/articles?depth=1'))).toBe(false)
  })
})
