import { beforeAll, describe, expect, it } from 'vitest'

import { richText } from '../helpers/content'
import { api } from '../helpers/http'
import { unique, usePayload } from '../helpers/payload'
import { getPage } from '../helpers/site-pages'
import { createTeam, editorDraft, reviewAndPublish, workflow, type Team } from '../helpers/team'
import { FAQS_PER_PAGE } from '../../src/site/data/faqs'

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

  it('an FAQ’s publish shows it on the FAQ list page it sorts onto and on its own page; its unpublish takes both down', async () => {
    const topic = await ctx.payload.create({ collection: 'topics', data: { name: unique('FAQ topic'), slug: unique('faq-topic') } })
    const question = `Does freshness ${unique('q')} hold?`
    const created = await api('/api/faqs?draft=true', {
      method: 'POST',
      token: team.tokens.editor,
      body: JSON.stringify({ question, answer: richText('Yes, at once.'), topics: [topic.id] }),
    })
    expect(created.status).toBe(201)
    const faq = ((await created.json()) as { doc: { id: number; slug: string } }).doc
    const own = `/faqs/${faq.slug}`
    /** The list page the FAQ sorts onto, by the list's own order. */
    const listPage = async () => {
      const all = await ctx.payload.find({ collection: 'faqs', overrideAccess: false, sort: ['order', 'question', 'id'], depth: 0, pagination: false, select: { slug: true } })
      const index = all.docs.findIndex((d) => d.slug === faq.slug)
      expect(index).toBeGreaterThanOrEqual(0)
      const page = Math.floor(index / FAQS_PER_PAGE) + 1
      return page === 1 ? '/faqs' : `/faqs/page/${page}`
    }
    try {
      // Cached before the publish: the list without it, its own URL a 404.
      expect((await cached('/faqs')).html).not.toContain(own)
      expect((await cached(own)).status).toBe(404)

      for (const [who, action] of [['editor', 'submit'], ['reviewer', 'approve'], ['reviewer', 'publish']] as const) {
        await workflow(team, who, faq.id, action, 'faqs')
      }
      const list = await listPage()
      expect((await getPage(list)).html).toContain(own)
      const page = await getPage(own)
      expect(page.status).toBe(200)
      expect(page.doc.querySelector('h1')?.textContent).toBe(question)
      expect((await getPage('/sitemap.xml')).html).toContain(own)
      expect((await cached(list)).html).toContain(own)

      await workflow(team, 'reviewer', faq.id, 'unpublish', 'faqs')
      expect((await getPage(own)).status).toBe(404)
      expect((await getPage(list)).html).not.toContain(own)
      expect((await getPage('/sitemap.xml')).html).not.toContain(own)
    } finally {
      await ctx.payload.delete({ collection: 'faqs', id: faq.id })
    }
  })
})
