import { describe, expect, it } from 'vitest'

import type { Article } from '../../payload-types'
import { api, graphql } from '../helpers/http'
import { readMails } from '../helpers/mail'
import { usePayload } from '../helpers/payload'
import { createTeam, editorDraft, reviewAndPublish, workflow, type Team } from '../helpers/team'
import { expectServerErrors } from '../helpers/serverLog'

// Refusals this file provokes on purpose (Payload logs them at error level).
expectServerErrors(/restored as a draft/, /This document is live|of the selected documents (is|are) live/, /This image is on the live page/)

const ctx = usePayload()
let team: Team | undefined
const teamOnce = async () => (team ??= await createTeam(ctx.payload))

/** What a visitor gets: the live row, through access control. */
const liveTitle = async (id: number): Promise<string | undefined> => {
  const found = await ctx.payload.find({
    collection: 'articles',
    where: { id: { equals: id } },
    overrideAccess: false,
    depth: 0,
  })
  return found.docs[0]?.title
}
const latest = (id: number) => ctx.payload.findByID({ collection: 'articles', id, draft: true, depth: 0 })

const liveEvents = async (id: number) =>
  (
    await ctx.payload.find({
      collection: 'workflow-events',
      where: { and: [{ docId: { equals: id } }, { collectionSlug: { equals: 'articles' } }] },
      limit: 100,
    })
  ).docs

async function publishedThenReopened(t: Team): Promise<Article> {
  const doc = await editorDraft(ctx.payload, t)
  await reviewAndPublish(t, doc.id)
  await workflow(t, 'editor', doc.id, 'reopen')
  return latest(doc.id)
}

describe('only the workflow changes what is live', () => {
  it('keeps the published version live through every save route of a reopened article', async () => {
    const t = await teamOnce()
    const doc = await publishedThenReopened(t)
    const published = doc.title
    expect(await liveTitle(doc.id)).toBe(published)
    const eventsBefore = (await liveEvents(doc.id)).length

    const writes: [string, RequestInit & { token: string }][] = [
      [`/api/articles/${doc.id}`, { method: 'PATCH', token: t.tokens.editor, body: JSON.stringify({ title: 'No draft flag' }) }],
      [`/api/articles/${doc.id}?draft=false`, { method: 'PATCH', token: t.tokens.editor, body: JSON.stringify({ excerpt: 'Draft false' }) }],
      [`/api/articles/${doc.id}?draft=true&autosave=true`, { method: 'PATCH', token: t.tokens.editor, body: JSON.stringify({ title: 'Autosaved' }) }],
      [`/api/articles/${doc.id}?unpublishAllLocales=true`, { method: 'PATCH', token: t.tokens.editor, body: JSON.stringify({ title: 'Unpublish flag' }) }],
      [`/api/articles?where[id][equals]=${doc.id}`, { method: 'PATCH', token: t.tokens.editor, body: JSON.stringify({ excerpt: 'Bulk edit' }) }],
    ]
    for (const [path, init] of writes) {
      const response = await api(path, init)
      expect(response.status, path).toBe(200)
      expect(await liveTitle(doc.id), path).toBe(published)
    }
    const gql = await graphql(
      'mutation ($id: Int!) { updateArticle(id: $id, data: { title: "Through GraphQL" }) { title } }',
      { id: doc.id },
      t.tokens.editor,
    )
    expect(gql.body.errors).toBeUndefined()
    expect(await liveTitle(doc.id)).toBe(published)
    // The edits are in the draft, not lost.
    expect((await latest(doc.id)).title).toBe('Through GraphQL')
    // Nothing above was a workflow action, so the audit trail has nothing new.
    expect((await liveEvents(doc.id)).length).toBe(eventsBefore)
    expect((await latest(doc.id)).workflowState).toBe('draft')
  })

  it('restores a version as a draft whatever the request asks, leaving the live version', async () => {
    const t = await teamOnce()
    const doc = await publishedThenReopened(t)
    const published = doc.title
    await api(`/api/articles/${doc.id}?draft=true`, {
      method: 'PATCH',
      token: t.tokens.editor,
      body: JSON.stringify({ title: 'A draft to restore later' }),
    })
    const versions = await ctx.payload.findVersions({
      collection: 'articles',
      where: { and: [{ parent: { equals: doc.id } }, { 'version._status': { equals: 'draft' } }] },
      sort: '-updatedAt',
      limit: 1,
    })
    const versionId = versions.docs[0].id
    for (const query of ['', '?draft=false']) {
      const response = await api(`/api/articles/versions/${versionId}${query}`, { method: 'POST', token: t.tokens.editor })
      expect(response.status, query).toBe(200)
      expect(await liveTitle(doc.id)).toBe(published)
    }
    expect((await latest(doc.id))._status).toBe('draft')
    const gql = await graphql(
      'mutation ($id: Int!) { restoreVersionArticle(id: $id) { title } }',
      { id: versionId },
      t.tokens.editor,
    )
    expect(JSON.stringify(gql.body.errors)).toContain('restored as a draft')
    expect(await liveTitle(doc.id)).toBe(published)
  })

  it('duplicates into a new draft and refuses deleting a live article (409) until it is unpublished', async () => {
    const t = await teamOnce()
    const doc = await editorDraft(ctx.payload, t)
    await reviewAndPublish(t, doc.id)
    const duplicate = await api(`/api/articles/${doc.id}/duplicate?draft=true`, { method: 'POST', token: t.tokens.editor })
    expect(duplicate.ok).toBe(true)
    expect(((await duplicate.json()) as { doc: Article }).doc._status).toBe('draft')
    expect(await liveTitle(doc.id)).toBe(doc.title)

    const deleted = await api(`/api/articles/${doc.id}`, { method: 'DELETE', token: t.tokens.reviewer })
    expect(deleted.status).toBe(409)
    expect(JSON.stringify(await deleted.json())).toContain('Unpublish it first')
    const bulk = await api(`/api/articles?where[id][equals]=${doc.id}`, { method: 'DELETE', token: t.tokens.admin })
    expect(bulk.status).toBe(409)
    expect(await liveTitle(doc.id)).toBe(doc.title)

    await workflow(t, 'reviewer', doc.id, 'unpublish')
    // Deleting moves to the trash (reviewers may), emptying it is for admins.
    const trashed = await api(`/api/articles/${doc.id}`, {
      method: 'PATCH',
      token: t.tokens.reviewer,
      body: JSON.stringify({ deletedAt: new Date().toISOString() }),
    })
    expect(trashed.status).toBe(200)
    expect((await api(`/api/articles/${doc.id}?trash=true`, { method: 'DELETE', token: t.tokens.reviewer })).status).toBe(403)
    const restored = await api(`/api/articles/${doc.id}?trash=true`, {
      method: 'PATCH',
      token: t.tokens.reviewer,
      body: JSON.stringify({ deletedAt: null }),
    })
    expect(restored.status).toBe(200)
    expect((await api(`/api/articles/${doc.id}`, { method: 'DELETE', token: t.tokens.admin })).status).toBe(200)
  })
})

describe('an image on a live page changes only through a reviewer', () => {
  it("refuses an editor's new alt text or file for it (403, with the way out), and lets a reviewer change it", async () => {
    const t = await teamOnce()
    const doc = await editorDraft(ctx.payload, t)
    await reviewAndPublish(t, doc.id)
    const mediaId = typeof doc.heroImage === 'object' ? doc.heroImage!.id : doc.heroImage!
    const before = await ctx.payload.findByID({ collection: 'media', id: mediaId, depth: 0 })

    const alt = await api(`/api/media/${mediaId}`, {
      method: 'PATCH',
      token: t.tokens.editor,
      body: JSON.stringify({ alt: 'Something else entirely' }),
    })
    expect(alt.status).toBe(403)
    expect(JSON.stringify(await alt.json())).toMatch(/live page.*Upload a new image/)

    const form = new FormData()
    const png = await (await import('sharp')).default({ create: { width: 40, height: 40, channels: 3, background: '#000' } }).png().toBuffer()
    form.append('file', new Blob([new Uint8Array(png)], { type: 'image/png' }), 'swap.png')
    form.append('_payload', JSON.stringify({ alt: 'swapped' }))
    const file = await api(`/api/media/${mediaId}`, { method: 'PATCH', token: t.tokens.editor, body: form })
    expect(file.status).toBe(403)

    const after = await ctx.payload.findByID({ collection: 'media', id: mediaId, depth: 0 })
    expect([after.alt, after.filename, after.filesize]).toEqual([before.alt, before.filename, before.filesize])

    const reviewed = await api(`/api/media/${mediaId}`, {
      method: 'PATCH',
      token: t.tokens.reviewer,
      body: JSON.stringify({ alt: 'A corrected description' }),
    })
    expect(reviewed.status).toBe(200)
  })

  it("lets an editor change an image that only drafts use", async () => {
    const t = await teamOnce()
    const doc = await editorDraft(ctx.payload, t)
    const mediaId = typeof doc.heroImage === 'object' ? doc.heroImage!.id : doc.heroImage!
    const response = await api(`/api/media/${mediaId}`, {
      method: 'PATCH',
      token: t.tokens.editor,
      body: JSON.stringify({ alt: 'A better description' }),
    })
    expect(response.status).toBe(200)
  })
})

describe('workflow transitions are serialised per document', () => {
  it('lets one of two concurrent publishes through: one 200, one 409, one event, one set of mails', async () => {
    const t = await teamOnce()
    // The mails one publish sends, measured on a second article.
    const single = await editorDraft(ctx.payload, t)
    await workflow(t, 'editor', single.id, 'submit')
    await workflow(t, 'reviewer', single.id, 'approve')
    const mailsBeforeSingle = readMails().length
    await workflow(t, 'reviewer', single.id, 'publish')
    const mailsPerPublish = readMails().length - mailsBeforeSingle

    const doc = await editorDraft(ctx.payload, t)
    await workflow(t, 'editor', doc.id, 'submit')
    await workflow(t, 'reviewer', doc.id, 'approve')
    const mailsBefore = readMails().length
    const publish = (who: 'reviewer' | 'admin') =>
      api(`/api/articles/${doc.id}/workflow`, {
        method: 'POST',
        token: t.tokens[who],
        body: JSON.stringify({ action: 'publish' }),
      })
    const statuses = (await Promise.all([publish('reviewer'), publish('admin')])).map((r) => r.status).sort()
    expect(statuses).toEqual([200, 409])
    const publishes = (await liveEvents(doc.id)).filter((event) => event.action === 'publish')
    expect(publishes).toHaveLength(1)
    expect(readMails().length - mailsBefore).toBe(mailsPerPublish)
  })
})
