import pg from 'pg'
import { describe, expect, inject, it } from 'vitest'

import { richText } from '../helpers/content'
import { api } from '../helpers/http'
import { unique, usePayload } from '../helpers/payload'
import { createTeam, editorDraft, reviewAndPublish, workflow } from '../helpers/team'

const ctx = usePayload()

/** A made-up word no other test content contains, so hits are ours alone. */
const rareWord = () =>
  `zq${unique('w')
    .replace(/[^a-z0-9]/gi, '')
    .toLowerCase()}`

async function searchPage(q: string) {
  const response = await api(`/search?q=${encodeURIComponent(q)}`)
  return { status: response.status, html: await response.text() }
}

describe('site search', () => {
  it('finds published content by a word in its body, ranked, with the match highlighted', async () => {
    const word = rareWord()
    const article = await ctx.payload.create({
      collection: 'articles',
      data: {
        title: `Barrier repair ${word}`,
        body: richText(`Ceramides rebuild the barrier; ${word} is the word to find.`),
        _status: 'published',
        workflowState: 'published',
      } as never,
    })
    const faq = await ctx.payload.create({
      collection: 'faqs',
      data: {
        question: `Is ${word} safe for sensitive skin?`,
        answer: richText('Patch test first.'),
        _status: 'published',
        workflowState: 'published',
      } as never,
    })
    const { status, html } = await searchPage(word)
    expect(status).toBe(200)
    expect(html).toContain(`href="/blog/${article.slug}"`)
    expect(html).toContain(`<mark>${word}</mark>`)
    expect(html).toContain(faq.question)
  })

  it('lists equally ranked hits newest first, whatever their titles', async () => {
    const word = rareWord()
    const publish = (title: string, publishedAt: string) =>
      ctx.payload.create({
        collection: 'articles',
        data: { title, body: richText(`Same sentence with ${word} in it.`), _status: 'published', workflowState: 'published', publishedAt } as never,
      })
    const older = await publish(`Aardvark notes ${word.slice(-6)}`, '2024-01-01T00:00:00.000Z')
    const newer = await publish(`Zebra notes ${word.slice(-6)}`, '2025-01-01T00:00:00.000Z')
    const { html } = await searchPage(word)
    const at = (slug: string) => html.indexOf(`href="/blog/${slug}"`)
    expect(at(newer.slug)).toBeGreaterThan(-1)
    expect(at(older.slug)).toBeGreaterThan(at(newer.slug))
  })

  it('never matches unpublished content, nor a draft revision of published content', async () => {
    const word = rareWord()
    await ctx.payload.create({
      collection: 'articles',
      data: { title: `Draft only ${word}`, body: richText(`${word} appears in a draft.`) } as never,
      draft: true,
    })
    const published = await ctx.payload.create({
      collection: 'treatments',
      data: {
        name: 'Gentle peel for search',
        body: richText('A mild acid peel.'),
        _status: 'published',
        workflowState: 'published',
      } as never,
    })
    await ctx.payload.update({
      collection: 'treatments',
      id: published.id,
      data: { body: richText(`Revised with ${word}.`) } as never,
      draft: true,
    })
    const { html } = await searchPage(word)
    expect(html).toContain('Nothing matches')
    expect(html).not.toContain('Draft only')
  })

  it('drops an unpublished article at once, even for a query answered from its cache', async () => {
    const team = await createTeam(ctx.payload)
    const word = rareWord()
    const article = await editorDraft(ctx.payload, team, { title: `Withdrawn ${word}`, body: richText(`A claim about ${word}.`) })
    await reviewAndPublish(team, article.id)
    // Asked three times: the later answers come from the search cache.
    for (let i = 0; i < 3; i++) expect((await searchPage(word)).html).toContain(`Withdrawn ${word}`)
    expect((await searchPage(word.toUpperCase())).html).toContain(`Withdrawn ${word}`)

    await workflow(team, 'reviewer', article.id, 'unpublish')
    for (const q of [word, word.toUpperCase()]) {
      const { html } = await searchPage(q)
      expect(html).toContain('Nothing matches')
      expect(html).not.toContain(`Withdrawn ${word}`)
    }
  })

  it('shows a newly published article at once, even for a query whose empty answer was cached', async () => {
    const team = await createTeam(ctx.payload)
    const word = rareWord()
    // Asked three times before anything matches: the later answers come from the search cache.
    for (let i = 0; i < 3; i++) expect((await searchPage(word)).html).toContain('Nothing matches')
    const article = await editorDraft(ctx.payload, team, { title: `Fresh ${word}`, body: richText(`News about ${word}.`) })
    expect((await searchPage(word)).html).toContain('Nothing matches')

    await reviewAndPublish(team, article.id)
    const { html } = await searchPage(word)
    expect(html).toContain(`Fresh ${word}`)
    // The snippet comes from the stored plain text of the body, with the match marked.
    expect(html).toContain(`News about <mark>${word}</mark>`)
  })

  it('highlights a match deep in a long body, in a snippet around it', async () => {
    const word = rareWord()
    const filler = 'Double cleansing starts with an oil that lifts sunscreen. '.repeat(120)
    await ctx.payload.create({
      collection: 'articles',
      data: {
        title: `Long read ${word}`,
        body: richText(`${filler}Then ${word} calms what the cleanse left red.`),
        _status: 'published',
        workflowState: 'published',
      } as never,
    })
    const { html } = await searchPage(word)
    expect(html).toContain(`Then <mark>${word}</mark> calms`)
    // The snippet is a window of the text, not the body from its start.
    const snippet = /<p class="search-hit__snippet">([\s\S]*?)<\/p>/.exec(html)?.[1] ?? ''
    expect(snippet.length).toBeLessThan(600)
  })

  it('keeps search vectors in the row and snippet text stored beside them', async () => {
    const client = new pg.Client({ connectionString: inject('databaseUrl') })
    await client.connect()
    try {
      const { rows } = await client.query<{ table: string; storage: string; text_column: boolean }>(
        `SELECT c.relname AS table, a.attstorage AS storage,
                EXISTS (SELECT 1 FROM pg_attribute t WHERE t.attrelid = c.oid AND t.attname = 'search_text' AND t.attgenerated = 's') AS text_column
           FROM pg_class c JOIN pg_attribute a ON a.attrelid = c.oid AND a.attname = 'search'
          WHERE c.relname IN ('articles', 'treatments', 'faqs', 'beauty_tips') ORDER BY 1`,
      )
      expect(rows).toEqual(
        ['articles', 'beauty_tips', 'faqs', 'treatments'].map((table) => ({ table, storage: 'm', text_column: true })),
      )
    } finally {
      await client.end()
    }
  })

  it('escapes what it shows: markup in content comes back as text', async () => {
    const word = rareWord()
    await ctx.payload.create({
      collection: 'beauty-tips',
      data: {
        title: `Tip ${word}`,
        body: richText(`<script>alert(1)</script> ${word} <img src=x onerror=alert(2)>`),
        _status: 'published',
        workflowState: 'published',
      } as never,
    })
    const { html } = await searchPage(word)
    expect(html).not.toContain('<script>alert(1)</script>')
    expect(html).not.toContain('<img src=x')
    expect(html).toMatch(/&lt;(script|img)/)
  })

  it('shows the empty state, the no-result state and refuses an over-long query', async () => {
    expect((await searchPage('')).html).toContain('Type a word or two')
    expect((await searchPage('qqqqqqqqqqqqnothing')).html).toContain('Nothing matches')
    const long = await searchPage('a'.repeat(201))
    expect(long.status).toBe(200)
    expect(long.html).toContain('too long')
  })

  it('is the site’s page without client code: layout, stylesheet, noindex, the query kept in the form', async () => {
    const word = rareWord()
    const { status, html } = await searchPage(`${word} "quoted"`)
    expect(status).toBe(200)
    expect(html).toMatch(/^<!DOCTYPE html><html lang="en">/)
    expect(html).toContain('<title>Search · Glassworks</title>')
    expect(html).toMatch(/<meta name="robots" content="noindex, follow"\/>/)
    expect(html).toMatch(/<link rel="canonical" href="[^"]+\/search"\/>/)
    expect(html).toMatch(/<link rel="stylesheet" href="\/_next\/static\/[^"]+\.css"/)
    expect(html).toContain('class="site-header"')
    expect(html).toContain('class="site-footer"')
    expect(html).toContain(`value="${word} &quot;quoted&quot;"`)
    // No script but JSON-LD (the breadcrumbs'); nothing to hydrate, nothing preloaded.
    const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0])
    expect(scripts.length).toBeGreaterThan(0)
    expect(scripts.every((tag) => tag.includes('application/ld+json')), scripts.join('\n')).toBe(true)
    expect(html).not.toContain('as="script"')
    expect(html).not.toMatch(/glassworks-search-(query|results)-slot/)
  })

  it('keeps the search page’s frame to this server', async () => {
    const response = await api('/next/search-shell')
    expect(response.status).toBe(404)
    expect(await response.text()).not.toMatch(/glassworks-search-(query|results)-slot/)
  })

  it('uses the GIN index', async () => {
    const client = new pg.Client({ connectionString: inject('databaseUrl') })
    await client.connect()
    try {
      await client.query('SET enable_seqscan = off')
      const plan = await client.query(
        `EXPLAIN SELECT id FROM articles WHERE search @@ websearch_to_tsquery('english', 'hydrafacial')`,
      )
      expect(plan.rows.map((r) => r['QUERY PLAN']).join('\n')).toContain('articles_search_idx')
    } finally {
      await client.end()
    }
  })
})
