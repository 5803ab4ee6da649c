import { describe, expect, it } from 'vitest'

import type { Article, User } from '../../payload-types'
import { api, graphql, login } from '../helpers/http'
import { usePayload } from '../helpers/payload'
import { createTeam, editorDraft, type Team } from '../helpers/team'
import { createUser } from '../helpers/users'
import { expectServerErrors } from '../helpers/serverLog'

// Refusals this file provokes on purpose (Payload logs them at error level).
expectServerErrors(/Someone else saved this document/)

const ctx = usePayload()
let setup: { team: Team; second: User; secondToken: string } | undefined
async function people() {
  if (!setup) {
    const team = await createTeam(ctx.payload)
    const second = await createUser(ctx.payload, ['editor'], 'Seo-yeon Second Editor')
    setup = { team, second, secondToken: await login(second.email) }
  }
  return setup
}

const read = async (id: number, token: string): Promise<Article> => {
  const response = await api(`/api/articles/${id}?draft=true&depth=0`, { token })
  return (await response.json()) as Article
}
const save = (id: number, token: string, data: Record<string, unknown>) =>
  api(`/api/articles/${id}?draft=true`, { method: 'PATCH', token, body: JSON.stringify(data) })
const stored = (id: number) => ctx.payload.findByID({ collection: 'articles', id, draft: true, depth: 0 })

describe('a save based on an outdated version is refused, never silently lost', () => {
  for (const order of ['first editor saves first', 'second editor saves first'] as const) {
    it(`refuses the later of two saves from the same version with 409 (${order})`, async () => {
      const { team, secondToken } = await people()
      const doc = await editorDraft(ctx.payload, team)
      const a = { token: team.tokens.editor, base: await read(doc.id, team.tokens.editor), data: { title: 'Title by the first editor' } }
      const b = { token: secondToken, base: await read(doc.id, secondToken), data: { excerpt: 'Excerpt by the second editor' } }
      const [winner, loser] = order === 'first editor saves first' ? [a, b] : [b, a]
      const first = await save(doc.id, winner.token, { ...winner.data, updatedAt: winner.base.updatedAt })
      expect(first.status).toBe(200)
      const second = await save(doc.id, loser.token, { ...loser.data, updatedAt: loser.base.updatedAt })
      expect(second.status).toBe(409)
      expect(JSON.stringify(await second.json())).toContain('Your changes were not saved')
      const after = await stored(doc.id)
      for (const [field, value] of Object.entries(winner.data)) expect(after[field as keyof Article]).toBe(value)
      for (const field of Object.keys(loser.data)) expect(after[field as keyof Article]).toBe(doc[field as keyof Article])
      // Reloading and saving again works.
      const fresh = await read(doc.id, loser.token)
      expect((await save(doc.id, loser.token, { ...loser.data, updatedAt: fresh.updatedAt })).status).toBe(200)
    })
  }

  it('lets exactly one of two simultaneous saves from the same version through', async () => {
    const { team, secondToken } = await people()
    const doc = await editorDraft(ctx.payload, team)
    const base = (await read(doc.id, team.tokens.editor)).updatedAt
    const statuses = (
      await Promise.all([
        save(doc.id, team.tokens.editor, { title: 'Simultaneous one', updatedAt: base }),
        save(doc.id, secondToken, { excerpt: 'Simultaneous two', updatedAt: base }),
      ])
    )
      .map((r) => r.status)
      .sort()
    expect(statuses).toEqual([200, 409])
  })

  it('applies the same rule to GraphQL and the Local API with a user', async () => {
    const { team, second } = await people()
    const doc = await editorDraft(ctx.payload, team)
    const base = doc.updatedAt
    expect((await save(doc.id, team.tokens.editor, { title: 'Moved on', updatedAt: base })).status).toBe(200)
    const gql = await graphql(
      'mutation ($id: Int!, $at: String) { updateArticle(id: $id, draft: true, data: { excerpt: "stale", updatedAt: $at }) { id } }',
      { id: doc.id, at: base },
      team.tokens.reviewer,
    )
    expect(JSON.stringify(gql.body.errors)).toContain('Your changes were not saved')
    await expect(
      ctx.payload.update({
        collection: 'articles',
        id: doc.id,
        draft: true,
        data: { excerpt: 'stale local', updatedAt: base },
        user: second,
        overrideAccess: false,
      }),
    ).rejects.toThrow(/not saved/)
    expect((await stored(doc.id)).excerpt).toBe(doc.excerpt)
  })
})
