import { describe, expect, it } from 'vitest'

import { api, graphql, login } from '../helpers/http'
import { usePayload } from '../helpers/payload'
import { createUser, ensureAdmin } from '../helpers/users'
import { expectServerErrors } from '../helpers/serverLog'

const ctx = usePayload()

// The refused self-promotion: Payload logs the 403 at error level.
expectServerErrors(/You cannot change your own roles/)

describe('roles over REST and GraphQL', () => {
  it('answers 403 with a message when an editor changes their own roles over REST', async () => {
    await ensureAdmin(ctx.payload)
    const editor = await createUser(ctx.payload, ['editor'])
    const token = await login(editor.email)
    const response = await api(`/api/users/${editor.id}`, {
      method: 'PATCH',
      token,
      body: JSON.stringify({ roles: ['admin'] }),
    })
    expect(response.status).toBe(403)
    expect(JSON.stringify(await response.json())).toContain('cannot change your own roles')
    expect((await ctx.payload.findByID({ collection: 'users', id: editor.id })).roles).toEqual(['editor'])
  })

  it('answers 403 when a reviewer changes another user’s roles over REST', async () => {
    const reviewer = await createUser(ctx.payload, ['reviewer'])
    const editor = await createUser(ctx.payload, ['editor'])
    const token = await login(reviewer.email)
    const response = await api(`/api/users/${editor.id}`, {
      method: 'PATCH',
      token,
      body: JSON.stringify({ roles: ['admin'] }),
    })
    expect(response.status).toBe(403)
    expect((await ctx.payload.findByID({ collection: 'users', id: editor.id })).roles).toEqual(['editor'])
  })

  it('refuses a role change over GraphQL, for oneself and for others', async () => {
    const editor = await createUser(ctx.payload, ['editor'])
    const other = await createUser(ctx.payload, ['editor'])
    const token = await login(editor.email)
    const mutation = `mutation($id: Int!) { updateUser(id: $id, data: { roles: [admin] }) { id roles } }`
    const own = await graphql(mutation, { id: editor.id }, token)
    expect(own.body.errors?.[0]?.message).toMatch(/cannot change your own roles/)
    const theirs = await graphql(mutation, { id: other.id }, token)
    expect(theirs.body.errors?.length).toBeGreaterThan(0)
    expect((await ctx.payload.findByID({ collection: 'users', id: editor.id })).roles).toEqual(['editor'])
    expect((await ctx.payload.findByID({ collection: 'users', id: other.id })).roles).toEqual(['editor'])
  })

  it('lets an admin change another user’s roles over REST', async () => {
    const admin = await createUser(ctx.payload, ['admin'])
    const editor = await createUser(ctx.payload, ['editor'])
    const token = await login(admin.email)
    const response = await api(`/api/users/${editor.id}`, {
      method: 'PATCH',
      token,
      body: JSON.stringify({ roles: ['editor', 'medical-reviewer'] }),
    })
    expect(response.status).toBe(200)
    expect((await ctx.payload.findByID({ collection: 'users', id: editor.id })).roles).toEqual([
      'editor',
      'medical-reviewer',
    ])
  })

  it('shows colleagues’ names but not their emails to an editor', async () => {
    const editor = await createUser(ctx.payload, ['editor'])
    const token = await login(editor.email)
    const response = await api('/api/users?limit=100', { token })
    expect(response.status).toBe(200)
    const { docs } = (await response.json()) as { docs: { id: number; email?: string; name: string }[] }
    expect(docs.length).toBeGreaterThan(1)
    for (const doc of docs) {
      if (doc.id === editor.id) expect(doc.email).toBe(editor.email)
      else expect(doc.email).toBeUndefined()
    }
  })

  it('refuses anonymous reads of users', async () => {
    const response = await api('/api/users')
    expect(response.status).toBe(403)
  })
})
