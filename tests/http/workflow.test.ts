import { describe, expect, it } from 'vitest'

import type { Article } from '../../payload-types'
import { checklistReadyArticle } from '../helpers/content'
import { richText } from '../helpers/lexical'
import { api, graphql } from '../helpers/http'
import { readMails } from '../helpers/mail'
import { usePayload } from '../helpers/payload'
import { createTeam, editorDraft, type Team } from '../helpers/team'
import { expectServerErrors } from '../helpers/serverLog'

// Refusals this file provokes on purpose (Payload logs them at error level).
expectServerErrors(/Publishing goes through the editorial workflow/, /is set by workflow actions/, /withdraw it first/)

const ctx = usePayload()

let team: Team | undefined
const teamOnce = async () => (team ??= await createTeam(ctx.payload))
async function people() {
  const { users, tokens } = await teamOnce()
  return { ...users, tokens }
}

/** An article written by the editor over REST, as the admin would. */
const draftByEditor = async (overrides: Record<string, unknown> = {}): Promise<Article> =>
  editorDraft(ctx.payload, await teamOnce(), overrides)

const act = (id: number, token: string, action: string, extra: Record<string, unknown> = {}) =>
  api(`/api/articles/${id}/workflow`, { method: 'POST', token, body: JSON.stringify({ action, ...extra }) })

const stored = (id: number) => ctx.payload.findByID({ collection: 'articles', id, draft: true, depth: 0 })
const isLive = async (id: number) =>
  (await ctx.payload.count({ collection: 'articles', where: { id: { equals: id } }, overrideAccess: false }))
    .totalDocs === 1

describe('no route lets an editor publish', () => {
  it('refuses creating a published article over REST (403), creating nothing', async () => {
    const { tokens } = await people()
    const data = { ...(await checklistReadyArticle(ctx.payload)), _status: 'published' }
    const response = await api('/api/articles', { method: 'POST', token: tokens.editor, body: JSON.stringify(data) })
    expect(response.status).toBe(403)
    expect(JSON.stringify(await response.json())).toContain('Publishing goes through the editorial workflow')
    expect(
      (await ctx.payload.count({ collection: 'articles', where: { slug: { equals: data.slug } } })).totalDocs,
    ).toBe(0)
  })

  it('starts new content as a draft owned by its author', async () => {
    const { editor } = await people()
    const doc = await draftByEditor()
    expect(doc.workflowState).toBe('draft')
    expect(doc._status).toBe('draft')
    expect((await stored(doc.id)).author).toBe(editor.id)
  })

  it('refuses PATCH _status published, a workflowState write and a sign-off write (403), changing nothing', async () => {
    const { tokens } = await people()
    const doc = await draftByEditor()
    for (const body of [
      { _status: 'published' },
      { workflowState: 'published' },
      { signOff: { name: 'Me', at: new Date().toISOString(), version: 'x' } },
    ]) {
      const response = await api(`/api/articles/${doc.id}`, {
        method: 'PATCH',
        token: tokens.editor,
        body: JSON.stringify(body),
      })
      expect(response.status, JSON.stringify(body)).toBe(403)
    }
    for (const query of ['?draft=true&autosave=true', '?draft=true']) {
      const response = await api(`/api/articles/${doc.id}${query}`, {
        method: 'PATCH',
        token: tokens.editor,
        body: JSON.stringify({ title: 'sneaky', _status: 'published' }),
      })
      expect(response.status, query).toBe(403)
    }
    const after = await stored(doc.id)
    expect(after.workflowState).toBe('draft')
    expect(after.title).toBe(doc.title)
    expect(await isLive(doc.id)).toBe(false)
  })

  it('refuses a bulk edit that publishes', async () => {
    const { tokens } = await people()
    const doc = await draftByEditor()
    const response = await api(`/api/articles?where[id][equals]=${doc.id}`, {
      method: 'PATCH',
      token: tokens.editor,
      body: JSON.stringify({ _status: 'published' }),
    })
    expect(response.status).toBeGreaterThanOrEqual(400)
    expect(JSON.stringify(await response.json())).toContain('Publishing goes through the editorial workflow')
    expect(await isLive(doc.id)).toBe(false)
  })

  it('refuses publishing over GraphQL', async () => {
    const { tokens } = await people()
    const doc = await draftByEditor()
    const result = await graphql(
      `
        mutation ($id: Int!) {
          updateArticle(id: $id, data: { _status: published }) {
            id
            _status
          }
        }
      `,
      { id: doc.id },
      tokens.editor,
    )
    expect(result.body.errors?.[0]?.message).toContain('Publishing goes through the editorial workflow')
    expect(await isLive(doc.id)).toBe(false)
  })

  it('restores an old version only as content: no publishing, workflow state kept', async () => {
    const { tokens } = await people()
    const doc = await draftByEditor()
    await ctx.payload.update({ collection: 'articles', id: doc.id, data: { title: 'Second title' }, draft: true })
    const versions = await ctx.payload.findVersions({
      collection: 'articles',
      where: { parent: { equals: doc.id } },
      sort: 'createdAt',
    })
    const first = versions.docs[0]
    const publishRestore = await api(`/api/articles/versions/${first.id}`, { method: 'POST', token: tokens.editor })
    // The version is a draft; restoring it as published would be a publish, and is refused.
    expect([200, 403]).toContain(publishRestore.status)
    expect(await isLive(doc.id)).toBe(false)
    expect((await stored(doc.id)).workflowState).toBe('draft')
  })

  it('duplicates published content as a fresh draft', async () => {
    const { tokens } = await people()
    const published = await ctx.payload.create({
      collection: 'articles',
      data: {
        ...(await checklistReadyArticle(ctx.payload)),
        _status: 'published',
        workflowState: 'published',
      } as never,
    })
    const response = await api(`/api/articles/${published.id}/duplicate?draft=true`, {
      method: 'POST',
      token: tokens.editor,
      body: '{}',
    })
    expect(response.status, await response.clone().text()).toBeLessThan(300)
    const copy = ((await response.json()) as { doc: Article }).doc
    expect(copy.id).not.toBe(published.id)
    expect(await isLive(copy.id)).toBe(false)
    expect((await stored(copy.id)).workflowState).toBe('draft')
  })
})

describe('the workflow endpoint', () => {
  it('takes an article from draft to published through review, sign-off and approval', async () => {
    const { tokens, medic } = await people()
    const doc = await draftByEditor({ medical: true })

    expect((await act(doc.id, tokens.editor, 'approve')).status).toBe(403)
    const submitted = await act(doc.id, tokens.editor, 'submit')
    expect(submitted.status).toBe(200)
    expect(await submitted.json()).toMatchObject({ workflowState: 'in-review', from: 'draft' })

    const noNote = await act(doc.id, tokens.reviewer, 'request-changes')
    expect(noNote.status).toBe(400)
    expect(
      (await act(doc.id, tokens.reviewer, 'request-changes', { note: 'Cite a source for the sunscreen claim.' }))
        .status,
    ).toBe(200)

    // The editor fixes and resubmits.
    const fix = await api(`/api/articles/${doc.id}?draft=true`, {
      method: 'PATCH',
      token: tokens.editor,
      body: JSON.stringify({
        body: richText('Hydration is the base of a glass-skin routine.', 'Sunscreen protects the result [1].'),
      }),
    })
    expect(fix.status).toBe(200)
    expect((await act(doc.id, tokens.editor, 'submit')).status).toBe(200)

    const early = await act(doc.id, tokens.reviewer, 'approve')
    expect(early.status).toBe(422)
    expect(JSON.stringify(await early.json())).toMatch(/sign-off/i)

    const signed = await act(doc.id, tokens.medic, 'sign-off')
    expect(signed.status).toBe(200)
    const signOff = (await stored(doc.id)).signOff
    expect(signOff?.name).toBe(medic.name)
    expect(signOff?.credentials).toBe('MD, dermatologist')

    expect((await act(doc.id, tokens.reviewer, 'approve')).status).toBe(200)
    expect(await isLive(doc.id)).toBe(false)
    const published = await act(doc.id, tokens.reviewer, 'publish')
    expect(published.status).toBe(200)
    expect(await isLive(doc.id)).toBe(true)
    expect((await stored(doc.id)).workflowState).toBe('published')

    // Notifications went out as .eml files: reviewers on submit, the author on changes and publish.
    const about = readMails().filter((m) => m.includes(doc.title))
    expect(about.length, 'mails about this article').toBeGreaterThanOrEqual(3)
    const { editor, reviewer } = await people()
    expect(about.some((m) => m.includes(`To: ${reviewer.email}`) && /Submit for review/.test(m))).toBe(true)
    expect(
      about.some((m) => m.includes(`To: ${editor.email}`) && /Request changes/.test(m) && m.includes('Cite a source')),
    ).toBe(true)
    expect(about.some((m) => m.includes(`To: ${editor.email}`) && /Publish now/.test(m))).toBe(true)

    const trail = await ctx.payload.find({
      collection: 'workflow-events',
      where: { docId: { equals: doc.id } },
      sort: 'at',
      limit: 20,
    })
    expect(trail.docs.map((e) => e.action)).toEqual([
      'submit',
      'request-changes',
      'submit',
      'sign-off',
      'approve',
      'publish',
    ])
    expect(trail.docs[1].note).toBe('Cite a source for the sunscreen claim.')
  })

  it('answers 409 when the state does not allow the action, 401 anonymously, 400 for an unknown action', async () => {
    const { tokens } = await people()
    const doc = await draftByEditor()
    expect((await act(doc.id, tokens.reviewer, 'approve')).status).toBe(409)
    expect(
      (await api(`/api/articles/${doc.id}/workflow`, { method: 'POST', body: JSON.stringify({ action: 'submit' }) }))
        .status,
    ).toBe(401)
    expect((await act(doc.id, tokens.editor, 'fly')).status).toBe(400)
  })

  it('keeps four eyes: a reviewer who edited the content cannot approve it', async () => {
    const { tokens } = await people()
    const doc = await draftByEditor()
    await api(`/api/articles/${doc.id}?draft=true`, {
      method: 'PATCH',
      token: tokens.reviewer,
      body: JSON.stringify({ excerpt: 'Reviewer rewrote this.' }),
    })
    expect((await act(doc.id, tokens.editor, 'submit')).status).toBe(200)
    const response = await act(doc.id, tokens.reviewer, 'approve')
    expect(response.status).toBe(403)
    expect(JSON.stringify(await response.json())).toMatch(/four-eyes|edited/i)
  })

  it('refuses edits while in review (409) and voids a sign-off when the content changes', async () => {
    const { tokens } = await people()
    const doc = await draftByEditor({ medical: true })
    expect((await act(doc.id, tokens.editor, 'submit')).status).toBe(200)
    const locked = await api(`/api/articles/${doc.id}?draft=true`, {
      method: 'PATCH',
      token: tokens.editor,
      body: JSON.stringify({ title: 'Changed in review' }),
    })
    expect(locked.status).toBe(409)
    expect((await act(doc.id, tokens.medic, 'sign-off')).status).toBe(200)
    expect((await act(doc.id, tokens.reviewer, 'request-changes', { note: 'Shorter intro, please.' })).status).toBe(200)
    await api(`/api/articles/${doc.id}?draft=true`, {
      method: 'PATCH',
      token: tokens.editor,
      body: JSON.stringify({ excerpt: 'A shorter intro.' }),
    })
    expect((await stored(doc.id)).signOff?.at ?? null).toBeNull()
  })

  it('keeps the audit trail immutable, even for admins', async () => {
    const { tokens } = await people()
    const doc = await draftByEditor()
    await act(doc.id, tokens.editor, 'submit')
    const event = (await ctx.payload.find({ collection: 'workflow-events', where: { docId: { equals: doc.id } } }))
      .docs[0]
    const patch = await api(`/api/workflow-events/${event.id}`, {
      method: 'PATCH',
      token: tokens.admin,
      body: JSON.stringify({ note: 'rewritten' }),
    })
    expect(patch.status).toBe(403)
    const del = await api(`/api/workflow-events/${event.id}`, { method: 'DELETE', token: tokens.admin })
    expect(del.status).toBe(403)
    const create = await api('/api/workflow-events', {
      method: 'POST',
      token: tokens.admin,
      body: JSON.stringify({
        action: 'publish',
        to: 'published',
        collectionSlug: 'articles',
        docId: doc.id,
        at: new Date().toISOString(),
      }),
    })
    expect(create.status).toBe(403)
    expect((await api('/api/workflow-events')).status).toBe(403)
  })

  it('keeps review comments away from visitors', async () => {
    const { tokens, reviewer } = await people()
    const doc = await draftByEditor()
    const response = await api('/api/comments', {
      method: 'POST',
      token: tokens.reviewer,
      body: JSON.stringify({ doc: { relationTo: 'articles', value: doc.id }, text: 'Lovely intro.', author: 1 }),
    })
    expect(response.status).toBe(201)
    const comment = ((await response.json()) as { doc: { author: number | { id: number } } }).doc
    expect(typeof comment.author === 'object' ? comment.author.id : comment.author).toBe(reviewer.id)
    expect((await api('/api/comments')).status).toBe(403)
  })
})
