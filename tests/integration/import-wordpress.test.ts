import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'

import { importFiles } from '../../src/import/run'
import { autoParagraphs, wordpressKey } from '../../src/import/wordpress/migrate'
import { usePayload } from '../helpers/payload'

const ctx = usePayload()
const FIXTURE = path.resolve(__dirname, '../fixtures/import/wordpress')
const EXPORT = path.join(FIXTURE, 'export.xml')
const UPLOADS = path.join(FIXTURE, 'uploads')
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'gw-wxr-'))
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }))

const post = async (id: number) =>
  (
    await ctx.payload.find({
      collection: 'articles',
      where: { 'importSource.fileName': { equals: wordpressKey(id) } },
      draft: true,
      depth: 1,
    })
  ).docs[0]

const counts = async () =>
  Promise.all(
    (['articles', 'authors', 'topics', 'redirects', 'media'] as const).map(async (c) => (await ctx.payload.count({ collection: c })).totalDocs),
  )

describe('a WordPress migration', () => {
  it('turns every post into an article, with authors, topics, dates, featured image and drafts kept drafts', async () => {
    const { files } = await importFiles(ctx.payload, [EXPORT], { mediaDir: UPLOADS })
    expect(files.map((f) => [f.status, f.title])).toEqual([
      ['created', 'Snail Mucin: Worth the Hype?'],
      ['created', 'Microneedling at Home or in Clinic?'],
      ['created', 'Winter Lip Care (draft)'],
    ])

    const gutenberg = await post(101)
    expect(gutenberg._status).toBe('published')
    expect(gutenberg.publishedAt).toBe('2024-04-03T09:30:00.000Z')
    expect(gutenberg.authors?.map((a) => (typeof a === 'object' ? a.name : a))).toEqual(['Mina Seo'])
    expect(gutenberg.topics?.map((t) => (typeof t === 'object' ? t.name : t)).sort()).toEqual(['Ingredients', 'Serums'])
    expect(typeof gutenberg.heroImage === 'object' && gutenberg.heroImage?.filename).toMatch(/^snail-glow/)
    const gutenbergBody = JSON.stringify(gutenberg.body)
    expect(gutenbergBody).toContain('What the Research Says')
    expect(gutenbergBody).not.toMatch(/wp:paragraph|<p>/)

    const classic = await post(102)
    expect(classic._status).toBe('published')
    expect(classic.authors?.map((a) => (typeof a === 'object' ? a.name : a))).toEqual(['Joon Han'])
    expect(classic.faqs).toHaveLength(2)
    expect(JSON.stringify(classic.body)).toContain('The Difference in Depth')

    const draft = await post(103)
    expect(draft._status).toBe('draft')
    expect(draft.workflowState).toBe('draft')
  })

  it('redirects the old permalinks (301) to the new pages', async () => {
    const { docs } = await ctx.payload.find({ collection: 'redirects', where: { from: { like: '/20' } }, depth: 1, limit: 10 })
    const byFrom = new Map(docs.map((r) => [r.from, r]))
    const snail = byFrom.get('/2024/04/snail-mucin-worth-the-hype')
    expect(snail?.type).toBe('301')
    const target = snail?.to?.reference?.value
    expect(typeof target === 'object' && target?.slug).toBe('snail-mucin-worth-the-hype')
    expect(byFrom.has('/2023/11/microneedling-home-or-clinic')).toBe(true)
  })

  it('is idempotent by WordPress post id: a second run adds nothing', async () => {
    const before = await counts()
    const { files } = await importFiles(ctx.payload, [EXPORT], { mediaDir: UPLOADS })
    expect(files.map((f) => f.status)).toEqual(['unchanged', 'unchanged', 'unchanged'])
    expect(await counts()).toEqual(before)
  })

  it('updates the same article when a post changed in a newer export', async () => {
    const changed = fs.readFileSync(EXPORT, 'utf8').replace('Snail Mucin: Worth the Hype?', 'Snail Mucin, Reconsidered')
    const file = path.join(scratch, 'newer-export.xml')
    fs.writeFileSync(file, changed)
    const before = await counts()
    const { files } = await importFiles(ctx.payload, [file], { mediaDir: UPLOADS })
    expect(files[0]).toMatchObject({ status: 'updated', title: 'Snail Mucin, Reconsidered' })
    const updated = await post(101)
    expect(updated.title).toBe('Snail Mucin, Reconsidered')
    const [articles, authors, topics, redirects, media] = await counts()
    expect([articles, authors, topics, media]).toEqual([before[0], before[1], before[2], before[4]])
    // The published slug changed, so the site adds its own redirect from the previous /blog/ URL.
    expect(redirects).toBe(before[3] + 1)
    const old = await ctx.payload.find({ collection: 'redirects', where: { from: { equals: '/2024/04/snail-mucin-worth-the-hype' } }, depth: 0 })
    expect(old.docs[0]?.to?.reference?.value).toBe(updated.id)
  })

  it('names the line of a malformed export and imports nothing', async () => {
    const file = path.join(scratch, 'broken-export.xml')
    fs.writeFileSync(file, fs.readFileSync(EXPORT, 'utf8').replace('</wp:post_id>\n\t\t<wp:post_date_gmt><![CDATA[2023', '</wp:post_idx>\n\t\t<wp:post_date_gmt><![CDATA[2023'))
    const before = await counts()
    const { files } = await importFiles(ctx.payload, [file], {})
    expect(files).toHaveLength(1)
    expect(files[0].error).toMatch(new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:\\d+: the WordPress export is not well-formed XML`))
    expect(await counts()).toEqual(before)
  })
})

describe('classic-editor content', () => {
  it('gets paragraphs where WordPress would add them, and block content is left as it is', () => {
    expect(autoParagraphs('One line\nwrapped.\n\n<h2>Head</h2>\n\nTwo.')).toBe('<p>One line<br>\nwrapped.</p>\n<h2>Head</h2>\n<p>Two.</p>')
    const blocks = '<!-- wp:paragraph -->\n<p>x</p>\n<!-- /wp:paragraph -->'
    expect(autoParagraphs(blocks)).toBe(blocks)
  })
})
