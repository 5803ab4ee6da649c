import { beforeAll, describe, expect, it } from 'vitest'

import { richText } from '../helpers/content'
import { api } from '../helpers/http'
import { unique, usePayload } from '../helpers/payload'
import { getPage } from '../helpers/site-pages'
import { createTeam, editorDraft, reviewAndPublish, workflow, type Team } from '../helpers/team'

const ctx = usePayload()
let team: Team

beforeAll(async () => {
  team = await createTeam(ctx.payload)
})

/** Ask twice: the second answer comes from the cache the first one filled. */
async function cached(path: string) {
  await getPage(path)
  return getPage(path)
}

describe('publish → page updated', () => {
  it('the first request after a workflow publish gets the new text on the page, the lists, the sitemap and the feed', async () => {
    const article = await editorDraft(ctx.payload, team, { body: richText('The first version.') })
    await reviewAndPublish(team, article.id)
    const path = `/blog/${article.slug}`
    expect((await cached(path)).html).toContain('The first version.')
    expect((await cached('/blog')).html).toContain(article.title)

    await workflow(team, 'editor', article.id, 'reopen')
    const newTitle = `Updated ${unique('title')}`
    const edit = await api(`/api/articles/${article.id}?draft=true`, {
      method: 'PATCH',
      token: team.tokens.editor,
      body: JSON.stringify({ title: newTitle, body: richText('The second version.') }),
    })
    expect(edit.status).toBe(200)
    await workflow(team, 'editor', article.id, 'submit')
    await workflow(team, 'reviewer', article.id, 'approve')
    // Until the publish, visitors keep the cached first version.
    expect((await getPage(path)).html).toContain('The first version.')

    await workflow(team, 'reviewer', article.id, 'publish')
    const page = await getPage(path)
    expect(page.html).toContain('The second version.')
    expect(page.html).not.toContain('The first version.')
    expect((await getPage('/blog')).html).toContain(newTitle)
    expect((await getPage('/feed.xml')).html).toContain(newTitle)
  })

  it('an unpublish takes the page, its list entry and its sitemap URL down at once', async () => {
    const article = await editorDraft(ctx.payload, team)
    await reviewAndPublish(team, article.id)
    const path = `/blog/${article.slug}`
    expect((await cached(path)).status).toBe(200)
    expect((await cached('/sitemap.xml')).html).toContain(path)

    await workflow(team, 'reviewer', article.id, 'unpublish')
    expect((await getPage(path)).status).toBe(404)
    expect((await getPage('/sitemap.xml')).html).not.toContain(path)
    expect((await getPage('/blog')).html).not.toContain(article.title)
  })
})
