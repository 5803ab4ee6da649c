import { inject } from 'vitest'

import { TEST_PASSWORD } from './users'

export const serverUrl = (): string => {
  const url = inject('serverUrl')
  if (!url) throw new Error('No app server: run the http or browser project')
  return url
}

export async function api(path: string, init: RequestInit & { token?: string } = {}): Promise<Response> {
  const headers = new Headers(init.headers)
  if (init.token) headers.set('Authorization', `JWT ${init.token}`)
  if (init.body && typeof init.body === 'string' && !headers.has('content-type'))
    headers.set('content-type', 'application/json')
  return fetch(`${serverUrl()}${path}`, { ...init, headers })
}

export async function login(email: string, password = TEST_PASSWORD): Promise<string> {
  const response = await api('/api/users/login', { method: 'POST', body: JSON.stringify({ email, password }) })
  if (!response.ok) throw new Error(`login failed for ${email}: ${response.status} ${await response.text()}`)
  return ((await response.json()) as { token: string }).token
}

export async function graphql<T = unknown>(query: string, variables: Record<string, unknown>, token?: string) {
  const response = await api('/api/graphql', { method: 'POST', body: JSON.stringify({ query, variables }), token })
  return { status: response.status, body: (await response.json()) as { data?: T; errors?: { message: string }[] } }
}
