import { beforeAll, describe, expect, it } from 'vitest'

import { richText } from '../helpers/content'
import { api } from '../helpers/http'
import { unique, usePayload } from '../helpers/payload'
import { getPage, revalidateSite } from '../helpers/site-pages'
import { createTeam, editorDraft, reviewAndPublish, workflow, type Team } from '../helpers/team'
import { expectServerErrors } from '../helpers/serverLog'

// Refusals this file provokes on purpose (Payload logs them at error level).
expectServerErrors(/The following field is invalid/)

const ctx = usePayload()
let team: Team

beforeAll(async () => {
  team = await createTeam(ctx.payload)
})

const head = (path: string) => api(path, { redirect: 'manual' })

/** The app learns of writes made by this process's Local API through the revalidation route. */
const tellApp = () => revalidateSite({ collection: 'redirects', doc: {} })

const redirectsFrom = async (from: string) =>
  (await ctx.payload.find({ collection: 'redirects', where: { from: { equals: from } }, depth: 0 })).docs

describe('a changed slug sends the old URL on, permanently', () => {
  it('after the rename is published through the workflow, the old URL redirects (308, permanent) to the new one', async () => {
    const article = await editorDraft(ctx.payload, team)
    await reviewAndPublish(team, article.id)
    const oldPath = `/blog/${article.slug}`
    expect((await getPage(oldPath)).status).toBe(200)

    await workflow(team, 'editor', article.id, 'reopen')
    const newSlug = `${article.slug}-renamed`
    const rename = await api(`/api/articles/${article.id}?draft=true`, {
      method: 'PATCH',
      token: team.tokens.editor,
      body: JSON.stringify({ slug: newSlug }),
    })
    expect(rename.status).toBe(200)
    // A renamed draft changes no public URL yet.
    expect((await head(oldPath)).status).toBe(200)
    expect(await redirectsFrom(oldPath)).toHaveLength(0)

    await reviewAndPublish(team, article.id)
    // From a page Next sends 308, the method-keeping twin of 301 (see src/site/moved.ts).
    const moved = await head(oldPath)
    expect(moved.status).toBe(308)
    expect(moved.headers.get('location')).toMatch(new RegExp(`/blog/${newSlug}$`))
    expect((await getPage(`/blog/${newSlug}`)).status).toBe(200)

    // Renamed back: the old URL is live again (no loop), and the second name now redirects.
    await workflow(team, 'editor', article.id, 'reopen')
    await api(`/api/articles/${article.id}?draft=true`, {
      method: 'PATCH',
      token: team.tokens.editor,
      body: JSON.stringify({ slug: article.slug }),
    })
    await reviewAndPublish(team, article.id)
    expect((await getPage(oldPath)).status).toBe(200)
    expect(await redirectsFrom(oldPath)).toHaveLength(0)
    const back = await head(`/blog/${newSlug}`)
    expect(back.status).toBe(308)
    expect(back.headers.get('location')).toMatch(new RegExp(`${oldPath}$`))
  })

  it('renaming a topic redirects its old page; a redirect to an unpublished page is never followed', async () => {
    const slug = unique('topic-moving')
    const topic = await ctx.payload.create({ collection: 'topics', data: { name: `Topic ${slug}`, slug } })
    await ctx.payload.update({ collection: 'topics', id: topic.id, data: { slug: `${slug}-new` } })
    await tellApp()
    const moved = await head(`/topics/${slug}`)
    expect(moved.status).toBe(308)
    expect(moved.headers.get('location')).toMatch(new RegExp(`/topics/${slug}-new$`))

    const hidden = await ctx.payload.create({
      collection: 'articles',
      draft: true,
      data: { title: 'Hidden', slug: unique('hidden'), body: richText('Hidden text.') } as never,
    })
    const from = `/old/${unique('to-draft')}`
    const created = await api('/api/redirects', {
      method: 'POST',
      token: team.tokens.reviewer,
      body: JSON.stringify({ from, to: { type: 'reference', reference: { relationTo: 'articles', value: hidden.id } } }),
    })
    expect(created.status).toBe(201)
    const response = await head(from)
    expect(response.status).toBe(404)
    expect(await response.text()).not.toContain(hidden.slug)
  })
})

describe('redirects kept by hand', () => {
  it('an old URL outside the site’s routes answers a literal 301, query kept', async () => {
    const from = `/2019/05/${unique('old-permalink')}`
    const created = await api('/api/redirects', {
      method: 'POST',
      token: team.tokens.reviewer,
      body: JSON.stringify({ from, to: { type: 'custom', url: '/tips' } }),
    })
    expect(created.status).toBe(201)
    const moved = await head(`${from}?utm_source=print`)
    expect(moved.status).toBe(301)
    expect(moved.headers.get('location')).toMatch(/\/tips\?utm_source=print$/)
  })

  it('reviewers add one for an outside link; it takes effect at once, with 301 or 302 as chosen', async () => {
    const from = `/wp/${unique('old-post')}/`
    const response = await api('/api/redirects', {
      method: 'POST',
      token: team.tokens.reviewer,
      body: JSON.stringify({ from, to: { type: 'custom', url: '/treatments' }, type: '302' }),
    })
    expect(response.status).toBe(201)
    // Stored in one form: leading slash, no trailing slash.
    expect(((await response.json()) as { doc: { from: string } }).doc.from).toBe(from.replace(/\/$/, ''))
    // (With the trailing slash, Next first sends 308 to the slash-less URL.)
    const moved = await head(from.replace(/\/$/, ''))
    expect(moved.status).toBe(302)
    expect(moved.headers.get('location')).toMatch(/\/treatments$/)
  })

  it('refuses editors and visitors (403) and paths the site does not own (400, with the reason)', async () => {
    const body = JSON.stringify({ from: `/x/${unique('r')}`, to: { type: 'custom', url: '/' } })
    expect((await api('/api/redirects', { method: 'POST', token: team.tokens.editor, body })).status).toBe(403)
    expect((await api('/api/redirects', { method: 'POST', body })).status).toBe(403)
    for (const from of ['/admin/users', '/api/articles', '']) {
      const response = await api('/api/redirects', {
        method: 'POST',
        token: team.tokens.reviewer,
        body: JSON.stringify({ from, to: { type: 'custom', url: '/' } }),
      })
      expect(response.status, from).toBe(400)
      expect(JSON.stringify(await response.json()), from).toMatch(/path on this site|required/i)
    }
  })
})
