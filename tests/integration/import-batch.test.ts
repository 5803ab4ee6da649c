import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Where } from 'payload'
import { afterAll, describe, expect, it } from 'vitest'

import { slugify } from '../../src/import/parse'
import { importFiles } from '../../src/import/run'
import { unique, usePayload } from '../helpers/payload'

/*
 * A folder's files are written in batches, one transaction per batch, with an FAQ or tip that
 * several files share written once (src/import/persist.ts, importParsedTogether).
 */

const ctx = usePayload()
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'gw-import-batch-'))
const made = { articles: [] as string[], faqs: [] as string[], topics: [] as string[] }

afterAll(async () => {
  fs.rmSync(scratch, { recursive: true, force: true })
  if (!ctx.payload) return
  const p = ctx.payload
  await p.delete({ collection: 'articles', where: { 'importSource.fileName': { in: made.articles } }, overrideAccess: true })
  await p.delete({ collection: 'faqs', where: { slug: { in: made.faqs } }, overrideAccess: true })
  await p.delete({ collection: 'topics', where: { slug: { in: made.topics } }, overrideAccess: true })
})

const tag = unique('batch')
const shared = `Does batch writing sting ${tag}?`
const own = (n: number) => `Is file ${n} special ${tag}?`
made.faqs.push(slugify(shared), ...[1, 2, 3].map((n) => slugify(own(n))))

/** A Markdown article with an FAQ every file shares (answered differently by each) and one of its own. */
const article = (n: number, intro = `Opening words of article ${n} about double cleansing and calm skin.`, frontMatter = '') =>
  `${frontMatter}# Batch article ${n} ${tag}

${intro}

## Why the routine matters

A routine that starts with a gentle cleanser keeps the barrier calm through the week.

## Frequently asked questions

### ${shared}

Answer number ${n}: only a little, and only for a moment.

### ${own(n)}

Only in this test, file ${n}.
`

function folder(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(scratch, 'f-'))
  for (const [name, text] of Object.entries(files)) {
    fs.writeFileSync(path.join(dir, name), text)
    made.articles.push(name)
  }
  return dir
}

const articleOf = async (fileName: string) =>
  (await ctx.payload.find({ collection: 'articles', where: { 'importSource.fileName': { equals: fileName } }, draft: true, depth: 0 })).docs[0]

const faqOf = async (question: string) =>
  (await ctx.payload.find({ collection: 'faqs', where: { slug: { equals: slugify(question) } }, draft: true, depth: 0 })).docs[0]

const versionsOf = async (id: number) => (await ctx.payload.countVersions({ collection: 'faqs', where: { parent: { equals: id } } })).totalDocs

const answerText = (faq: { answer?: unknown }) => JSON.stringify(faq.answer)

/** The audit rows the import wrote for these files, in the order they were stored. */
const importEvents = async (fileNames: string[]) =>
  (
    await ctx.payload.find({
      collection: 'workflow-events',
      where: { note: { in: fileNames.map((n) => `imported from ${n}`) } },
      depth: 0,
      pagination: false,
      sort: 'id',
    })
  ).docs

describe('importing a folder in batches', () => {
  const names = [1, 2, 3].map((n) => `${tag}-${n}.md`)

  it('writes an FAQ the files share once, with the last file’s answer, and links it from every article', async () => {
    const dir = folder(Object.fromEntries(names.map((name, i) => [name, article(i + 1)])))
    const { files } = await importFiles(ctx.payload, [dir], {})
    expect(files.map((f) => f.status)).toEqual(['created', 'created', 'created'])

    const faq = await faqOf(shared)
    expect(answerText(faq)).toContain('Answer number 3')
    // Created by the first file, then updated once for the batch (not once per file).
    expect(await versionsOf(faq.id)).toBe(2)
    for (const name of names) expect((await articleOf(name)).faqs).toContain(faq.id)
  })

  it('records one audit row per article of the batch, in file order, naming the version it saved', async () => {
    const articles = await Promise.all(names.map(articleOf))
    const events = await importEvents(names)
    expect(events.map((e) => [e.docId, e.action, e.from, e.to, e.docTitle, e.version, e.actorName])).toEqual(
      articles.map((a) => [a.id, 'import', 'draft', 'in-review', a.title, a.contentVersion, 'system import']),
    )
  })

  it('is a no-op the second time, and leaves an FAQ whose content did not change without a new version', async () => {
    const again = folder(Object.fromEntries(names.map((name, i) => [name, article(i + 1)])))
    const sharedFaq = await faqOf(shared)
    const ownFaq = await faqOf(own(1))
    const before = [await versionsOf(sharedFaq.id), await versionsOf(ownFaq.id)]

    const unchanged = await importFiles(ctx.payload, [again], {})
    expect(unchanged.files.map((f) => f.status)).toEqual(['unchanged', 'unchanged', 'unchanged'])
    expect([await versionsOf(sharedFaq.id), await versionsOf(ownFaq.id)]).toEqual(before)

    // Only the first file's opening changed: its article is updated, its own FAQ (same answer) is not rewritten.
    fs.writeFileSync(path.join(again, names[0]), article(1, 'A rewritten opening about oil cleansers and a low-pH foam.'))
    const updated = await importFiles(ctx.payload, [again], {})
    expect(updated.files.map((f) => f.status)).toEqual(['updated', 'unchanged', 'unchanged'])
    expect(JSON.stringify((await articleOf(names[0])).body)).toContain('rewritten opening')
    expect(await versionsOf(ownFaq.id)).toBe(before[1])
  })

  it('publishes a batch with --publish, the FAQ the files share included', async () => {
    const n = [7, 8].map((i) => `${tag}-${i}.md`)
    const dir = folder({ [n[0]]: article(7), [n[1]]: article(8) })
    made.faqs.push(...[7, 8].map((i) => slugify(own(i))))
    const { files } = await importFiles(ctx.payload, [dir], { publish: true })
    expect(files.map((f) => f.status)).toEqual(['created', 'created'])
    // As a visitor sees them: published only.
    const live = async (collection: 'articles' | 'faqs', where: Where) =>
      (await ctx.payload.find({ collection, where, overrideAccess: false, depth: 0 })).docs
    expect(await live('articles', { slug: { in: files.map((f) => f.slug!) } })).toHaveLength(2)
    const [faq] = (await live('faqs', { slug: { equals: slugify(shared) } })) as { answer?: unknown }[]
    expect(answerText(faq)).toContain('Answer number 8')
  })

  it('keeps the other files of a batch when one fails midway, and names the failing file', async () => {
    const n = [4, 5, 6].map((i) => `${tag}-${i}.md`)
    // A topic already holds the name the second file's tag would create under its own slug: the create fails on the unique name.
    const clash = `Batch Clash ${tag}`
    const otherSlug = `${slugify(clash)}-taken`
    made.topics.push(otherSlug, slugify(clash))
    await ctx.payload.create({ collection: 'topics', data: { name: clash, slug: otherSlug } })
    const faqsBefore = (await ctx.payload.count({ collection: 'faqs' })).totalDocs
    const dir = folder({
      [n[0]]: article(4),
      [n[1]]: article(5, undefined, `---\ntags: [${clash}]\n---\n`),
      [n[2]]: article(6),
    })
    made.faqs.push(...[4, 5, 6].map((i) => slugify(own(i))))

    const { files } = await importFiles(ctx.payload, [dir], {})
    expect(files.map((f) => f.status)).toEqual(['created', 'failed', 'created'])
    expect(files[1].error).toContain(path.join(dir, n[1]))
    expect(files[1].error).toMatch(/name/i)

    // Nothing of the failed file is left; everything of the others is.
    expect(await articleOf(n[1])).toBeUndefined()
    expect(await faqOf(own(5))).toBeUndefined()
    expect((await ctx.payload.count({ collection: 'topics', where: { slug: { equals: slugify(clash) } } })).totalDocs).toBe(0)
    for (const [i, name] of [[4, n[0]], [6, n[2]]] as const) {
      const doc = await articleOf(name)
      const ownFaq = await faqOf(own(i))
      expect(doc.faqs).toContain(ownFaq.id)
    }
    expect((await ctx.payload.count({ collection: 'faqs' })).totalDocs).toBe(faqsBefore + 2)
    expect(answerText(await faqOf(shared))).toContain('Answer number 6')
    // The rolled-back attempt's audit rows went with it: one row for each article that landed, none for the failed file.
    expect((await importEvents(n)).map((e) => e.note)).toEqual([`imported from ${n[0]}`, `imported from ${n[2]}`])
  })
})
