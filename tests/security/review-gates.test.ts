import { describe, expect, it } from 'vitest'

import { checklistReadyArticle } from '../helpers/content'
import { api } from '../helpers/http'
import { unique, usePayload } from '../helpers/payload'
import { createTeam, editorDraft, reviewAndPublish, type Team } from '../helpers/team'

const ctx = usePayload()
let team: Team | undefined
const teamOnce = async () => (team ??= await createTeam(ctx.payload))

const post = (path: string, token: string, body: unknown) =>
  api(path, { method: 'POST', token, body: JSON.stringify(body) })

describe('what goes live without review is changed only by the people who publish', () => {
  it('lets reviewers, not editors, create or change authors and topics', async () => {
    const t = await teamOnce()
    const author = { name: unique('Dr Fake'), credentials: 'MD, board-certified dermatologist' }
    expect((await post('/api/authors', t.tokens.editor, author)).status).toBe(403)
    expect((await post('/api/topics', t.tokens.editor, { name: unique('Topic') })).status).toBe(403)
    const created = await post('/api/authors', t.tokens.reviewer, author)
    expect(created.status).toBe(201)
    const id = ((await created.json()) as { doc: { id: number } }).doc.id
    const edit = await api(`/api/authors/${id}`, {
      method: 'PATCH',
      token: t.tokens.editor,
      body: JSON.stringify({ credentials: 'Nobel laureate' }),
    })
    expect(edit.status).toBe(403)
    expect((await ctx.payload.findByID({ collection: 'authors', id })).credentials).toBe(author.credentials)
  })

  it('does not let a medical reviewer create content', async () => {
    const t = await teamOnce()
    const response = await post('/api/articles?draft=true', t.tokens.medic, await checklistReadyArticle(ctx.payload))
    expect(response.status).toBe(403)
  })

  it('does not show reviewNote or importSource to visitors', async () => {
    const t = await teamOnce()
    const doc = await editorDraft(ctx.payload, t)
    await ctx.payload.update({
      collection: 'articles',
      id: doc.id,
      data: { importSource: { fileName: 'secret-notes.md', sourceHash: 'abc' } } as never,
      context: { workflow: true },
    })
    await reviewAndPublish(t, doc.id)
    const anonymous = (await (await api(`/api/articles/${doc.id}`)).json()) as Record<string, unknown>
    expect(anonymous.id).toBe(doc.id)
    expect(anonymous.importSource).toBeUndefined()
    const staff = (await (await api(`/api/articles/${doc.id}`, { token: t.tokens.editor })).json()) as Record<string, unknown>
    expect((staff.importSource as { fileName?: string } | undefined)?.fileName).toBe('secret-notes.md')
  })
})
