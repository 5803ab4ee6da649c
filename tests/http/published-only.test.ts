import { describe, expect, it } from 'vitest'

import { api, graphql, login } from '../helpers/http'
import { unique, usePayload } from '../helpers/payload'
import { createUser, ensureAdmin } from '../helpers/users'

const ctx = usePayload()

/** One published and one draft document per editorial collection, for the visibility checks. */
async function fixtures() {
  const tag = unique('vis')
  const make = async (collection: 'articles' | 'treatments' | 'faqs' | 'beauty-tips', published: boolean) => {
    const label = `${tag} ${published ? 'published' : 'draft'} ${collection}`
    const data =
      collection === 'treatments'
        ? { name: label }
        : collection === 'faqs'
          ? { question: `${label}?` }
          : { title: label }
    return ctx.payload.create({
      collection,
      data: { ...data, _status: published ? 'published' : 'draft' } as never,
      draft: !published,
    })
  }
  const out: Record<string, { published: { id: number }; draft: { id: number } }> = {}
  for (const collection of ['articles', 'treatments', 'faqs', 'beauty-tips'] as const) {
    out[collection] = { published: await make(collection, true), draft: await make(collection, false) }
  }
  return out
}

describe('visitors only ever see published content', () => {
  it('REST lists and reads hide drafts from anonymous visitors and show them to staff', async () => {
    await ensureAdmin(ctx.payload)
    const docs = await fixtures()
    const editor = await createUser(ctx.payload, ['editor'])
    const token = await login(editor.email)
    for (const [collection, { published, draft }] of Object.entries(docs)) {
      const list = (await (await api(`/api/${collection}?limit=500&depth=0`)).json()) as { docs: { id: number }[] }
      const ids = list.docs.map((d) => d.id)
      expect(ids, collection).toContain(published.id)
      expect(ids, collection).not.toContain(draft.id)
      expect((await api(`/api/${collection}/${draft.id}`)).status, collection).toBe(404)
      expect((await api(`/api/${collection}/${draft.id}?draft=true`)).status, collection).toBe(404)
      expect((await api(`/api/${collection}/${draft.id}`, { token })).status, collection).toBe(200)
      expect((await api(`/api/${collection}/versions`)).status, collection).toBe(403)
    }
  })

  it('GraphQL hides drafts from anonymous visitors', async () => {
    const docs = await fixtures()
    const result = await graphql<{ Articles: { docs: { id: number }[] } }>(
      `
        query {
          Articles(limit: 500, draft: true) {
            docs {
              id
            }
          }
        }
      `,
      {},
    )
    const ids = result.body.data?.Articles.docs.map((d) => d.id) ?? []
    expect(ids).toContain(docs.articles.published.id)
    expect(ids).not.toContain(docs.articles.draft.id)
    const one = await graphql<{ Article: { id: number } | null }>(
      `
        query ($id: Int!) {
          Article(id: $id, draft: true) {
            id
          }
        }
      `,
      {
        id: docs.articles.draft.id,
      },
    )
    expect(one.body.data?.Article ?? null).toBeNull()
  })

  it('the Local API with overrideAccess: false agrees', async () => {
    const docs = await fixtures()
    const found = await ctx.payload.find({ collection: 'faqs', overrideAccess: false, limit: 500, draft: true })
    const ids = found.docs.map((d) => d.id)
    expect(ids).toContain(docs.faqs.published.id)
    expect(ids).not.toContain(docs.faqs.draft.id)
  })
})
