import { describe, expect, it } from 'vitest'

import { usePayload } from '../helpers/payload'
import { createUser, ensureAdmin } from '../helpers/users'

const ctx = usePayload()

describe('users and roles through the Local API with a user', () => {
  it('refuses an editor changing their own roles, and keeps them', async () => {
    await ensureAdmin(ctx.payload)
    const editor = await createUser(ctx.payload, ['editor'])
    await expect(
      ctx.payload.update({
        collection: 'users',
        id: editor.id,
        data: { roles: ['admin'] },
        user: editor,
        overrideAccess: false,
      }),
    ).rejects.toThrow(/cannot change your own roles/)
    const stored = await ctx.payload.findByID({ collection: 'users', id: editor.id })
    expect(stored.roles).toEqual(['editor'])
  })

  it('refuses an admin changing their own roles', async () => {
    const admin = await createUser(ctx.payload, ['admin'])
    await expect(
      ctx.payload.update({
        collection: 'users',
        id: admin.id,
        data: { roles: ['editor'] },
        user: admin,
        overrideAccess: false,
      }),
    ).rejects.toThrow(/cannot change your own roles/)
  })

  it('lets an admin change another user’s roles', async () => {
    const admin = await createUser(ctx.payload, ['admin'])
    const editor = await createUser(ctx.payload, ['editor'])
    const updated = await ctx.payload.update({
      collection: 'users',
      id: editor.id,
      data: { roles: ['editor', 'reviewer'] },
      user: admin,
      overrideAccess: false,
    })
    expect(updated.roles).toEqual(['editor', 'reviewer'])
  })

  it('refuses a reviewer changing someone else’s roles', async () => {
    const reviewer = await createUser(ctx.payload, ['reviewer'])
    const editor = await createUser(ctx.payload, ['editor'])
    await expect(
      ctx.payload.update({
        collection: 'users',
        id: editor.id,
        data: { roles: ['admin'] },
        user: reviewer,
        overrideAccess: false,
      }),
    ).rejects.toThrow()
    expect((await ctx.payload.findByID({ collection: 'users', id: editor.id })).roles).toEqual(['editor'])
  })

  it('refuses a non-admin creating users', async () => {
    const reviewer = await createUser(ctx.payload, ['reviewer'])
    await expect(
      ctx.payload.create({
        collection: 'users',
        data: {
          email: 'sneaky@test.glassworks.example',
          password: 'a-long-password',
          name: 'Sneaky',
          roles: ['admin'],
        },
        user: reviewer,
        overrideAccess: false,
      }),
    ).rejects.toThrow()
    const { totalDocs } = await ctx.payload.count({
      collection: 'users',
      where: { email: { equals: 'sneaky@test.glassworks.example' } },
    })
    expect(totalDocs).toBe(0)
  })

  it('lets an editor update their own name', async () => {
    const editor = await createUser(ctx.payload, ['editor'])
    const updated = await ctx.payload.update({
      collection: 'users',
      id: editor.id,
      data: { name: 'Renamed', roles: ['editor'] },
      user: editor,
      overrideAccess: false,
    })
    expect(updated.name).toBe('Renamed')
  })

  it('hides other users’ emails from non-admins', async () => {
    const editor = await createUser(ctx.payload, ['editor'])
    const other = await createUser(ctx.payload, ['reviewer'], 'Other person')
    const seen = await ctx.payload.findByID({ collection: 'users', id: other.id, user: editor, overrideAccess: false })
    expect(seen.name).toBe('Other person')
    expect(seen.email).toBeUndefined()
    const self = await ctx.payload.findByID({ collection: 'users', id: editor.id, user: editor, overrideAccess: false })
    expect(self.email).toBe(editor.email)
    const admin = await createUser(ctx.payload, ['admin'])
    const asAdmin = await ctx.payload.findByID({
      collection: 'users',
      id: other.id,
      user: admin,
      overrideAccess: false,
    })
    expect(asAdmin.email).toBe(other.email)
  })

  it('refuses anonymous reads of users', async () => {
    await expect(ctx.payload.find({ collection: 'users', overrideAccess: false })).rejects.toThrow()
  })
})
