import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { startApp, type RunningApp } from '../helpers/app'
import { richText } from '../helpers/content'
import { api } from '../helpers/http'
import { unique, usePayload } from '../helpers/payload'
import { createTeam, editorDraft, reviewAndPublish, workflow, type Team } from '../helpers/team'
import { startWireTap, type WireTap } from '../scale/wireTap'

/*
 * The REST API's shared cache of anonymous reads (src/server/api/publicCache.ts) against the
 * running production server: what it may serve, to whom, and when it must forget.
 */

const ctx = usePayload()
let team: Team

beforeAll(async () => {
  team = await createTeam(ctx.payload)
})

const CACHE = 'x-glassworks-cache'

async function anonymous(path: string, headers: Record<string, string> = {}) {
  const response = await api(path, { headers })
  return { status: response.status, cache: response.headers.get(CACHE), headers: response.headers, text: await response.text() }
}

async function published(overrides: Record<string, unknown> = {}) {
  const article = await editorDraft(ctx.payload, team, overrides)
  await reviewAndPublish(team, article.id)
  return article
}

describe('the REST API cache of anonymous reads', () => {
  it('serves a repeated anonymous read from the cache, with an ETag a client can revalidate', async () => {
    const article = await published()
    const path = `/api/articles?where[id][equals]=${article.id}&depth=1`
    const first = await anonymous(path)
    expect(first.status).toBe(200)
    expect(first.cache).toBe('miss')
    expect(JSON.parse(first.text).docs.map((d: { id: number }) => d.id)).toEqual([article.id])
    const second = await anonymous(path)
    expect(second.cache).toBe('hit')
    expect(second.text).toBe(first.text)
    expect(second.headers.get('cache-control')).toMatch(/public, max-age=0, s-maxage=\d+/)
    expect(second.headers.get('vary')).toMatch(/Authorization/)
    const etag = second.headers.get('etag')
    expect(etag).toBe(first.headers.get('etag'))
    const revalidated = await anonymous(path, { 'if-none-match': etag! })
    expect(revalidated.status).toBe(304)
    expect(revalidated.text).toBe('')
  })

  it('never answers a request with credentials from the cache, nor stores its answer', async () => {
    const article = await published()
    const path = `/api/articles/${article.id}?depth=0`
    await anonymous(path)
    expect((await anonymous(path)).cache).toBe('hit')
    // The editor's draft of the live article: staff see it, visitors keep the published text.
    const draftTitle = `Draft ${unique('title')}`
    await workflow(team, 'editor', article.id, 'reopen')
    const edit = await api(`/api/articles/${article.id}?draft=true`, {
      method: 'PATCH',
      token: team.tokens.editor,
      body: JSON.stringify({ title: draftTitle }),
    })
    expect(edit.status).toBe(200)
    const staff = await api(`${path}&draft=true`, { token: team.tokens.editor })
    expect(staff.headers.get(CACHE)).toBe('bypass')
    expect(staff.headers.get('cache-control')).toBe('private, no-store')
    expect(((await staff.json()) as { title: string }).title).toBe(draftTitle)
    // The same URL as the cached anonymous one, asked with a token: Payload answers, not the cache.
    const staffSameUrl = await api(path, { token: team.tokens.editor })
    expect(staffSameUrl.headers.get(CACHE)).toBe('bypass')
    // A session cookie counts as credentials too.
    const withCookie = await api(path, { headers: { cookie: `payload-token=${team.tokens.editor}` } })
    expect(withCookie.headers.get(CACHE)).toBe('bypass')
    const visitor = await anonymous(path)
    expect(visitor.text).not.toContain(draftTitle)
    expect(JSON.parse(visitor.text).title).toBe(article.title)
    // Anonymous `draft=true` goes to Payload (which shows published content only) and is never stored.
    const anonymousDraft = await anonymous(`${path}&draft=true`)
    expect(anonymousDraft.cache).toBe('bypass')
    expect(anonymousDraft.text).not.toContain(draftTitle)
  })

  it('never caches a draft: a document that is not published stays invisible to visitors', async () => {
    const article = await editorDraft(ctx.payload, team, { body: richText('Not yet public.') })
    const path = `/api/articles?where[id][equals]=${article.id}&depth=1`
    // Staff ask first, for the very URL a visitor asks next.
    const staff = await api(path, { token: team.tokens.editor })
    expect(((await staff.json()) as { docs: unknown[] }).docs).toHaveLength(1)
    for (let i = 0; i < 2; i++) {
      const visitor = await anonymous(path)
      expect(JSON.parse(visitor.text).docs).toEqual([])
      expect(visitor.text).not.toContain('Not yet public.')
    }
    expect((await anonymous(`/api/articles/${article.id}`)).status).toBe(404)
  })

  it('an unpublish is visible to the very next anonymous read, in the document and in the lists', async () => {
    const article = await published({ body: richText('Soon withdrawn.') })
    const one = `/api/articles/${article.id}?depth=1`
    const list = `/api/articles?where[slug][equals]=${article.slug}&depth=1&limit=1`
    for (const path of [one, list]) {
      await anonymous(path)
      expect((await anonymous(path)).cache).toBe('hit')
    }
    await workflow(team, 'reviewer', article.id, 'unpublish')
    expect((await anonymous(one)).status).toBe(404)
    const after = await anonymous(list)
    expect(after.cache).toBe('miss')
    expect(JSON.parse(after.text).docs).toEqual([])
  })

  it('a publish of a related document expires the answers that embed it', async () => {
    const article = await published()
    const path = `/api/articles/${article.id}?depth=1`
    await anonymous(path)
    expect((await anonymous(path)).cache).toBe('hit')
    const other = await published()
    expect((await anonymous(path)).cache).toBe('miss')
    expect(other.id).not.toBe(article.id)
  })
})

describe('the REST list at depth 1 costs a constant number of SQL statements', () => {
  let tap: WireTap
  let app: RunningApp

  beforeAll(async () => {
    // A second server of the same build whose database connection runs through a relay that
    // counts the statements: the shared server's connection cannot be observed.
    const url = new URL(inject('databaseUrl'))
    tap = await startWireTap(Number(url.port))
    url.port = String(tap.port)
    app = await startApp(url.toString())
  })

  afterAll(async () => {
    await app?.stop()
    await tap?.close()
  })

  async function statementsOf(path: string) {
    tap.clear()
    const response = await fetch(`${app.url}${path}`)
    const body = (await response.json()) as { docs: { id: number }[] }
    expect(response.status).toBe(200)
    // The job queue does not run in this server: every statement is the request's.
    return { statements: tap.statements().length, docs: body.docs.length, cache: response.headers.get(CACHE) }
  }

  it('a page of 20 with many relations costs what a page of 2 with few does, and a cached page none', async () => {
    // Articles with 0–3 FAQs, tips and topics each: the page's relations are read with one
    // query per related collection, not one per document.
    const tag = unique('count')
    for (let i = 0; i < 20; i++) {
      const faqs = []
      for (let j = 0; j < i % 4; j++) {
        const faq = await ctx.payload.create({ collection: 'faqs', data: { question: `${tag} ${i}.${j}?`, _status: 'published' } as never })
        faqs.push(faq.id)
      }
      await ctx.payload.create({
        collection: 'articles',
        // Dated long ago: twenty new articles dated now would push the articles that tests
        // running in parallel on the same server look for off the first page of /blog.
        data: { title: `${tag} ${i}`, excerpt: tag, body: richText(`Article ${i}.`), faqs, publishedAt: '2001-01-01T09:00:00.000Z', _status: 'published' } as never,
        context: { skipRevalidation: true },
      })
    }
    const where = `where[excerpt][equals]=${tag}&where[_status][equals]=published&depth=1`
    const full = await statementsOf(`/api/articles?${where}&limit=20&page=1`)
    const small = await statementsOf(`/api/articles?${where}&limit=2&page=3`)
    expect(full.docs).toBe(20)
    expect(small.docs).toBe(2)
    expect(full.cache).toBe('miss')
    expect(full.statements).toBeGreaterThan(0)
    expect(full.statements).toBeLessThanOrEqual(10)
    expect(small.statements).toBe(full.statements)
    const again = await statementsOf(`/api/articles?${where}&limit=20&page=1`)
    expect(again.cache).toBe('hit')
    expect(again.statements).toBe(0)
  })

  it('answers a first-time URL before storing it, and a repeat asked meanwhile from the store, reading Payload once', async () => {
    // A large answer (every published article at depth 2) takes a while to compress and store
    // after it has left; the repeat is sent the moment the first answer's headers arrive.
    const path = `/api/articles?where[_status][equals]=published&depth=2&limit=100&fill=${unique('fill')}`
    tap.clear()
    const first = await fetch(`${app.url}${path}`)
    const repeat = await fetch(`${app.url}${path}`)
    const [firstText, repeatText] = await Promise.all([first.text(), repeat.text()])
    expect(first.status).toBe(200)
    expect(first.headers.get(CACHE)).toBe('miss')
    expect(repeat.status).toBe(200)
    expect(repeat.headers.get(CACHE)).toBe('hit')
    expect(repeatText).toBe(firstText)
    expect(repeat.headers.get('etag')).toBe(first.headers.get('etag'))
    // One read's statements: the repeat did not go to PostgreSQL.
    const statements = tap.statements().length
    tap.clear()
    const single = await fetch(`${app.url}${path}&again=1`)
    await single.text()
    expect(single.headers.get(CACHE)).toBe('miss')
    expect(statements).toBe(tap.statements().length)
  })
})
