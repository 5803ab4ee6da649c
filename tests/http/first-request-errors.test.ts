import { afterAll, describe, expect, inject, it } from 'vitest'

import { MAX_UPLOAD_BYTES } from '../../src/shared/media'
import { startApp, type RunningApp } from '../helpers/app'
import { unique, usePayload } from '../helpers/payload'
import { expectServerErrors } from '../helpers/serverLog'
import { createUser, TEST_PASSWORD } from '../helpers/users'

// The refusals below are provoked on purpose.
expectServerErrors(/The following field is invalid/, /upload limit/)

/*
 * Whatever a server's first request is (an admin page, a site page, an API call), Payload is
 * booted inside it and serves every later route. A refusal must read the same for all of them:
 * with a production build that bundled Payload once per Next layer, a server whose first
 * request was a page answered REST validation errors without their field messages and upload
 * limits as "An unknown error occurred." (next.config.ts, serverExternalPackages).
 */
const ctx = usePayload()
const apps: RunningApp[] = []
afterAll(async () => {
  await Promise.all(apps.map((app) => app.stop()))
})

async function login(url: string, email: string): Promise<string> {
  const response = await fetch(`${url}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: TEST_PASSWORD }),
  })
  expect(response.status).toBe(200)
  return ((await response.json()) as { token: string }).token
}

describe.each(['/admin', '/', '/api/users/me'])('a server whose first request was %s', (firstRequest) => {
  it('answers a field refusal with the field and its reason, and an over-size upload with the limit', async () => {
    const app = await startApp(inject('databaseUrl'), {}, { firstRequest })
    apps.push(app)
    const reviewer = await createUser(ctx.payload, ['reviewer'])
    const token = await login(app.url, reviewer.email)

    const refused = await fetch(`${app.url}/api/redirects`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `JWT ${token}` },
      body: JSON.stringify({ from: '/admin/users', to: { type: 'custom', url: '/' } }),
    })
    expect(refused.status).toBe(400)
    const body = (await refused.json()) as {
      errors: { name?: string; data?: { errors?: { path: string; message: string }[] } }[]
    }
    expect(body.errors[0]?.name).toBe('ValidationError')
    expect(body.errors[0]?.data?.errors?.[0]?.path).toBe('from')
    expect(body.errors[0]?.data?.errors?.[0]?.message).toMatch(/path on this site/)

    const form = new FormData()
    form.append('file', new Blob([new Uint8Array(MAX_UPLOAD_BYTES + 1024)], { type: 'image/jpeg' }), `${unique('big')}.jpg`)
    form.append('_payload', JSON.stringify({ alt: 'too big' }))
    const upload = await fetch(`${app.url}/api/media`, {
      method: 'POST',
      headers: { authorization: `JWT ${token}` },
      body: form,
    })
    expect(upload.status).toBe(413)
    expect(JSON.stringify(await upload.json())).toContain('upload limit')
  })
})
